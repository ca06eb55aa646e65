# Generated from flexport_facade/stores/_async_postgres_dedupe.py by scripts/unasync.py: do not edit by hand.
# Change the async source and run `make generate-sync`.
"""``claim``/``complete``/``release``/``close`` of ``PostgresDeduper`` (its SQL: ``_postgres_dedupe``)."""

from __future__ import annotations

import random
from typing import TYPE_CHECKING, Any

from flexport_facade.stores._postgres import SCHEMA_LOCK, postgres_pool
from flexport_facade.stores._sync_postgres import transaction
from flexport_facade.webhooks._dedupe import Claim, Holds, new_token

if TYPE_CHECKING:
    from flexport_facade._core._concurrency import Lock

PRUNE_EVERY = 1000  # on average, one claim in this many also deletes what is past retention
CLAIM_TRIES = 5  # a row released between the claim and the look-up: ask again, a few times


class PostgresClaims:
    """The calls of ``PostgresDeduper`` that need the server; it sets the attributes listed here."""

    server: str
    retention_seconds: float
    lease_seconds: float
    _conninfo: str
    _max: int
    _timeout: float
    _sync_pool: Any
    _sync_schema_lock: Lock
    _ready: bool
    _holds: Holds
    _create: list[Any]
    _claim: Any
    _state: Any
    _complete: Any
    _release: Any
    _prune: Any

    def _sync_tx(self, doing: str, *, atomic: bool = True) -> Any:
        if self._sync_pool is None:
            self._sync_pool, _ = postgres_pool(self._conninfo, None, self._max, self._timeout)
            self._sync_pool.open(wait=False)  # an async pool opens in a running loop: here
        with self._sync_schema_lock:  # one schema check per process, not one per waiting delivery
            if not self._ready:
                with transaction(self._sync_pool, self.server, "creating the de-duplication table") as cur:
                    cur.execute(SCHEMA_LOCK)
                    for statement in self._create:
                        cur.execute(statement)
                self._ready = True
        return transaction(self._sync_pool, self.server, doing, atomic=atomic)

    def claim(self, event_id: str) -> Claim:
        token = new_token()
        with self._sync_tx(f"claiming webhook {event_id}", atomic=False) as cur:
            for _ in range(CLAIM_TRIES):
                # Insert, or take over an in-flight row whose lease ran out (or any past retention).
                cur.execute(self._claim, [event_id, token, self.lease_seconds, self.retention_seconds])
                if cur.fetchone() is not None:
                    self._holds.claimed(event_id, token)  # what lets a release undo this claim, and no other
                    if random.randrange(PRUNE_EVERY) == 0:
                        cur.execute(self._prune, [self.retention_seconds])
                    return Claim.NEW
                cur.execute(self._state, [event_id])
                row = cur.fetchone()
                if row is not None:
                    return Claim.DONE if row[0] == "done" else Claim.IN_FLIGHT
        return Claim.IN_FLIGHT  # claimed and released again and again meanwhile: busy, retry later

    def complete(self, event_id: str) -> None:
        token = self._holds.completing(event_id)
        with self._sync_tx(f"completing webhook {event_id}", atomic=False) as cur:
            cur.execute(self._complete, [event_id, token])

    def release(self, event_id: str) -> None:
        """Forget the id if its claim is still this caller's (``webhooks._dedupe``); else change nothing."""
        releasable = self._holds.releasing(event_id)
        if releasable is None:
            return
        with self._sync_tx(f"releasing webhook {event_id}", atomic=False) as cur:
            cur.execute(self._release, [event_id, releasable.token, releasable.completed])
            if cur.rowcount == 0:
                Holds.taken_over(event_id)

    def close(self) -> None:
        if self._sync_pool is not None:
            self._sync_pool.close()
