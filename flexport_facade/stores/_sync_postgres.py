# Generated from flexport_facade/stores/_async_postgres.py by scripts/unasync.py: do not edit by hand.
# Change the async source and run `make generate-sync`.
"""One PostgreSQL transaction, its connection trouble raised as StoreUnavailable (pools: ``_postgres``)."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any

from flexport_facade.stores._postgres import driver_errors, unavailable


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
    except driver_errors() as exc:
        raise unavailable(server, doing, exc) from None
