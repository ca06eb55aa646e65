"""The examples/ recipe: /products/inventory/all walked as RQ jobs; a worker killed mid-walk is
replaced and every record arrives exactly once."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import redis
from rq import Queue
from rq.registry import StartedJobRegistry

from flexport_facade import Flexport
from flexport_facade.testing._app import create_app
from flexport_facade.testing._server import serve_in_thread

EXAMPLES = Path(__file__).parents[2] / "examples"
sys.path.insert(0, str(EXAMPLES))
import inventory_walk_rq as recipe  # noqa: E402

PRODUCTS, PAGE_SIZE, PAGES_PER_JOB = 55, 10, 2  # 6 pages: 5 full, 1 short
HOLD_REQUEST = 6  # the 2nd page of the 3rd job: that job has one page in hand, nothing committed


class Gate:
    """Counts inventory requests at the simulator and holds one of them until told to let it go."""

    def __init__(self, app: Any) -> None:
        self.app = app
        self.requests = 0
        self.queries: list[str] = []
        self.held = threading.Event()
        self.release = threading.Event()

    async def __call__(
        self, scope: dict[str, Any], receive: Callable[..., Any], send: Callable[..., Any]
    ) -> None:
        if scope["type"] == "http" and scope["path"].endswith(recipe.WALK_PATH):
            self.requests += 1
            self.queries.append(scope["query_string"].decode())
            if self.requests == HOLD_REQUEST:
                self.held.set()
                while not self.release.is_set():
                    await asyncio.sleep(0.01)
        await self.app(scope, receive, send)


@pytest.fixture
def simulator() -> Iterator[tuple[Any, Gate, str]]:
    sim = create_app("2026-02")
    gate = Gate(sim)
    with serve_in_thread(gate) as (_, url):
        with Flexport(version="2026-02", token=sim.token, base_url=url) as fx:
            for n in range(PRODUCTS):
                fx.request("POST", "/products", json={"name": f"Product {n}", "merchantSku": f"SKU-{n:03d}"})
        yield sim, gate, url
        gate.release.set()


def rq_worker(redis_url: str, token: str, *, burst: bool) -> subprocess.Popen[bytes]:
    """The killed worker runs its jobs in its own process (``SimpleWorker``): RQ's forking worker
    detaches its work horse from the worker's process group, so killing the worker alone would leave
    the job running. The replacement is RQ's default forking worker."""
    env = {**os.environ, "FLEXPORT_TOKEN": token, "FLEXPORT_API_VERSION": "2026-02"}
    argv = [str(Path(sys.executable).parent / "rq"), "worker", "--url", redis_url, "--path", str(EXAMPLES)]
    argv += ["--burst"] if burst else ["--worker-class", "rq.worker.SimpleWorker"]
    return subprocess.Popen(
        [*argv, recipe.QUEUE],
        env=env,
        start_new_session=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


def test_a_worker_killed_mid_walk_is_replaced_and_every_record_arrives_once(
    redis_url: str, simulator: tuple[Any, Gate, str]
) -> None:
    sim, gate, url = simulator
    connection = redis.Redis.from_url(redis_url)
    walk = recipe.start_walk(connection, url, pages_per_job=PAGES_PER_JOB, page_size=PAGE_SIZE)
    keys = recipe.keys(walk)

    first = rq_worker(redis_url, sim.token, burst=False)
    try:
        assert gate.held.wait(60), "the first worker never reached the third job"
        committed_before_kill = connection.llen(keys["records"])
        os.killpg(first.pid, signal.SIGKILL)  # mid-job: one page in hand, the next one on its way
        first.wait(10)
    finally:
        if first.poll() is None:
            os.killpg(first.pid, signal.SIGKILL)
    gate.release.set()
    assert committed_before_kill == 2 * PAGES_PER_JOB * PAGE_SIZE  # two jobs committed, the third did not

    # RQ calls a job abandoned when its heartbeat lapses (a minute or more); move that clock forward
    # instead of waiting: the cleanup a replacement worker runs then finds it and retries it.
    StartedJobRegistry(recipe.QUEUE, connection=connection).cleanup(timestamp=time.time() + 3600)
    assert Queue(recipe.QUEUE, connection=connection).count == 1

    second = rq_worker(redis_url, sim.token, burst=True)
    try:
        _, err = second.communicate(timeout=120)
    finally:
        if second.poll() is None:
            os.killpg(second.pid, signal.SIGKILL)
    assert second.returncode == 0, err.decode(errors="replace")[-2000:]

    assert connection.get(keys["done"]) == b"1"
    records = [json.loads(r) for r in connection.lrange(keys["records"], 0, -1)]
    counts = Counter(r["logisticsSku"] for r in records)
    skus = {row["logisticsSku"] for row in sim.world.default_account.products.values()}
    assert set(counts) == skus and len(skus) == PRODUCTS
    assert set(counts.values()) == {1}  # every record exactly once
    # 6 pages + the empty one that ends the walk, plus the killed job's two pages asked again
    assert gate.requests == PRODUCTS // PAGE_SIZE + 2 + 2, " ".join(gate.queries)
