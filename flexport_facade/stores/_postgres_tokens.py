"""``TokenStore`` on PostgreSQL: one row per merchant account, the record encrypted, every update of an
account serialised with ``pg_advisory_xact_lock`` inside its transaction.

Of N workers that see the same 401 exactly one marks the token inactive (its ``try_mark_inactive``
returns True); a late 401 for an older token never deactivates a newer one. The table is created on
first use (``CREATE TABLE IF NOT EXISTS``). ``AsyncPostgresTokenStore`` is the same on psycopg's
async pool, every method awaited.
"""

from __future__ import annotations

from typing import Any

from flexport_facade import Token
from flexport_facade.stores._crypto import KeyArg, TokenCipher
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
from flexport_facade.stores._shared import deactivated, readable

DEFAULT_TABLE = "flexport_tokens"


class _Statements:
    def __init__(self, table: str, key: KeyArg, plaintext: bool) -> None:
        sql = require("psycopg.sql")
        ident = table_name(table)
        self.table = table
        self.cipher = TokenCipher(key, plaintext=plaintext)
        self.create = sql.SQL(
            "CREATE TABLE IF NOT EXISTS {} (logistics_account_id text PRIMARY KEY, "
            "record bytea NOT NULL, updated_at timestamptz NOT NULL DEFAULT now())"
        ).format(ident)
        self.lock = "SELECT pg_advisory_xact_lock(hashtextextended(%s, 0))"
        self.select = sql.SQL("SELECT record FROM {} WHERE logistics_account_id = %s").format(ident)
        self.upsert = sql.SQL(
            "INSERT INTO {} (logistics_account_id, record) VALUES (%s, %s) ON CONFLICT "
            "(logistics_account_id) DO UPDATE SET record = EXCLUDED.record, updated_at = now()"
        ).format(ident)
        self.delete = sql.SQL("DELETE FROM {} WHERE logistics_account_id = %s").format(ident)
        self.all = sql.SQL("SELECT logistics_account_id, record FROM {}").format(ident)

    def lock_name(self, account: str) -> str:
        return f"{self.table}:{account}"


class PostgresTokenStore:
    """``PostgresTokenStore("postgresql://app@db/app", key=fernet_key)``, or ``pool=ConnectionPool(...)``."""

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
        self._sql = _Statements(table, key, plaintext)
        self._pool, self.server = sync_pool(conninfo, pool, max_connections, timeout)
        self._owns_pool = pool is None
        self._ready = False

    def __repr__(self) -> str:
        return f"PostgresTokenStore({self.server}, table={self._sql.table!r}, {self._sql.cipher!r})"

    def _tx(self, doing: str) -> Any:
        if not self._ready:
            with transaction(self._pool, self.server, "creating the token table") as cur:
                cur.execute(SCHEMA_LOCK)
                cur.execute(self._sql.create)
            self._ready = True
        return transaction(self._pool, self.server, doing)

    def get(self, logistics_account_id: str) -> Token | None:
        with self._tx(f"reading account {logistics_account_id}") as cur:
            row = cur.execute(self._sql.select, [logistics_account_id]).fetchone()
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
            row = cur.execute(self._sql.select, [logistics_account_id]).fetchone()
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
            rows = cur.execute(self._sql.all).fetchall()
        return readable([(str(a), bytes(r)) for a, r in rows], self._sql.cipher)

    def close(self) -> None:
        if self._owns_pool:
            self._pool.close()


class AsyncPostgresTokenStore:
    """``PostgresTokenStore`` on psycopg's ``AsyncConnectionPool``; the same table and rules."""

    def __init__(
        self,
        conninfo: str,
        *,
        key: KeyArg = None,
        plaintext: bool = False,
        table: str = DEFAULT_TABLE,
        max_connections: int = 4,
        timeout: float = POOL_TIMEOUT,
    ) -> None:
        self._sql = _Statements(table, key, plaintext)
        self._pool = async_pool(conninfo, max_connections, timeout)
        self.server = where(conninfo)
        self._ready = False

    def __repr__(self) -> str:
        return f"AsyncPostgresTokenStore({self.server}, table={self._sql.table!r}, {self._sql.cipher!r})"

    async def _tx(self, doing: str) -> Any:
        if not self._ready:
            await self._pool.open(wait=False)
            async with atransaction(self._pool, self.server, "creating the token table") as cur:
                await cur.execute(SCHEMA_LOCK)
                await cur.execute(self._sql.create)
            self._ready = True
        return atransaction(self._pool, self.server, doing)

    async def get(self, logistics_account_id: str) -> Token | None:
        async with await self._tx(f"reading account {logistics_account_id}") as cur:
            row = await (await cur.execute(self._sql.select, [logistics_account_id])).fetchone()
        return None if row is None else self._sql.cipher.open(bytes(row[0]), logistics_account_id)

    async def put(self, token: Token) -> None:
        account = token.logistics_account_id
        sealed = self._sql.cipher.seal(token)
        async with await self._tx(f"writing account {account}") as cur:
            await cur.execute(self._sql.lock, [self._sql.lock_name(account)])
            await cur.execute(self._sql.upsert, [account, sealed])

    async def mark_inactive(
        self, logistics_account_id: str, reason: str, *, access_token: str | None = None
    ) -> None:
        await self.try_mark_inactive(logistics_account_id, reason, access_token=access_token)

    async def try_mark_inactive(
        self, logistics_account_id: str, reason: str, *, access_token: str | None = None
    ) -> bool:
        async with await self._tx(f"deactivating account {logistics_account_id}") as cur:
            await cur.execute(self._sql.lock, [self._sql.lock_name(logistics_account_id)])
            row = await (await cur.execute(self._sql.select, [logistics_account_id])).fetchone()
            current = None if row is None else self._sql.cipher.open(bytes(row[0]), logistics_account_id)
            new = deactivated(current, reason, access_token)
            if new is not None:
                await cur.execute(self._sql.upsert, [logistics_account_id, self._sql.cipher.seal(new)])
        return new is not None

    async def delete(self, logistics_account_id: str) -> None:
        async with await self._tx(f"deleting account {logistics_account_id}") as cur:
            await cur.execute(self._sql.lock, [self._sql.lock_name(logistics_account_id)])
            await cur.execute(self._sql.delete, [logistics_account_id])

    async def list(self) -> list[Token]:
        async with await self._tx("listing tokens") as cur:
            rows = await (await cur.execute(self._sql.all)).fetchall()
        return readable([(str(a), bytes(r)) for a, r in rows], self._sql.cipher)

    async def aclose(self) -> None:
        await self._pool.close()
