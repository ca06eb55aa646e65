"""``aclaim``/``acomplete``/``arelease``/``aclose`` of ``RedisDeduper``; why a script: ``_redis_dedupe``."""

from __future__ import annotations

import secrets
from typing import Any

from flexport_facade.stores._redis import async_redis_client, unavailable_as_store_error
from flexport_facade.webhooks._dedupe import Claim

# KEYS: the id's key. ARGV: claim token, lease in milliseconds. Replies with a ``Claim`` value.
# An expired lease needs no branch: PX dropped the key, so the id reads as absent. A value that is
# neither ours nor "inflight:..." is "done", or a claim of the claim/release era (handled: done).
CLAIM = """
local held = redis.call('GET', KEYS[1])
local mine = 'inflight:' .. ARGV[1]
if not held then
  redis.call('SET', KEYS[1], mine, 'PX', tonumber(ARGV[2]))
  return 'new'
end
if held == mine then return 'new' end
if string.sub(held, 1, 9) == 'inflight:' then return 'in_flight' end
return 'done'
"""


def _as_claim(reply: bytes | str) -> Claim:
    return Claim(reply.decode() if isinstance(reply, bytes) else reply)


class AsyncRedisClaims:
    """The calls of ``RedisDeduper`` that need the server; it sets the attributes listed here."""

    _url: str | None
    _async_client: Any
    _async_script: Any
    ttl_seconds: int
    lease_ms: int
    prefix: str

    def _async_redis(self) -> Any:
        if self._async_client is None:
            self._async_client = async_redis_client(self._url, None)
        return self._async_client

    def _key(self, event_id: str) -> str:
        return self.prefix + event_id

    async def aclaim(self, event_id: str) -> Claim:
        redis = self._async_redis()
        if self._async_script is None:
            self._async_script = redis.register_script(CLAIM)
        with unavailable_as_store_error(redis, f"claiming webhook {event_id}"):
            # A fresh token per call: a claim redis-py re-sends after a lost reply finds its own token.
            args = [secrets.token_hex(8), self.lease_ms]
            return _as_claim(await self._async_script(keys=[self._key(event_id)], args=args))

    async def acomplete(self, event_id: str) -> None:
        redis = self._async_redis()
        with unavailable_as_store_error(redis, f"completing webhook {event_id}"):
            await redis.set(self._key(event_id), "done", ex=self.ttl_seconds)

    async def arelease(self, event_id: str) -> None:
        redis = self._async_redis()
        with unavailable_as_store_error(redis, f"releasing webhook {event_id}"):
            await redis.delete(self._key(event_id))

    async def aclose(self) -> None:
        if self._async_client is not None and self._url is not None:  # a client given is the caller's
            await self._async_client.aclose()
