"""Webhook de-duplication on Redis: ``SET <prefix><id> <claim> NX EX <ttl>`` claims an event id.

The value is a fresh claim id, compared in the same script: if redis-py re-sends a claim whose reply
was lost (its retry on a dropped connection), the second try sees its own claim and still wins,
instead of calling the delivery a duplicate of itself and dropping it.

Same contract as ``webhooks.MemoryDeduper``/``SQLiteDeduper`` (``claim`` True the first time,
``release`` forgets), shared by every receiver on every host that uses the same Redis and prefix.
``aclaim``/``arelease`` are the async-native twins, for code on an event loop. The calls are written
once, async, in ``_async_redis_dedupe.py``; ``_sync_redis_dedupe.py`` is generated from it. A server
that cannot be reached raises ``StoreUnavailable``; the webhook endpoint answers 503 and the sender
retries.
"""

from __future__ import annotations

from typing import Any

from flexport_facade.stores._async_redis_dedupe import AsyncRedisClaims
from flexport_facade.stores._redis import DEFAULT_PREFIX, where
from flexport_facade.stores._sync_redis_dedupe import RedisClaims

# Flexport redelivers for days at most; two weeks matches SQLiteDeduper's default retention.
DEFAULT_TTL_SECONDS = 14 * 24 * 3600


class RedisDeduper(RedisClaims, AsyncRedisClaims):
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
        self._sync_client = client
        self._async_client = async_client
        self.ttl_seconds = int(ttl_seconds)
        self.prefix = prefix
        self._sync_script: Any = None
        self._async_script: Any = None

    def __repr__(self) -> str:
        shown = self._sync_client or self._async_client
        server = where(shown) if shown else "not connected"
        return f"RedisDeduper({server}, prefix={self.prefix!r}, ttl={self.ttl_seconds})"
