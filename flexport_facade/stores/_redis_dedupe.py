"""Webhook de-duplication on Redis: ``SET <prefix><id> <claim> NX EX <ttl>`` claims an event id.

The value is a fresh claim id, compared in the same script: if redis-py re-sends a claim whose reply
was lost (its retry on a dropped connection), the second try sees its own claim and still wins,
instead of calling the delivery a duplicate of itself and dropping it.

Same contract as ``webhooks.MemoryDeduper``/``SQLiteDeduper`` (``claim`` True the first time,
``release`` forgets), shared by every receiver on every host that uses the same Redis and prefix.
``aclaim``/``arelease`` are the async-native twins the webhook ASGI endpoint awaits. A server that
cannot be reached raises ``StoreUnavailable``; the endpoint answers 503 and the sender retries.
"""

from __future__ import annotations

import secrets
from typing import Any

from flexport_facade.stores._redis import (
    DEFAULT_PREFIX,
    async_client,
    sync_client,
    unavailable_as_store_error,
    where,
)

# KEYS: the id's key. ARGV: claim id, ttl seconds. 1 when this claim holds the id.
_CLAIM = """
local held = redis.call('GET', KEYS[1])
if not held then
  redis.call('SET', KEYS[1], ARGV[1], 'EX', tonumber(ARGV[2]))
  return 1
end
if held == ARGV[1] then return 1 end
return 0
"""
# Flexport redelivers for days at most; two weeks matches SQLiteDeduper's default retention.
DEFAULT_TTL_SECONDS = 14 * 24 * 3600


class RedisDeduper:
    """``RedisDeduper("redis://host:6379/0")``; or ``client=``/``async_client=`` your own redis-py clients."""

    def __init__(
        self,
        url: str | None = None,
        *,
        client: Any = None,
        async_client: Any = None,
        ttl_seconds: int = DEFAULT_TTL_SECONDS,
        prefix: str = DEFAULT_PREFIX + "webhook-seen:",
    ) -> None:
        if url is None and client is None and async_client is None:
            raise ValueError("pass a Redis URL (redis://host:6379/0), or client= / async_client=")
        if int(ttl_seconds) < 1:
            raise ValueError(f"ttl_seconds must be at least 1, not {ttl_seconds!r}")
        self._url = url
        self._client = client
        self._async_client = async_client
        self.ttl_seconds = int(ttl_seconds)
        self.prefix = prefix
        self._script: Any = None
        self._ascript: Any = None

    def __repr__(self) -> str:
        shown = self._client or self._async_client
        server = where(shown) if shown else "not connected"
        return f"RedisDeduper({server}, prefix={self.prefix!r}, ttl={self.ttl_seconds})"

    def _sync(self) -> Any:
        if self._client is None:
            self._client = sync_client(self._url, None)
        return self._client

    def _async(self) -> Any:
        if self._async_client is None:
            self._async_client = async_client(self._url, None)
        return self._async_client

    def claim(self, event_id: str) -> bool:
        redis = self._sync()
        if self._script is None:
            self._script = redis.register_script(_CLAIM)
        with unavailable_as_store_error(redis, f"claiming webhook {event_id}"):
            args = [secrets.token_hex(8), self.ttl_seconds]
            return bool(self._script(keys=[self.prefix + event_id], args=args))

    def release(self, event_id: str) -> None:
        redis = self._sync()
        with unavailable_as_store_error(redis, f"releasing webhook {event_id}"):
            redis.delete(self.prefix + event_id)

    async def aclaim(self, event_id: str) -> bool:
        redis = self._async()
        if self._ascript is None:
            self._ascript = redis.register_script(_CLAIM)
        with unavailable_as_store_error(redis, f"claiming webhook {event_id}"):
            args = [secrets.token_hex(8), self.ttl_seconds]
            return bool(await self._ascript(keys=[self.prefix + event_id], args=args))

    async def arelease(self, event_id: str) -> None:
        redis = self._async()
        with unavailable_as_store_error(redis, f"releasing webhook {event_id}"):
            await redis.delete(self.prefix + event_id)

    def close(self) -> None:
        if self._client is not None and self._url is not None:
            self._client.close()

    async def aclose(self) -> None:
        if self._async_client is not None and self._url is not None:
            await self._async_client.aclose()
