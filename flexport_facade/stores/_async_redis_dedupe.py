"""``aclaim``/``arelease``/``aclose`` of ``RedisDeduper``; why the claim is a script: ``_redis_dedupe``."""

from __future__ import annotations

import secrets
from typing import Any

from flexport_facade.stores._redis import async_redis_client, unavailable_as_store_error

# KEYS: the id's key. ARGV: claim id, ttl seconds. 1 when this claim holds the id.
CLAIM = """
local held = redis.call('GET', KEYS[1])
if not held then
  redis.call('SET', KEYS[1], ARGV[1], 'EX', tonumber(ARGV[2]))
  return 1
end
if held == ARGV[1] then return 1 end
return 0
"""


class AsyncRedisClaims:
    """The calls of ``RedisDeduper`` that need the server; it sets the attributes listed here."""

    _url: str | None
    _async_client: Any
    _async_script: Any
    ttl_seconds: int
    prefix: str

    def _async_redis(self) -> Any:
        if self._async_client is None:
            self._async_client = async_redis_client(self._url, None)
        return self._async_client

    async def aclaim(self, event_id: str) -> bool:
        redis = self._async_redis()
        if self._async_script is None:
            self._async_script = redis.register_script(CLAIM)
        with unavailable_as_store_error(redis, f"claiming webhook {event_id}"):
            args = [secrets.token_hex(8), self.ttl_seconds]
            return bool(await self._async_script(keys=[self.prefix + event_id], args=args))

    async def arelease(self, event_id: str) -> None:
        redis = self._async_redis()
        with unavailable_as_store_error(redis, f"releasing webhook {event_id}"):
            await redis.delete(self.prefix + event_id)

    async def aclose(self) -> None:
        if self._async_client is not None and self._url is not None:  # a client given is the caller's
            await self._async_client.aclose()
