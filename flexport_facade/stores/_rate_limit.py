"""A rate budget shared by every worker of one merchant, on Redis: a sliding-window log.

Each permit is a member of a sorted set scored by its time; a Lua script drops members older than
the window, and grants a permit only while fewer than ``limit`` remain, so *any* window-long
interval holds at most ``limit`` requests across all processes and hosts. A 429 sets a shared
"blocked until" mark (from ``Retry-After``) that every sharer honours. Time is the Redis server's
(``TIME``), one clock for all hosts; ``clock=`` replaces it (tests drive simulated time with it).

    limiter = RedisRateLimiter("redis://cache:6379/0", key=logistics_account_id, limit=60, window=60)
    fx = Flexport(version="2026-02", auth=..., rate_limiter=limiter)

The limiter is written once, async, in ``_async_rate_limit.py`` (``AsyncRedisRateLimiter``);
``_sync_rate_limit.py`` (``RedisRateLimiter``) is generated from it. Both use the same keys, so sync
and async workers share one budget.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from typing import Any

from flexport_facade.errors import FlexportError
from flexport_facade.stores._redis import where

# KEYS: the permit log, the blocked-until mark. ARGV: limit, window, now ('' = server time), member.
# Returns {granted (1/0), seconds to wait as a string} (Lua numbers would be truncated to integers).
_ACQUIRE = """
local now = tonumber(ARGV[3])
if not now then local t = redis.call('TIME'); now = tonumber(t[1]) + tonumber(t[2]) / 1000000 end
local limit, window = tonumber(ARGV[1]), tonumber(ARGV[2])
local blocked = tonumber(redis.call('GET', KEYS[2]) or '0')
if blocked > now then return {0, tostring(blocked - now)} end
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
if redis.call('ZCARD', KEYS[1]) < limit then
  redis.call('ZADD', KEYS[1], now, ARGV[4])
  redis.call('PEXPIRE', KEYS[1], math.ceil(window * 1000) + 1000)
  return {1, '0'}
end
local oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
return {0, tostring(tonumber(oldest[2]) + window - now)}
"""
# KEYS: the blocked-until mark. ARGV: seconds, now ('' = server time). Only ever extends the mark.
_PENALIZE = """
local now = tonumber(ARGV[2])
if not now then local t = redis.call('TIME'); now = tonumber(t[1]) + tonumber(t[2]) / 1000000 end
local until_ = now + tonumber(ARGV[1])
if until_ > tonumber(redis.call('GET', KEYS[1]) or '0') then
  redis.call('SET', KEYS[1], tostring(until_), 'PX', math.ceil(tonumber(ARGV[1]) * 1000) + 1000)
end
return 1
"""
# A Retry-After beyond this is taken as this: one bad header must not stall every worker for hours.
MAX_PENALTY_SECONDS = 300.0


class RateBudgetExceeded(FlexportError):
    """No room in the shared budget within ``max_wait``."""


class Budget:
    """The non-I/O half of both limiters: arguments, keys, script arguments, messages."""

    def __init__(
        self,
        redis: Any,
        *,
        key: str,
        limit: int,
        window: float,
        prefix: str,
        clock: Callable[[], float] | None,
        default_retry_after: float,
        max_wait: float | None,
    ) -> None:
        if not key:
            raise ValueError(
                "key= names the budget (e.g. the logistics account id); every sharer passes the same"
            )
        if int(limit) < 1 or window <= 0:
            raise ValueError(
                f"limit must be >= 1 and window > 0 seconds, not limit={limit!r}, window={window!r}"
            )
        self._redis = redis
        self.key = key
        self.limit = int(limit)
        self.window = float(window)
        self.clock = clock
        self.default_retry_after = default_retry_after
        self.max_wait = max_wait
        self._keys = [f"{prefix}budget:{key}:log", f"{prefix}budget:{key}:blocked"]
        self._acquire_script = redis.register_script(_ACQUIRE)
        self._penalize_script = redis.register_script(_PENALIZE)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({where(self._redis)}, key={self.key!r}, {self.limit}/{self.window:g}s)"

    def _now(self) -> str:
        return "" if self.clock is None else repr(float(self.clock()))

    def _acquire_args(self) -> list[Any]:
        return [self.limit, repr(self.window), self._now(), secrets.token_hex(8)]

    def _penalty(self, retry_after: float | None) -> float:
        seconds = self.default_retry_after if retry_after is None else retry_after
        return min(max(float(seconds), 0.0), MAX_PENALTY_SECONDS)

    def _exceeded(self, waited: float) -> RateBudgetExceeded:
        return RateBudgetExceeded(
            f"the shared rate budget {self.key!r} ({self.limit} per {self.window:g} s) had no room within "
            f"max_wait={self.max_wait} s (waited {waited:.1f} s); raise max_wait or the budget"
        )
