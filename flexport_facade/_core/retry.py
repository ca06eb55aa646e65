"""When to try again and how long to wait: one decision core shared by the sync and async send loops.

The loops (``flexport_facade._core.http``) sit above ``client.send``, so every attempt is a full pass
through httpx (auth flow, transport): vcrpy, which patches the transport, records and replays
one exchange per attempt.
"""

from __future__ import annotations

import random
import time
from collections.abc import Awaitable, Callable
from dataclasses import field, replace
from typing import Any

import httpx

from flexport_facade import _constants as C
from flexport_facade._core._records import record
from flexport_facade._core.error_mapping import parse_retry_after

IDEMPOTENCY_HEADER = "idempotency-key"
REPLAYED_HEADER = "idempotent-replayed"

# Methods the API accepts an idempotency-key on; without one, a repeat may create twice.
KEYED_METHODS = frozenset({"POST", "PATCH"})
RETRYABLE_STATUSES = C.RETRYABLE_STATUSES

# Failures where the request certainly never reached the server: safe to repeat even a keyless write.
_NEVER_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout, httpx.UnsupportedProtocol)


@record(frozen=True)
class RetryEvent:
    """What ``RetryPolicy.on_retry`` is told before each wait (no headers, so nothing secret)."""

    attempt: int  # the attempt that just failed, 1-based
    delay: float  # seconds until the next attempt
    method: str
    path: str
    status: int | None  # None when no response arrived
    error: str | None  # the transport error's class name, when no response arrived
    retry_after: float | None  # the server's Retry-After in seconds, when it sent one


@record(frozen=True)
class RetryPolicy:
    """How a logical call is retried. Immutable; derive variants with ``policy.replace(...)``.

    ``attempts`` counts the first try. Waits grow as ``backoff_base * 2**(n-1)`` up to
    ``backoff_cap``, scaled down by up to ``jitter`` (a fraction) so clients do not retry in step.
    A Retry-After (seconds or HTTP date) replaces the backoff, capped at ``retry_after_cap``; a 429
    without one waits at least ``rate_limit_floor``. No retry starts once ``budget`` seconds (waits
    included) would be exceeded. ``clock``/``sleep``/``async_sleep``/``rand`` are injectable for tests.
    """

    attempts: int = C.RETRY_ATTEMPTS
    backoff_base: float = C.RETRY_BACKOFF_BASE
    backoff_cap: float = C.RETRY_BACKOFF_CAP
    jitter: float = C.RETRY_JITTER
    budget: float = C.RETRY_BUDGET
    retry_after_cap: float = C.RETRY_AFTER_CAP
    rate_limit_floor: float = C.RATE_LIMIT_FLOOR
    statuses: frozenset[int] = RETRYABLE_STATUSES
    retry_connect_errors: bool = True
    retry_timeouts: bool = True
    on_retry: Callable[[RetryEvent], None] | None = None
    clock: Callable[[], float] = field(default=time.monotonic, repr=False)
    sleep: Callable[[float], None] = field(default=time.sleep, repr=False)
    async_sleep: Callable[[float], Awaitable[None]] | None = field(default=None, repr=False)
    rand: Callable[[], float] = field(default=random.random, repr=False)

    def __post_init__(self) -> None:
        if self.attempts < 1:
            raise ValueError("RetryPolicy.attempts counts the first try and must be >= 1")
        if not 0.0 <= self.jitter <= 1.0:
            raise ValueError("RetryPolicy.jitter is a fraction between 0 and 1")

    def replace(self, **changes: Any) -> RetryPolicy:
        return replace(self, **changes)

    def backoff(self, attempt: int) -> float:
        """The wait after failed attempt number ``attempt`` (1-based) when the server gave no hint."""
        raw = min(self.backoff_cap, self.backoff_base * (2.0 ** (attempt - 1)))
        return raw * (1.0 - self.jitter * self.rand())


NO_RETRY = RetryPolicy(attempts=1)


def new_idempotency_key() -> str:
    import uuid  # on the first write: uuid pulls in platform, which the import path need not pay for

    return str(uuid.uuid4())


def needs_key(method: str) -> bool:
    return method.upper() in KEYED_METHODS


def next_delay(
    policy: RetryPolicy,
    *,
    attempt: int,
    method: str,
    keyed: bool,
    elapsed: float,
    response: httpx.Response | None = None,
    error: Exception | None = None,
) -> float | None:
    """Seconds to wait before trying again, or None to stop and surface this outcome.

    ``keyed`` says the request carries an idempotency-key; a POST/PATCH without one is repeated
    only after a failure that proves it never reached the server.
    """
    if attempt >= policy.attempts:
        return None
    unsafe_write = needs_key(method) and not keyed
    delay: float
    if response is not None:
        if response.status_code not in policy.statuses or unsafe_write:
            return None
        retry_after = retry_after_of(response)
        if retry_after is not None:
            delay = min(retry_after, policy.retry_after_cap)
        else:
            delay = policy.backoff(attempt)
            if response.status_code == 429:
                delay = max(delay, policy.rate_limit_floor)
    elif error is not None:
        if isinstance(error, _NEVER_SENT):
            if not policy.retry_connect_errors:
                return None
        elif unsafe_write:
            return None
        elif isinstance(error, httpx.TimeoutException):
            if not policy.retry_timeouts:
                return None
        elif not (
            isinstance(error, httpx.NetworkError | httpx.RemoteProtocolError) and policy.retry_connect_errors
        ):
            return None
        delay = policy.backoff(attempt)
    else:
        return None
    if elapsed + delay > policy.budget:
        return None
    return delay


def retry_after_of(response: httpx.Response) -> float | None:
    return parse_retry_after(response.headers.get("retry-after"))
