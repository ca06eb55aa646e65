"""PostgreSQL plumbing shared by the PostgreSQL stores: pools, schema creation, driver errors as
StoreUnavailable. psycopg 3 with psycopg_pool; connections are checked before use, so a restarted
server costs one failed call at most, not a pool of dead connections."""

from __future__ import annotations

import contextlib
import re
from collections.abc import AsyncIterator, Iterator
from typing import Any

from flexport_facade.errors import StoreUnavailable
from flexport_facade.stores._extras import require

_IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,62}$")
POOL_TIMEOUT = 5.0  # seconds to wait for a connection before calling the server unavailable


def table_name(name: str) -> Any:
    if not isinstance(name, str) or not _IDENTIFIER.match(name):
        raise ValueError(f"table {name!r} is not a plain SQL name (letters, digits, '_', at most 63)")
    return require("psycopg.sql").Identifier(name)


def where(conninfo: str) -> str:
    """host:port of a conninfo string or URL, for messages: never the password."""
    try:
        params = require("psycopg.conninfo").conninfo_to_dict(conninfo)
    except Exception:
        return "the configured server"
    return f"{params.get('host') or 'localhost'}:{params.get('port') or 5432}"


def sync_pool(
    conninfo: str | None, pool: Any, max_size: int, timeout: float = POOL_TIMEOUT
) -> tuple[Any, str]:
    if pool is not None:
        if conninfo is not None:
            raise ValueError("pass a conninfo or pool=ConnectionPool(...), not both")
        return pool, where(pool.conninfo)
    if conninfo is None:
        raise ValueError("pass a conninfo (postgresql://user@host/db) or pool=ConnectionPool(...)")
    pool_mod = require("psycopg_pool")
    made = pool_mod.ConnectionPool(
        conninfo,
        min_size=1,
        max_size=max_size,
        open=True,
        timeout=timeout,
        check=pool_mod.ConnectionPool.check_connection,
        kwargs={"autocommit": True},
        name="flexport-facade",
    )
    return made, where(conninfo)


def async_pool(conninfo: str, max_size: int, timeout: float = POOL_TIMEOUT) -> Any:
    pool_mod = require("psycopg_pool")
    return pool_mod.AsyncConnectionPool(
        conninfo,
        min_size=1,
        max_size=max_size,
        open=False,  # opened on first use, inside the running loop
        timeout=timeout,
        check=pool_mod.AsyncConnectionPool.check_connection,
        kwargs={"autocommit": True},
        name="flexport-facade-async",
    )


def _driver_errors() -> tuple[type[BaseException], ...]:
    psycopg = require("psycopg")
    return (psycopg.OperationalError, psycopg.InterfaceError, require("psycopg_pool").PoolTimeout)


def _translated(server: str, doing: str, exc: BaseException) -> StoreUnavailable:
    return StoreUnavailable(
        f"PostgreSQL at {server} is unavailable while {doing} ({type(exc).__name__}); retry when it is back"
    )


@contextlib.contextmanager
def transaction(pool: Any, server: str, doing: str, *, atomic: bool = True) -> Iterator[Any]:
    """A cursor inside one transaction (``atomic=False``: autocommit, for a single statement);
    connection trouble becomes StoreUnavailable."""
    try:
        with (
            pool.connection() as conn,
            conn.transaction() if atomic else contextlib.nullcontext(),
            conn.cursor() as cur,
        ):
            yield cur
    except _driver_errors() as exc:
        raise _translated(server, doing, exc) from None


@contextlib.asynccontextmanager
async def atransaction(pool: Any, server: str, doing: str, *, atomic: bool = True) -> AsyncIterator[Any]:
    try:
        async with (
            pool.connection() as conn,
            conn.transaction() if atomic else contextlib.nullcontext(),
            conn.cursor() as cur,
        ):
            yield cur
    except _driver_errors() as exc:
        raise _translated(server, doing, exc) from None


# Concurrent CREATE ... IF NOT EXISTS can still collide in the catalog: one schema lock for all.
SCHEMA_LOCK = "SELECT pg_advisory_xact_lock(hashtextextended('flexport_facade.stores.schema', 0))"
