"""Webhook de-duplication on Redis: one key per event id, ``inflight:<token>`` with a lease, then ``done``.

The three-state contract of ``webhooks._dedupe`` (``Claim.NEW`` / ``IN_FLIGHT`` / ``DONE``, then
``complete`` or ``release``), shared by every receiver on every host that uses the same Redis and
prefix. ``claim`` is one script (``CLAIM`` in ``_async_redis_dedupe``): an absent key is set to
``inflight:<token>`` with ``PX <lease>`` (NEW); ``done`` is DONE; another in-flight claim is IN_FLIGHT
(answer "retry later"). The lease is the key's expiry, so a receiver that died mid-handler frees the
id when it ends. ``complete`` is ``SET <key> done:<token> EX <ttl>`` (plain ``done`` when this
instance did not claim the id). ``release`` is a second script (``RELEASE``): it deletes the key only
while it still holds the token of the claim this instance handed out (``inflight:<token>``, or
``done:<token>`` once this instance completed it, as ``Receiver.receive`` does before its caller
handles the event). A holder whose lease ran out and was taken over by another receiver finds the
other's token and deletes nothing, so the new holder keeps the event and a third delivery is told
IN_FLIGHT. The tokens handed out are remembered per instance, bounded (``webhooks._dedupe.Holds``).

The token is fresh per call and compared in the script: if redis-py re-sends a claim whose reply was
lost (its retry on a dropped connection), the second try finds its own token and still wins,
instead of calling the delivery a duplicate of itself and dropping it. A key written by the older
claim/release version (a bare token) reads as done: that version kept only handled ids. A version
that released by ``DEL`` reads this one's keys as it always did (``done:<token>`` is done to it too),
but its own releases still delete whatever they find: upgrade every receiver sharing the prefix.

``aclaim``/``acomplete``/``arelease`` are the async-native twins, for code on an event loop. The
calls are written once, async, in ``_async_redis_dedupe.py``; ``_sync_redis_dedupe.py`` is generated
from it. A server that cannot be reached raises ``StoreUnavailable``; the webhook endpoint answers
503 and the sender retries.
"""

from __future__ import annotations

from typing import Any

from flexport_facade._constants import DEDUPE_HELD_CAPACITY, DEDUPE_LEASE_SECONDS, DEDUPE_RETENTION_SECONDS
from flexport_facade.stores._async_redis_dedupe import AsyncRedisClaims
from flexport_facade.stores._redis import DEFAULT_PREFIX, where
from flexport_facade.stores._sync_redis_dedupe import RedisClaims
from flexport_facade.webhooks._dedupe import Holds

# Flexport redelivers for days at most; the same retention as SQLiteDeduper's default.
DEFAULT_TTL_SECONDS = int(DEDUPE_RETENTION_SECONDS)


class RedisDeduper(RedisClaims, AsyncRedisClaims):
    """``RedisDeduper("redis://host:6379/0")``; or ``client=``/``async_client=`` your own redis-py clients.

    ``ttl_seconds``: how long a handled id is remembered; ``lease_seconds``: how long an in-flight
    claim holds the id before another receiver may take it over (keep it above your handler's time).
    """

    def __init__(
        self,
        url: str | None = None,
        *,
        client: Any = None,
        async_client: Any = None,
        ttl_seconds: int = DEFAULT_TTL_SECONDS,
        prefix: str = DEFAULT_PREFIX + "webhook-seen:",
        lease_seconds: float = DEDUPE_LEASE_SECONDS,
    ) -> None:
        if url is None and client is None and async_client is None:
            raise ValueError("pass a Redis URL (redis://host:6379/0), or client= / async_client=")
        if int(ttl_seconds) < 1:
            raise ValueError(f"ttl_seconds must be at least 1, not {ttl_seconds!r}")
        if not lease_seconds >= 0.001:
            raise ValueError(f"lease_seconds must be at least 0.001 (one millisecond), not {lease_seconds!r}")
        self._url = url
        self._sync_client = client
        self._async_client = async_client
        self.ttl_seconds = int(ttl_seconds)
        self.lease_seconds = float(lease_seconds)
        self.lease_ms = max(1, round(lease_seconds * 1000))  # PX takes whole milliseconds
        self.prefix = prefix
        self._sync_script: Any = None
        self._async_script: Any = None
        self._sync_release_script: Any = None
        self._async_release_script: Any = None
        self._holds = Holds(DEDUPE_HELD_CAPACITY)  # the claims this instance handed out, shared by both kinds

    def __repr__(self) -> str:
        shown = self._sync_client or self._async_client
        server = where(shown) if shown else "not connected"
        settings = f"prefix={self.prefix!r}, ttl={self.ttl_seconds}, lease={self.lease_seconds:g}"
        return f"RedisDeduper({server}, {settings})"
