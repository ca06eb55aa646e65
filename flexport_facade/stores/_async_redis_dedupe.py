"""``aclaim``/``acomplete``/``arelease``/``aclose`` of ``RedisDeduper``; why a script: ``_redis_dedupe``."""

from __future__ import annotations

from typing import Any

from flexport_facade.stores._redis import async_redis_client, unavailable_as_store_error
from flexport_facade.webhooks._dedupe import Claim, Holds, new_token

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

# KEYS: the id's key. ARGV: "inflight:<token>" of the claim being released, and "done:<token>" when
# its holder completed it (else ""). Deletes the key only while it holds one of them: a claim taken
# over after its lease carries another token, and is left to its new holder. Replies 1 if deleted.
RELEASE = """
local held = redis.call('GET', KEYS[1])
if held and (held == ARGV[1] or (ARGV[2] ~= '' and held == ARGV[2])) then
  redis.call('DEL', KEYS[1])
  return 1
end
return 0
"""


def _as_claim(reply: bytes | str) -> Claim:
    return Claim(reply.decode() if isinstance(reply, bytes) else reply)


class AsyncRedisClaims:
    """The calls of ``RedisDeduper`` that need the server; it sets the attributes listed here."""

    _url: str | None
    _async_client: Any
    _async_script: Any
    _async_release_script: Any
    _holds: Holds
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
            token = new_token()
            args = [token, self.lease_ms]
            claim = _as_claim(await self._async_script(keys=[self._key(event_id)], args=args))
        if claim is Claim.NEW:
            self._holds.claimed(event_id, token)  # what lets a release undo this claim, and no other
        return claim

    async def acomplete(self, event_id: str) -> None:
        redis = self._async_redis()
        token = self._holds.completing(event_id)
        with unavailable_as_store_error(redis, f"completing webhook {event_id}"):
            done = "done" if token is None else f"done:{token}"  # with a token: its completer may release it
            await redis.set(self._key(event_id), done, ex=self.ttl_seconds)

    async def arelease(self, event_id: str) -> None:
        """Forget the id if its claim is still this caller's (``webhooks._dedupe``); else change nothing."""
        releasable = self._holds.releasing(event_id)
        if releasable is None:
            return
        redis = self._async_redis()
        if self._async_release_script is None:
            self._async_release_script = redis.register_script(RELEASE)
        done = f"done:{releasable.token}" if releasable.completed else ""
        with unavailable_as_store_error(redis, f"releasing webhook {event_id}"):
            args = [f"inflight:{releasable.token}", done]
            deleted = await self._async_release_script(keys=[self._key(event_id)], args=args)
        if not deleted:
            Holds.taken_over(event_id)

    async def aclose(self) -> None:
        if self._async_client is not None and self._url is not None:  # a client given is the caller's
            await self._async_client.aclose()
