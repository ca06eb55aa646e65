# Generated from flexport_facade/stores/_async_redis_dedupe.py by scripts/unasync.py: do not edit by hand.
# Change the async source and run `make generate-sync`.
"""``claim``/``complete``/``release``/``close`` of ``RedisDeduper``; why a script: ``_redis_dedupe``."""

from __future__ import annotations

import secrets
from typing import Any

from flexport_facade.stores._redis import redis_client, unavailable_as_store_error
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


class RedisClaims:
    """The calls of ``RedisDeduper`` that need the server; it sets the attributes listed here."""

    _url: str | None
    _sync_client: Any
    _sync_script: Any
    ttl_seconds: int
    lease_ms: int
    prefix: str

    def _sync_redis(self) -> Any:
        if self._sync_client is None:
            self._sync_client = redis_client(self._url, None)
        return self._sync_client

    def _key(self, event_id: str) -> str:
        return self.prefix + event_id

    def claim(self, event_id: str) -> Claim:
        redis = self._sync_redis()
        if self._sync_script is None:
            self._sync_script = redis.register_script(CLAIM)
        with unavailable_as_store_error(redis, f"claiming webhook {event_id}"):
            # A fresh token per call: a claim redis-py re-sends after a lost reply finds its own token.
            args = [secrets.token_hex(8), self.lease_ms]
            return _as_claim(self._sync_script(keys=[self._key(event_id)], args=args))

    def complete(self, event_id: str) -> None:
        redis = self._sync_redis()
        with unavailable_as_store_error(redis, f"completing webhook {event_id}"):
            redis.set(self._key(event_id), "done", ex=self.ttl_seconds)

    def release(self, event_id: str) -> None:
        redis = self._sync_redis()
        with unavailable_as_store_error(redis, f"releasing webhook {event_id}"):
            redis.delete(self._key(event_id))

    def close(self) -> None:
        if self._sync_client is not None and self._url is not None:  # a client given is the caller's
            self._sync_client.close()
