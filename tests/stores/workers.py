"""Code that runs in the stores tests' worker processes (one connection set per process).

Imported by the forkserver up front, so forked workers start without re-importing the world.
Every worker writes what it did to a JSON file the test then counts; nothing is timed.
"""

from __future__ import annotations

import asyncio
import importlib
import json
import os
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import redis

from flexport_facade import Flexport, RetryPolicy, Token, errors
from flexport_facade.stores import (
    PostgresDeduper,
    PostgresTokenStore,
    RedisDeduper,
    RedisRateLimiter,
    RedisTokenStore,
)
from flexport_facade.webhooks import Receiver, SQLiteDeduper, TokenHeader

# Loaded here, in the forkserver, so that no worker pays for these imports and parses itself.
for _module in (
    "flexport_logistics_v2026_02.models",
    "psycopg",
    "psycopg.sql",
    "psycopg_pool",
    "redis.asyncio",
):
    importlib.import_module(_module)
Receiver(version="2026-02", auth=TokenHeader("X", "y")).event_types  # noqa: B018 (reads operations.json)

HOOK_HEADER, HOOK_SECRET = "X-Hook-Token", "hook-secret-for-stores-tests"
REAL_DEADLINE = 60.0  # a worker that waits this long in real time has lost its test: stop, never hang
TOKEN_KEY = b"wV32IiBcxBl8gfZ65vqNWTh8RwKyU79PMZQDVl7I2aQ="  # a Fernet key made for these tests


def deduper(backend: str, url: str) -> Any:
    # A generous pool wait: 16 processes on 2 shared cores may queue a while; 503 is not what is tested here.
    if backend == "sqlite":  # url: the file's path; 16 processes of one host share it
        return SQLiteDeduper(url)
    return RedisDeduper(url) if backend == "redis" else PostgresDeduper(url, max_connections=2, timeout=30)


def token_store(backend: str, url: str) -> Any:
    if backend == "redis":
        return RedisTokenStore(url, key=TOKEN_KEY)
    return PostgresTokenStore(url, key=TOKEN_KEY, max_connections=2)


def _event_id(event: Any) -> str:
    return str(getattr(event, "logistics_event_id", None) or event.event_id)


# A sender redelivers a 503 until this much real time has passed (a loaded CI machine can keep the
# store slower than the endpoint's 2 s bound for a while); exactly-once is tested, not speed.
SENDER_PATIENCE = 45.0


def receive_deliveries(
    backend: str, url: str, rounds: list[list[bytes]], fail_dir: str | None, out: str, barrier: Any
) -> None:
    """One receiver host's worker: each round's deliveries POSTed concurrently to its own ASGI endpoint,
    every process starting a round together (a round is the sender's next (re)delivery)."""
    handled: list[str] = []
    failed: list[str] = []
    statuses: list[int] = []

    async def handler(event: Any) -> None:
        event_id = _event_id(event)
        if fail_dir is not None:
            try:  # the first handling of each id, anywhere, fails once
                os.close(os.open(Path(fail_dir) / event_id, os.O_CREAT | os.O_EXCL | os.O_WRONLY))
                failed.append(event_id)
                raise RuntimeError(f"handler fails once for {event_id}")
            except FileExistsError:
                pass
        await asyncio.sleep(0)
        handled.append(event_id)

    async def run() -> None:
        receiver = Receiver(
            version="2026-02", auth=TokenHeader(HOOK_HEADER, HOOK_SECRET), dedupe=deduper(backend, url)
        )
        app = receiver.asgi(handler)
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://receiver") as client:

            async def post(body: bytes) -> None:
                # A 503 (the store slower than the endpoint's bound, or the id in flight on another
                # host) asks the sender to deliver again; the sender does, a little later (bounded).
                give_up = time.monotonic() + SENDER_PATIENCE
                attempt = 0
                while True:
                    answer = await client.post("/hook", content=body, headers={HOOK_HEADER: HOOK_SECRET})
                    if answer.status_code != 503 or time.monotonic() > give_up:
                        break
                    attempt += 1
                    await asyncio.sleep(min(0.05 * attempt, 1.0))
                statuses.append(answer.status_code)

            for deliveries in rounds:
                barrier.wait(REAL_DEADLINE)
                await asyncio.gather(*(post(body) for body in deliveries))
                await app.drain()

    asyncio.run(run())
    Path(out).write_text(json.dumps({"handled": handled, "failed": failed, "statuses": statuses}))


def mark_inactive_racer(
    backend: str, url: str, account: str, access_token: str, out: str, barrier: Any
) -> None:
    """A worker that got a 401 for ``access_token`` and tells the shared store."""
    store = token_store(backend, url)
    barrier.wait(REAL_DEADLINE)
    marked = store.try_mark_inactive(account, f"401 seen by pid {os.getpid()}", access_token=access_token)
    Path(out).write_text(json.dumps({"marked": marked, "pid": os.getpid()}))


class Stop(Exception):
    """The driving test ended the simulated run."""


def spend_budget(redis_url: str, base_url: str, token: str, worker: int, out: str) -> None:
    """Call the simulator as fast as the shared budget allows, on the test's simulated clock.

    The clock is the Redis key ``sim:now`` that the test advances; while denied, the worker reports
    the simulated time it is waiting at (``sim:waiting:<n>``) and waits for the clock to move."""
    control = redis.Redis.from_url(redis_url)
    last = [0.0]

    def clock() -> float:
        last[0] = float(control.get("sim:now") or 0)
        return last[0]

    def sleep(_seconds: float) -> None:
        control.set(f"sim:waiting:{worker}", repr(last[0]))
        deadline = time.monotonic() + REAL_DEADLINE
        while float(control.get("sim:now") or 0) == last[0]:
            if control.exists("sim:stop"):
                raise Stop
            if time.monotonic() > deadline:
                raise RuntimeError("the test stopped driving the clock")
            time.sleep(0.001)

    limiter = RedisRateLimiter(redis_url, key="acct-budget", limit=60, window=60, clock=clock, sleep=sleep)
    # Retries wait in the limiter (it holds everyone back after a 429), not in the retry policy.
    policy = RetryPolicy(attempts=3, sleep=lambda _s: None)
    sent = throttled = 0
    with Flexport(
        version="2026-02", token=token, base_url=base_url, rate_limiter=limiter, retry=policy
    ) as fx:
        try:
            while sent < 10_000:
                try:
                    fx.request("GET", "/products", params={"limit": 1})
                except errors.RateLimited:
                    throttled += 1
                sent += 1
        except Stop:
            pass
    Path(out).write_text(json.dumps({"calls": sent, "rate_limited": throttled}))


def reauthorize(backend: str, url: str, account: str, access_token: str, barrier: Any) -> None:
    """The merchant re-authorized: a web worker stores the fresh token while job workers see 401s."""
    store = token_store(backend, url)
    barrier.wait(REAL_DEADLINE)
    store.put(
        Token(
            access_token=access_token,
            logistics_account_id=account,
            scopes=("read_logistics_orders",),
            obtained_at=datetime.now(UTC),
            kind="merchant",
        )
    )
