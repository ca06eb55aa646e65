"""Webhook de-duplication on PostgreSQL: a row per event id, with its ``state``, ``claimed_at`` and ``token``.

The three-state contract of ``webhooks._dedupe`` (``Claim.NEW`` / ``IN_FLIGHT`` / ``DONE``, then
``complete`` or ``release``), shared by every receiver that uses the same table. ``claim`` is one
``INSERT ... ON CONFLICT DO UPDATE ... WHERE ... RETURNING``: it inserts an ``inflight`` row, or takes
over one whose lease (``lease_seconds``) ran out, and returns a row only then (NEW); otherwise the
row's state says DONE or IN_FLIGHT. Each claim writes a fresh ``token`` into the row, and this
instance remembers the tokens it handed out (bounded: ``webhooks._dedupe.Holds``). ``complete``
marks the row ``done`` (keeping this instance's token); ``release`` is ``DELETE ... WHERE event_id
AND token`` (and ``state = 'inflight'``, unless this instance completed the id itself, as
``Receiver.receive`` does before its caller handles the event): a holder whose lease ran out and was
taken over finds another token and deletes nothing, so a third delivery is told IN_FLIGHT.

A row older than the retention counts as free again (the same ``WHERE``), so correctness never
waits for cleanup; ``prune()`` deletes such rows by the indexed ``claimed_at`` and runs now and then
by itself. A table of the older claim/release version (no ``state`` column) is upgraded in place
on first use: ``ADD COLUMN IF NOT EXISTS state ... DEFAULT 'done'``, as that version kept only
handled ids. A table of the release-by-id version (no ``token`` column) gets ``ADD COLUMN IF NOT
EXISTS token text``, NULL on its rows (a metadata change, no rewrite): a release never deletes a row
without this instance's token, so an older receiver's in-flight claim is left to its lease. Both need
the table's owner, as creating it does; an older receiver still sharing the table keeps releasing
by id until it is upgraded. ``aclaim``/``acomplete``/``arelease`` are the async-native twins, for
code on an event loop. The calls are written once, async, in ``_async_postgres_dedupe.py``;
``_sync_postgres_dedupe.py`` is generated from it. Connection trouble raises ``StoreUnavailable``.
"""

from __future__ import annotations

from typing import Any

from flexport_facade._constants import DEDUPE_HELD_CAPACITY, DEDUPE_LEASE_SECONDS, DEDUPE_RETENTION_SECONDS
from flexport_facade._core import _concurrency
from flexport_facade.stores._async_postgres_dedupe import AsyncPostgresClaims
from flexport_facade.stores._extras import require
from flexport_facade.stores._postgres import POOL_TIMEOUT, table_name, where
from flexport_facade.stores._sync_postgres_dedupe import PostgresClaims
from flexport_facade.webhooks._dedupe import Holds

DEFAULT_TABLE = "flexport_webhook_seen"
DEFAULT_RETENTION_SECONDS = DEDUPE_RETENTION_SECONDS


class PostgresDeduper(PostgresClaims, AsyncPostgresClaims):
    """``PostgresDeduper("postgresql://app@db/app")``; the table is created (or upgraded) on first use.

    ``lease_seconds``: how long an in-flight claim holds the id before another receiver may take it
    over (keep it above your handler's time); ``retention_seconds``: how long a row is kept.
    """

    def __init__(
        self,
        conninfo: str,
        *,
        table: str = DEFAULT_TABLE,
        retention_seconds: float = DEFAULT_RETENTION_SECONDS,
        lease_seconds: float = DEDUPE_LEASE_SECONDS,
        max_connections: int = 4,
        timeout: float = POOL_TIMEOUT,
    ) -> None:
        """``timeout``: seconds to wait for a connection before raising ``StoreUnavailable``."""
        if retention_seconds <= 0:
            raise ValueError(f"retention_seconds must be positive, not {retention_seconds!r}")
        if not lease_seconds > 0:
            raise ValueError(f"lease_seconds must be positive, not {lease_seconds!r}")
        sql = require("psycopg.sql")
        ident = table_name(table)
        index = table_name(f"{table}_claimed_at"[:63])
        self.table = table
        self.retention_seconds = float(retention_seconds)
        self.lease_seconds = float(lease_seconds)
        self.server = where(conninfo)
        self._conninfo = conninfo
        self._max = max_connections
        self._timeout = timeout
        self._sync_pool: Any = None
        self._async_pool: Any = None
        self._ready = False  # the table exists: either kind of call may have made it
        self._holds = Holds(DEDUPE_HELD_CAPACITY)  # the claims this instance handed out, shared by both kinds
        self._sync_schema_lock = _concurrency.lock()
        self._async_schema_lock = _concurrency.async_lock()
        self._create = [
            sql.SQL(
                "CREATE TABLE IF NOT EXISTS {} (event_id text PRIMARY KEY, claimed_at timestamptz NOT NULL, "
                "state text NOT NULL DEFAULT 'done', token text)"
            ).format(ident),
            # A table of the claim/release version: its rows were all handled ids, hence 'done'.
            sql.SQL("ALTER TABLE {} ADD COLUMN IF NOT EXISTS state text NOT NULL DEFAULT 'done'").format(
                ident
            ),
            # A table of the release-by-id version: its rows carry no claim's token (NULL).
            sql.SQL("ALTER TABLE {} ADD COLUMN IF NOT EXISTS token text").format(ident),
            sql.SQL("CREATE INDEX IF NOT EXISTS {} ON {} (claimed_at)").format(index, ident),
        ]
        self._claim = sql.SQL(
            "INSERT INTO {t} AS seen (event_id, claimed_at, state, token) VALUES (%s, now(), 'inflight', %s) "
            "ON CONFLICT (event_id) DO UPDATE "
            "SET claimed_at = now(), state = 'inflight', token = excluded.token "
            "WHERE (seen.state = 'inflight' AND seen.claimed_at < now() - make_interval(secs => %s)) "
            "OR seen.claimed_at < now() - make_interval(secs => %s) "
            "RETURNING 1"
        ).format(t=ident)
        self._state = sql.SQL("SELECT state FROM {} WHERE event_id = %s").format(ident)
        self._complete = sql.SQL(
            "INSERT INTO {t} AS seen (event_id, claimed_at, state, token) VALUES (%s, now(), 'done', %s) "
            "ON CONFLICT (event_id) DO UPDATE SET claimed_at = now(), state = 'done', token = excluded.token"
        ).format(t=ident)
        # Only the row of the claim being released: its token, in flight (or done, by its completer).
        self._release = sql.SQL(
            "DELETE FROM {} WHERE event_id = %s AND token = %s AND (state = 'inflight' OR %s)"
        ).format(ident)
        self._prune = sql.SQL("DELETE FROM {} WHERE claimed_at < now() - make_interval(secs => %s)").format(
            ident
        )

    def __repr__(self) -> str:
        return f"PostgresDeduper({self.server}, table={self.table!r}, lease={self.lease_seconds:g})"

    def prune(self) -> int:
        """Delete ids past retention; returns how many."""
        with self._sync_tx("pruning webhook ids") as cur:
            return int(cur.execute(self._prune, [self.retention_seconds]).rowcount)
