"""Checked by mypy (``make typecheck``), never imported: each store satisfies the protocol it is for,
so ``FlexportOAuth(store=RedisTokenStore(...))`` and friends type-check in users' code too."""

from __future__ import annotations

from flexport_facade import TokenStore
from flexport_facade._core.rate_budget import AsyncRateLimiter, RateLimiter
from flexport_facade.stores._async_rate_limit import AsyncRedisRateLimiter
from flexport_facade.stores._postgres_dedupe import PostgresDeduper
from flexport_facade.stores._redis_dedupe import RedisDeduper
from flexport_facade.stores._sync_postgres_tokens import PostgresTokenStore
from flexport_facade.stores._sync_rate_limit import RedisRateLimiter
from flexport_facade.stores._sync_redis_tokens import RedisTokenStore
from flexport_facade.webhooks import CompletingDeduper


def _token_stores(redis: RedisTokenStore, postgres: PostgresTokenStore) -> list[TokenStore]:
    return [redis, postgres]


def _dedupers(redis: RedisDeduper, postgres: PostgresDeduper) -> list[CompletingDeduper]:
    return [redis, postgres]


def _limiters(sync: RedisRateLimiter, async_: AsyncRedisRateLimiter) -> tuple[RateLimiter, AsyncRateLimiter]:
    return sync, async_
