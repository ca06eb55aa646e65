# Generated from flexport_facade/stores/_async_postgres_tokens.py by scripts/unasync.py: do not edit by hand.
# Change the async source and run `make generate-sync`.
"""``PostgresTokenStore``: tokens in one PostgreSQL table, each account's updates under its
advisory lock. The statements are in ``_postgres_tokens``; the rule for a 401 in ``_shared``.
"""

from __future__ import annotations

from typing import Any

from flexport_facade import Token
from flexport_facade.stores._crypto import KeyArg
from flexport_facade.stores._postgres import POOL_TIMEOUT, SCHEMA_LOCK, postgres_pool
from flexport_facade.stores._postgres_tokens import DEFAULT_TABLE, Statements
from flexport_facade.stores._shared import deactivated, readable
from flexport_facade.stores._sync_postgres import transaction


class PostgresTokenStore:
    """``PostgresTokenStore("postgresql://app@db/app", key=fernet_key)``, or
    ``pool=ConnectionPool(...)``; sync and async stores share the table and rules."""

    def __init__(
        self,
        conninfo: str | None = None,
        *,
        pool: Any = None,
        key: KeyArg = None,
        plaintext: bool = False,
        table: str = DEFAULT_TABLE,
        max_connections: int = 4,
        timeout: float = POOL_TIMEOUT,
    ) -> None:
        self._sql = Statements(table, key, plaintext)
        self._pool, self.server = postgres_pool(conninfo, pool, max_connections, timeout)
        self._owns_pool = pool is None
        self._ready = False

    def __repr__(self) -> str:
        return self._sql.describe(self, self.server)

    def _tx(self, doing: str) -> Any:
        if not self._ready:
            self._pool.open(wait=False)  # an async pool opens in a running loop; no-op if open
            with transaction(self._pool, self.server, "creating the token table") as cur:
                cur.execute(SCHEMA_LOCK)
                cur.execute(self._sql.create)
            self._ready = True
        return transaction(self._pool, self.server, doing)

    def get(self, logistics_account_id: str) -> Token | None:
        with self._tx(f"reading account {logistics_account_id}") as cur:
            cur.execute(self._sql.select, [logistics_account_id])
            row = cur.fetchone()
        return None if row is None else self._sql.cipher.open(bytes(row[0]), logistics_account_id)

    def put(self, token: Token) -> None:
        account = token.logistics_account_id
        sealed = self._sql.cipher.seal(token)
        with self._tx(f"writing account {account}") as cur:
            cur.execute(self._sql.lock, [self._sql.lock_name(account)])
            cur.execute(self._sql.upsert, [account, sealed])

    def mark_inactive(
        self, logistics_account_id: str, reason: str, *, access_token: str | None = None
    ) -> None:
        self.try_mark_inactive(logistics_account_id, reason, access_token=access_token)

    def try_mark_inactive(
        self, logistics_account_id: str, reason: str, *, access_token: str | None = None
    ) -> bool:
        """True when this call deactivated the token; False when it was absent, newer, or already inactive."""
        with self._tx(f"deactivating account {logistics_account_id}") as cur:
            cur.execute(self._sql.lock, [self._sql.lock_name(logistics_account_id)])
            cur.execute(self._sql.select, [logistics_account_id])
            row = cur.fetchone()
            current = None if row is None else self._sql.cipher.open(bytes(row[0]), logistics_account_id)
            new = deactivated(current, reason, access_token)
            if new is not None:
                cur.execute(self._sql.upsert, [logistics_account_id, self._sql.cipher.seal(new)])
        return new is not None

    def delete(self, logistics_account_id: str) -> None:
        with self._tx(f"deleting account {logistics_account_id}") as cur:
            cur.execute(self._sql.lock, [self._sql.lock_name(logistics_account_id)])
            cur.execute(self._sql.delete, [logistics_account_id])

    def list(self) -> list[Token]:
        with self._tx("listing tokens") as cur:
            cur.execute(self._sql.all)
            rows = cur.fetchall()
        return readable([(str(a), bytes(r)) for a, r in rows], self._sql.cipher)

    def close(self) -> None:
        if self._owns_pool:
            self._pool.close()
