# Generated from flexport_facade/stores/_async_redis_dedupe.py by scripts/unasync.py: do not edit by hand.
# Change the async source and run `make generate-sync`.
"""``claim``/``release``/``close`` of ``RedisDeduper``; why the claim is a script: ``_redis_dedupe``."""

from __future__ import annotations

import secrets
from typing import Any

from flexport_facade.stores._redis import redis_client, unavailable_as_store_error

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


class RedisClaims:
    """The calls of ``RedisDeduper`` that need the server; it sets the attributes listed here."""

    _url: str | None
    _sync_client: Any
    _sync_script: Any
    ttl_seconds: int
    prefix: str

    def _sync_redis(self) -> Any:
        if self._sync_client is None:
            self._sync_client = redis_client(self._url, None)
        return self._sync_client

    def claim(self, event_id: str) -> bool:
        redis = self._sync_redis()
        if self._sync_script is None:
            self._sync_script = redis.register_script(CLAIM)
        with unavailable_as_store_error(redis, f"claiming webhook {event_id}"):
            args = [secrets.token_hex(8), self.ttl_seconds]
            return bool(self._sync_script(keys=[self.prefix + event_id], args=args))

    def release(self, event_id: str) -> None:
        redis = self._sync_redis()
        with unavailable_as_store_error(redis, f"releasing webhook {event_id}"):
            redis.delete(self.prefix + event_id)

    def close(self) -> None:
        if self._sync_client is not None and self._url is not None:  # a client given is the caller's
            self._sync_client.close()
