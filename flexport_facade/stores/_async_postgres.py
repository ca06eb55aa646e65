"""One PostgreSQL transaction, its connection trouble raised as StoreUnavailable (pools: ``_postgres``)."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator
from typing import Any

from flexport_facade.stores._postgres import driver_errors, unavailable


@contextlib.asynccontextmanager
async def async_transaction(pool: Any, server: str, doing: str, *, atomic: bool = True) -> AsyncIterator[Any]:
    """A cursor inside one transaction (``atomic=False``: autocommit, for a single statement);
    connection trouble becomes StoreUnavailable."""
    try:
        async with (
            pool.connection() as conn,
            conn.transaction() if atomic else contextlib.nullcontext(),
            conn.cursor() as cur,
        ):
            yield cur
    except driver_errors() as exc:
        raise unavailable(server, doing, exc) from None
