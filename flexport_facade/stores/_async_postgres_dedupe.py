"""``aclaim``/``acomplete``/``arelease``/``aclose`` of ``PostgresDeduper`` (its SQL: ``_postgres_dedupe``)."""

from __future__ import annotations

import random
from typing import TYPE_CHECKING, Any

from flexport_facade.stores._async_postgres import async_transaction
from flexport_facade.stores._postgres import SCHEMA_LOCK, async_postgres_pool
from flexport_facade.webhooks._dedupe import Claim, Holds, new_token

if TYPE_CHECKING:
    from flexport_facade._core._concurrency import AsyncLock

PRUNE_EVERY = 1000  # on average, one claim in this many also deletes what is past retention
CLAIM_TRIES = 5  # a row released between the claim and the look-up: ask again, a few times


class AsyncPostgresClaims:
    """The calls of ``PostgresDeduper`` that need the server; it sets the attributes listed here."""

    server: str
    retention_seconds: float
    lease_seconds: float
    _conninfo: str
    _max: int
    _timeout: float
    _async_pool: Any
    _async_schema_lock: AsyncLock
    _ready: bool
    _holds: Holds
    _create: list[Any]
    _claim: Any
    _state: Any
    _complete: Any
    _release: Any
    _prune: Any

    async def _async_tx(self, doing: str, *, atomic: bool = True) -> Any:
        if self._async_pool is None:
            self._async_pool, _ = async_postgres_pool(self._conninfo, None, self._max, self._timeout)
            await self._async_pool.open(wait=False)  # an async pool opens in a running loop: here
        async with self._async_schema_lock:  # one schema check per process, not one per waiting delivery
            if not self._ready:
                async with async_transaction(
                    self._async_pool, self.server, "creating the de-duplication table"
                ) as cur:
                    await cur.execute(SCHEMA_LOCK)
                    for statement in self._create:
                        await cur.execute(statement)
                self._ready = True
        return async_transaction(self._async_pool, self.server, doing, atomic=atomic)

    async def aclaim(self, event_id: str) -> Claim:
        token = new_token()
        async with await self._async_tx(f"claiming webhook {event_id}", atomic=False) as cur:
            for _ in range(CLAIM_TRIES):
                # Insert, or take over an in-flight row whose lease ran out (or any past retention).
                await cur.execute(self._claim, [event_id, token, self.lease_seconds, self.retention_seconds])
                if await cur.fetchone() is not None:
                    self._holds.claimed(event_id, token)  # what lets a release undo this claim, and no other
                    if random.randrange(PRUNE_EVERY) == 0:
                        await cur.execute(self._prune, [self.retention_seconds])
                    return Claim.NEW
                await cur.execute(self._state, [event_id])
                row = await cur.fetchone()
                if row is not None:
                    return Claim.DONE if row[0] == "done" else Claim.IN_FLIGHT
        return Claim.IN_FLIGHT  # claimed and released again and again meanwhile: busy, retry later

    async def acomplete(self, event_id: str) -> None:
        token = self._holds.completing(event_id)
        async with await self._async_tx(f"completing webhook {event_id}", atomic=False) as cur:
            await cur.execute(self._complete, [event_id, token])

    async def arelease(self, event_id: str) -> None:
        """Forget the id if its claim is still this caller's (``webhooks._dedupe``); else change nothing."""
        releasable = self._holds.releasing(event_id)
        if releasable is None:
            return
        async with await self._async_tx(f"releasing webhook {event_id}", atomic=False) as cur:
            await cur.execute(self._release, [event_id, releasable.token, releasable.completed])
            if cur.rowcount == 0:
                Holds.taken_over(event_id)

    async def aclose(self) -> None:
        if self._async_pool is not None:
            await self._async_pool.close()
