"""Shared state for many workers on Redis and PostgreSQL: token stores, webhook de-duplication and a
shared rate budget.

Optional extras (``flexport-facade[redis]``, ``flexport-facade[postgres]``): every name here is
imported lazily, so the base install never needs redis-py or psycopg, and importing this package
costs nothing until a store is used.

    from flexport_facade.stores import RedisTokenStore, RedisDeduper, RedisRateLimiter
    store = RedisTokenStore("redis://cache:6379/0", key=os.environ["TOKEN_KEY"])   # Fernet key
    dedupe = PostgresDeduper("postgresql://app@db/app")

Modules: each store's I/O is written once, async (``_async_redis_tokens``, ``_async_postgres_tokens``,
``_async_rate_limit``, ``_async_redis_dedupe``, ``_async_postgres_dedupe``, ``_async_postgres``: the
transaction), and its sync twin (``_sync_*``) is generated from it by ``scripts/unasync.py``. What a
pair shares is in ``_redis_tokens``, ``_postgres_tokens`` and ``_rate_limit``; ``RedisDeduper`` and
``PostgresDeduper`` (``_redis_dedupe``, ``_postgres_dedupe``) carry both kinds of call; ``_redis`` and
``_postgres`` make clients and pools and turn driver errors into ``StoreUnavailable``; ``_crypto``
seals tokens; ``_shared`` holds the mark-inactive rule.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from flexport_facade.stores._async_postgres_tokens import AsyncPostgresTokenStore
    from flexport_facade.stores._async_rate_limit import AsyncRedisRateLimiter
    from flexport_facade.stores._async_redis_tokens import AsyncRedisTokenStore
    from flexport_facade.stores._crypto import TokenCipher
    from flexport_facade.stores._postgres_dedupe import PostgresDeduper
    from flexport_facade.stores._redis_dedupe import RedisDeduper
    from flexport_facade.stores._sync_postgres_tokens import PostgresTokenStore
    from flexport_facade.stores._sync_rate_limit import RedisRateLimiter
    from flexport_facade.stores._sync_redis_tokens import RedisTokenStore

_LAZY = {
    "TokenCipher": "flexport_facade.stores._crypto",
    "RedisTokenStore": "flexport_facade.stores._sync_redis_tokens",
    "AsyncRedisTokenStore": "flexport_facade.stores._async_redis_tokens",
    "PostgresTokenStore": "flexport_facade.stores._sync_postgres_tokens",
    "AsyncPostgresTokenStore": "flexport_facade.stores._async_postgres_tokens",
    "RedisDeduper": "flexport_facade.stores._redis_dedupe",
    "PostgresDeduper": "flexport_facade.stores._postgres_dedupe",
    "RedisRateLimiter": "flexport_facade.stores._sync_rate_limit",
    "AsyncRedisRateLimiter": "flexport_facade.stores._async_rate_limit",
}


def __getattr__(name: str) -> object:
    if name in _LAZY:
        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'flexport_facade.stores' has no attribute {name!r}")


__all__ = [
    "AsyncPostgresTokenStore",
    "AsyncRedisRateLimiter",
    "AsyncRedisTokenStore",
    "PostgresDeduper",
    "PostgresTokenStore",
    "RedisDeduper",
    "RedisRateLimiter",
    "RedisTokenStore",
    "TokenCipher",
]
