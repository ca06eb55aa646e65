"""``TokenStore`` on PostgreSQL: one row per merchant account, the record encrypted, every update of an
account serialised with ``pg_advisory_xact_lock`` inside its transaction.

Of N workers that see the same 401 exactly one marks the token inactive (its ``try_mark_inactive``
returns True); a late 401 for an older token never deactivates a newer one. The table is created on
first use (``CREATE TABLE IF NOT EXISTS``). The store is written once, async, in
``_async_postgres_tokens.py`` (``AsyncPostgresTokenStore`` on psycopg's async pool, every method
awaited); ``_sync_postgres_tokens.py`` (``PostgresTokenStore``) is generated from it. Both share the
statements here.
"""

from __future__ import annotations

from flexport_facade.stores._crypto import KeyArg, TokenCipher
from flexport_facade.stores._extras import require
from flexport_facade.stores._postgres import table_name

DEFAULT_TABLE = "flexport_tokens"


class Statements:
    """The SQL of one token table, and the cipher of its records."""

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

    def describe(self, store: object, server: str) -> str:
        """A store's repr: where, which table, whether it encrypts; never a password or a token."""
        return f"{type(store).__name__}({server}, table={self.table!r}, {self.cipher!r})"
