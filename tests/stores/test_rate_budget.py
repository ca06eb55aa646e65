"""A 60/min budget shared by 8 processes, for 90 s of simulated time, counted at the simulator.

The simulated clock is one number in Redis (``sim:now``) that this test advances a second at a
time, together with the simulator's own clock, once every worker is blocked on the budget (each
reports the time it waits at). Nothing depends on real time: the counts are the same on any machine.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import redis

from flexport_facade import Flexport, RetryPolicy
from flexport_facade.stores import AsyncRedisRateLimiter, RedisRateLimiter
from flexport_facade.stores._rate_limit import RateBudgetExceeded
from flexport_facade.testing._app import create_app
from flexport_facade.testing._clock import Clock
from flexport_facade.testing._faults import Faults
from flexport_facade.testing._server import serve_in_thread
from tests.stores import workers

WORKERS = 8
LIMIT, WINDOW = 60, 60
SECONDS = 90
T0 = 1_800_000_000.0  # a whole minute, so the simulator's minutes start with the run
THROTTLE_AT, RETRY_AFTER = 45, 20  # from t=45 s the next request gets a 429 with Retry-After: 20


class Counting:
    """The simulator's ASGI app, counting every API request it receives (429s included)."""

    def __init__(self, app: Any) -> None:
        self.app = app
        self.received = 0

    async def __call__(
        self, scope: dict[str, Any], receive: Callable[..., Any], send: Callable[..., Any]
    ) -> None:
        if scope["type"] == "http" and "/_sim/" not in scope["path"]:
            self.received += 1
        await self.app(scope, receive, send)


def _wait_until_all_blocked(control: redis.Redis, at: float) -> None:
    keys = [f"sim:waiting:{n}" for n in range(WORKERS)]
    deadline = time.monotonic() + workers.REAL_DEADLINE
    while not all(v is not None and float(v) == at for v in control.mget(keys)):
        if time.monotonic() > deadline:
            pytest.fail(f"workers never all blocked at simulated t={at - T0:.0f} s: {control.mget(keys)}")
        time.sleep(0.001)


def test_eight_processes_share_sixty_a_minute_measured_at_the_simulator(
    redis_url: str, mp: Any, tmp_path: Path
) -> None:
    clock = Clock(frozen=True, start=T0)
    sim = create_app(
        "2026-02", faults=Faults(rate_limit_per_minute=LIMIT, throttle_retry_after=RETRY_AFTER), clock=clock
    )
    counting = Counting(sim)
    control = redis.Redis.from_url(redis_url)
    control.set("sim:now", repr(T0))
    per_second: list[int] = []
    with serve_in_thread(counting) as (_, url):
        outs = [tmp_path / f"worker-{n}.json" for n in range(WORKERS)]
        procs = [
            mp.Process(target=workers.spend_budget, args=(redis_url, url, sim.token, n, str(out)))
            for n, out in enumerate(outs)
        ]
        for proc in procs:
            proc.start()
        seen = 0
        for second in range(SECONDS):
            now = T0 + second
            _wait_until_all_blocked(control, now)
            per_second.append(counting.received - seen)
            seen = counting.received
            if second == THROTTLE_AT:
                sim.faults.throttle_next = 1
            clock.advance(1)
            control.set("sim:now", repr(now + 1))
        control.set("sim:stop", 1)
        for proc in procs:
            proc.join(60)
            assert proc.exitcode == 0
    results = [json.loads(out.read_text()) for out in outs]

    windows = [sum(per_second[start : start + WINDOW]) for start in range(SECONDS - WINDOW + 1)]
    assert max(windows) <= LIMIT  # any 60 simulated seconds: at most the budget, all workers together
    assert per_second[0] == LIMIT  # the budget is really used: hungry workers take all of it at once
    assert sum(per_second) == 2 * LIMIT  # 0-59 s: 60; 60-89 s: 60 more, the 429 among them
    # Requests went out only at t=0, when the window freed the first permits (t=60: the first request
    # after t=45 got the injected 429), and when its Retry-After pause ended (t=80), never in between.
    assert {second for second, count in enumerate(per_second) if count} <= {0, 60, 60 + RETRY_AFTER}
    assert sum(r["calls"] for r in results) == 2 * LIMIT - 1  # the 429 was retried, not a call of its own


