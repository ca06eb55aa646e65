"""Webhook de-duplication on PostgreSQL: an insert-or-nothing on the event id's primary key claims it.

A row older than the retention counts as free again (the claim's ``ON CONFLICT ... WHERE`` takes it
over), so correctness never waits for cleanup; ``prune()`` deletes such rows by the indexed
``claimed_at`` and runs now and then by itself. ``aclaim``/``arelease`` are the async-native twins
the webhook ASGI endpoint awaits. Connection trouble raises ``StoreUnavailable``.
"""

from __future__ import annotations

import asyncio
import random
import threading
from typing import Any

from flexport_facade.stores._extras import require
from flexport_facade.stores._postgres import (
    POOL_TIMEOUT,
    SCHEMA_LOCK,
    async_pool,
    atransaction,
    sync_pool,
    table_name,
    transaction,
    where,
)

DEFAULT_TABLE = "flexport_webhook_seen"
DEFAULT_RETENTION_SECONDS = 14 * 24 * 3600
PRUNE_EVERY = 1000  # on average, one claim in this many also deletes what is past retention


class PostgresDeduper:
    """``PostgresDeduper("postgresql://app@db/app")``; the table is created on first use."""

    def __init__(
        self,
        conninfo: str,
        *,
        table: str = DEFAULT_TABLE,
        retention_seconds: float = DEFAULT_RETENTION_SECONDS,
        max_connections: int = 4,
        timeout: float = POOL_TIMEOUT,
    ) -> None:
        """``timeout``: seconds to wait for a connection before raising ``StoreUnavailable``."""
        if retention_seconds <= 0:
            raise ValueError(f"retention_seconds must be positive, not {retention_seconds!r}")
        sql = require("psycopg.sql")
        ident = table_name(table)
        index = table_name(f"{table}_claimed_at"[:63])
        self.table = table
        self.retention_seconds = float(retention_seconds)
        self.server = where(conninfo)
        self._conninfo = conninfo
        self._max = max_connections
        self._timeout = timeout
        self._pool: Any = None
        self._apool: Any = None
        self._ready = False
        self._schema_lock = threading.Lock()
        self._aschema_lock: asyncio.Lock | None = None
        self._create = [
            sql.SQL(
                "CREATE TABLE IF NOT EXISTS {} (event_id text PRIMARY KEY, claimed_at timestamptz NOT NULL)"
            ).format(ident),
            sql.SQL("CREATE INDEX IF NOT EXISTS {} ON {} (claimed_at)").format(index, ident),
        ]
        self._claim = sql.SQL(
            "INSERT INTO {t} AS seen (event_id, claimed_at) VALUES (%s, now()) ON CONFLICT (event_id) "
            "DO UPDATE SET claimed_at = now() WHERE seen.claimed_at < now() - make_interval(secs => %s) "
            "RETURNING 1"
        ).format(t=ident)
        self._release = sql.SQL("DELETE FROM {} WHERE event_id = %s").format(ident)
        self._prune = sql.SQL("DELETE FROM {} WHERE claimed_at < now() - make_interval(secs => %s)").format(
            ident
        )

    def __repr__(self) -> str:
        return f"PostgresDeduper({self.server}, table={self.table!r})"

    def _tx(self, doing: str, *, atomic: bool = True) -> Any:
        if self._pool is None:
            self._pool, _ = sync_pool(self._conninfo, None, self._max, self._timeout)
        with self._schema_lock:
            if not self._ready:
                with transaction(self._pool, self.server, "creating the de-duplication table") as cur:
                    cur.execute(SCHEMA_LOCK)
                    for statement in self._create:
                        cur.execute(statement)
                self._ready = True
        return transaction(self._pool, self.server, doing, atomic=atomic)

    async def _atx(self, doing: str, *, atomic: bool = True) -> Any:
        if self._apool is None:
            self._apool = async_pool(self._conninfo, self._max, self._timeout)
            self._aschema_lock = asyncio.Lock()
            await self._apool.open(wait=False)
        assert self._aschema_lock is not None
        async with self._aschema_lock:  # one schema check per process, not one per waiting delivery
            if not self._ready:
                async with atransaction(self._apool, self.server, "creating the de-duplication table") as cur:
                    await cur.execute(SCHEMA_LOCK)
                    for statement in self._create:
                        await cur.execute(statement)
                self._ready = True
        return atransaction(self._apool, self.server, doing, atomic=atomic)

    def claim(self, event_id: str) -> bool:
        with self._tx(f"claiming webhook {event_id}", atomic=False) as cur:
            claimed = cur.execute(self._claim, [event_id, self.retention_seconds]).fetchone() is not None
            if claimed and random.randrange(PRUNE_EVERY) == 0:
                cur.execute(self._prune, [self.retention_seconds])
        return claimed

    def release(self, event_id: str) -> None:
        with self._tx(f"releasing webhook {event_id}", atomic=False) as cur:
            cur.execute(self._release, [event_id])

    def prune(self) -> int:
        """Delete ids past retention; returns how many."""
        with self._tx("pruning webhook ids") as cur:
            return int(cur.execute(self._prune, [self.retention_seconds]).rowcount)

    async def aclaim(self, event_id: str) -> bool:
        async with await self._atx(f"claiming webhook {event_id}", atomic=False) as cur:
            row = await (await cur.execute(self._claim, [event_id, self.retention_seconds])).fetchone()
            if row is not None and random.randrange(PRUNE_EVERY) == 0:
                await cur.execute(self._prune, [self.retention_seconds])
        return row is not None

    async def arelease(self, event_id: str) -> None:
        async with await self._atx(f"releasing webhook {event_id}", atomic=False) as cur:
            await cur.execute(self._release, [event_id])

    def close(self) -> None:
        if self._pool is not None:
            self._pool.close()

    async def aclose(self) -> None:
        if self._apool is not None:
            await self._apool.close()
