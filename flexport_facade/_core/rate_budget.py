"""The seam a shared rate budget plugs into: ``Flexport(rate_limiter=...)``.

A limiter is asked before every attempt (retries included) and told about every 429, with its
``Retry-After`` in seconds (None when the answer had none). ``flexport_facade.stores`` ships one on
Redis that every worker of one merchant shares; anything with these two methods works.
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable


@runtime_checkable
class RateLimiter(Protocol):
    def acquire(self) -> None:
        """Block until one more request fits the budget."""

    def penalize(self, retry_after: float | None) -> None:
        """The server answered 429: hold every sharer of the budget back for ``retry_after`` seconds."""


@runtime_checkable
class AsyncRateLimiter(Protocol):
    async def acquire(self) -> None: ...
    async def penalize(self, retry_after: float | None) -> None: ...