def test_a_429_from_one_worker_holds_back_another(redis_url: str) -> None:
    now = [1000.0]
    slept: list[float] = []
    one = RedisRateLimiter(redis_url, key="acct", limit=100, window=60, clock=lambda: now[0])
    other = RedisRateLimiter(
        redis_url, key="acct", limit=100, window=60, clock=lambda: now[0], sleep=slept.append
    )
    one.penalize(30)
    assert other.try_acquire() == pytest.approx(30)
    one.penalize(5)  # a shorter Retry-After never shortens the pause
    now[0] += 30
    assert other.try_acquire() == 0.0
    one.penalize(None)  # a 429 without Retry-After pauses for default_retry_after (1 s)
    assert other.try_acquire() == pytest.approx(1.0)
    assert (
        RedisRateLimiter(redis_url, key="other-account", limit=1, clock=lambda: now[0]).try_acquire() == 0.0
    )


def test_max_wait_bounds_the_wait_with_a_clear_error(redis_url: str) -> None:
    limiter = RedisRateLimiter(
        redis_url, key="acct", limit=1, window=60, clock=lambda: 50.0, sleep=lambda s: None, max_wait=10
    )
    limiter.acquire()
    with pytest.raises(RateBudgetExceeded, match=r"1 per 60 s.*max_wait=10"):
        limiter.acquire()


def test_the_pipeline_asks_the_limiter_before_every_attempt(redis_url: str) -> None:
    from flexport_facade.testing import run_simulator

    with run_simulator("2026-02", faults=Faults(throttle_next=1, throttle_retry_after=7)) as sim:
        limiter = RedisRateLimiter(
            redis_url, key="acct", limit=10, window=60, clock=lambda: 5.0, sleep=lambda s: None, max_wait=0
        )
        fx = Flexport(
            version="2026-02",
            token=sim.token,
            base_url=sim.url,
            rate_limiter=limiter,
            retry=RetryPolicy(attempts=2, sleep=lambda s: None),
        )
        # attempt 1: a permit, then 429 (Retry-After: 7) pauses the budget; attempt 2 finds it paused
        with pytest.raises(RateBudgetExceeded):
            fx.request("GET", "/products")
    with redis.Redis.from_url(redis_url) as client:
        assert client.zcard("flexport:budget:acct:log") == 1
        assert float(client.get("flexport:budget:acct:blocked")) == pytest.approx(12.0)


async def test_async_and_sync_limiters_share_one_budget(redis_url: str) -> None:
    sync = RedisRateLimiter(redis_url, key="acct", limit=2, window=60, clock=lambda: 1.0)
    async_ = AsyncRedisRateLimiter(redis_url, key="acct", limit=2, window=60, clock=lambda: 1.0)
    assert sync.try_acquire() == 0.0
    assert await async_.try_acquire() == 0.0
    assert await async_.try_acquire() == pytest.approx(60.0)
    assert sync.try_acquire() == pytest.approx(60.0)
    with pytest.raises(ValueError, match="key="):
        RedisRateLimiter(redis_url, key="", limit=1)


def test_by_default_the_budget_runs_on_the_redis_server_clock(redis_url: str) -> None:
    limiter = RedisRateLimiter(redis_url, key="acct", limit=2, window=60)
    assert limiter.try_acquire() == 0.0
    assert limiter.try_acquire() == 0.0
    assert 0 < limiter.try_acquire() <= 60  # until the oldest permit leaves the window


async def test_the_async_pipeline_asks_the_async_limiter(redis_url: str) -> None:
    from flexport_facade import AsyncFlexport
    from flexport_facade.testing import run_simulator

    limiter = AsyncRedisRateLimiter(redis_url, key="acct", limit=2, window=60, clock=lambda: 5.0, max_wait=0)
    with run_simulator("2026-02") as sim:
        async with AsyncFlexport(
            version="2026-02", token=sim.token, base_url=sim.url, rate_limiter=limiter
        ) as fx:
            await fx.request("GET", "/products")
            await fx.request("GET", "/products")
            with pytest.raises(RateBudgetExceeded):
                await fx.request("GET", "/products")  # refused before it was sent
    with redis.Redis.from_url(redis_url) as client:
        assert client.zcard("flexport:budget:acct:log") == 2  # two permits spent, the third never granted
