"""``AsyncRedisRateLimiter``: take a permit of a budget shared on Redis, or wait for one.

The scripts, keys and checks are in ``_rate_limit``; how to wait, in ``_core._concurrency``.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from flexport_facade._core import _concurrency
from flexport_facade.stores._rate_limit import Budget
from flexport_facade.stores._redis import DEFAULT_PREFIX, async_redis_client, unavailable_as_store_error


class AsyncRedisRateLimiter(Budget):
    """A budget on Redis (sync and async limiters use the same keys: their workers share it);
    ``sleep=`` is how it waits (``time.sleep`` or ``asyncio.sleep`` unless given)."""

    def __init__(
        self,
        url: str | None = None,
        *,
        client: Any = None,
        key: str,
        limit: int,
        window: float = 60.0,
        prefix: str = DEFAULT_PREFIX,
        clock: Callable[[], float] | None = None,
        sleep: Callable[[float], Awaitable[None]] | None = None,
        default_retry_after: float = 1.0,
        max_wait: float | None = None,
    ) -> None:
        super().__init__(
            async_redis_client(url, client),
            key=key,
            limit=limit,
            window=window,
            prefix=prefix,
            clock=clock,
            default_retry_after=default_retry_after,
            max_wait=max_wait,
        )
        self.sleep = sleep or _concurrency.async_sleep

    async def try_acquire(self) -> float:
        """0.0 when a permit was taken; else the seconds until one may be free."""
        with unavailable_as_store_error(self._redis, f"taking a permit of budget {self.key}"):
            granted, wait = await self._acquire_script(keys=self._keys, args=self._acquire_args())
        return 0.0 if int(granted) else max(float(wait), 0.001)

    async def acquire(self) -> None:
        waited = 0.0
        while (wait := await self.try_acquire()) > 0:
            if self.max_wait is not None and waited + wait > self.max_wait:
                raise self._exceeded(waited)
            await self.sleep(wait)
            waited += wait

    async def penalize(self, retry_after: float | None) -> None:
        with unavailable_as_store_error(self._redis, f"pausing budget {self.key}"):
            args = [repr(self._penalty(retry_after)), self._now()]
            await self._penalize_script(keys=self._keys[1:], args=args)
