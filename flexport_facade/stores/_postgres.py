"""PostgreSQL plumbing shared by the PostgreSQL stores: pools, names, driver errors as StoreUnavailable.

psycopg 3 with psycopg_pool; connections are checked before use, so a restarted server costs one
failed call at most, not a pool of dead connections. The transaction helper is I/O, so it is written
once in ``_async_postgres.py`` (-> ``_sync_postgres.py``).
"""

from __future__ import annotations

import re
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


def _pool(
    conninfo: str | None, pool: Any, kind: str, max_size: int, timeout: float, **options: Any
) -> tuple[Any, str]:
    """The caller's ``pool``, or one of ``kind`` made on ``conninfo``; with host:port for messages."""
    if pool is not None:
        if conninfo is not None:
            raise ValueError(f"pass a conninfo or pool={kind}(...), not both")
        return pool, where(pool.conninfo)
    if conninfo is None:
        raise ValueError(f"pass a conninfo (postgresql://user@host/db) or pool={kind}(...)")
    pool_class = getattr(require("psycopg_pool"), kind)
    made = pool_class(
        conninfo,
        min_size=1,
        max_size=max_size,
        timeout=timeout,
        check=pool_class.check_connection,
        kwargs={"autocommit": True},
        **options,
    )
    return made, where(conninfo)


# The pools differ by more than a name (when they open), so both are here; the I/O code calls
# ``pool.open()`` before its first transaction, a no-op on a pool already open.
def postgres_pool(
    conninfo: str | None, pool: Any, max_size: int, timeout: float = POOL_TIMEOUT
) -> tuple[Any, str]:
    return _pool(conninfo, pool, "ConnectionPool", max_size, timeout, open=True, name="flexport-facade")


def async_postgres_pool(
    conninfo: str | None, pool: Any, max_size: int, timeout: float = POOL_TIMEOUT
) -> tuple[Any, str]:
    # Opened on first use, inside the running loop.
    options = {"open": False, "name": "flexport-facade-async"}
    return _pool(conninfo, pool, "AsyncConnectionPool", max_size, timeout, **options)


def driver_errors() -> tuple[type[BaseException], ...]:
    psycopg = require("psycopg")
    return (psycopg.OperationalError, psycopg.InterfaceError, require("psycopg_pool").PoolTimeout)


def unavailable(server: str, doing: str, exc: BaseException) -> StoreUnavailable:
    return StoreUnavailable(
        f"PostgreSQL at {server} is unavailable while {doing} ({type(exc).__name__}); retry when it is back"
    )


# Concurrent CREATE ... IF NOT EXISTS can still collide in the catalog: one schema lock for all.
SCHEMA_LOCK = "SELECT pg_advisory_xact_lock(hashtextextended('flexport_facade.stores.schema', 0))"
