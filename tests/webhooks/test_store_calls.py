"""How the ASGI endpoint calls a SQLite store: on the loop while the file is free, on the worker
while another process holds it, with the WAL kept small and tokens unique across forks.

A real SQLite file and the real ``WebhookApp`` throughout; ``asyncio.wait_for`` bounds only a hang.
"""

from __future__ import annotations

import asyncio
import gc
import os
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest

from flexport_facade.webhooks import Claim, SQLiteDeduper
from flexport_facade.webhooks._store_calls import StoreCalls
from tests.webhooks.test_delivery_contract import GOOD, HANG, client, delivery, receiver


async def test_the_wal_stays_small_under_steady_deliveries(tmp_path: Path) -> None:
    # Batches on the loop skip SQLite's automatic checkpoint (its fsync); the worker's upkeep
    # checkpoints instead. Without that, every commit appends to the WAL and it never shrinks back.
    path = tmp_path / "seen.db"
    app = receiver(SQLiteDeduper(path)).asgi(lambda event: None)
    sem = asyncio.Semaphore(16)

    async def post(c: Any, i: int) -> int:
        async with sem:
            return (await c.post("/", content=delivery(f"evt-{i}"), headers=GOOD)).status_code

    async with client(app) as c:
        statuses = await asyncio.wait_for(asyncio.gather(*(post(c, i) for i in range(3000))), HANG * 6)
    await app.drain()
    app.close()
    assert statuses == [200] * 3000
    wal = path.with_name("seen.db-wal")
    # Measured: 0.7 MB with the upkeep, 8.9 MB (and growing with every delivery) without it.
    assert wal.stat().st_size < 3 * 2**20, f"WAL grew to {wal.stat().st_size / 2**20:.1f} MB"
    with sqlite3.connect(path) as db:
        assert db.execute("SELECT count(*), sum(done) FROM seen").fetchone() == (3000, 3000)


async def test_a_delivery_during_another_process_lock_waits_for_it_and_is_handled(tmp_path: Path) -> None:
    path = tmp_path / "seen.db"
    handled: list[str] = []
    app = receiver(SQLiteDeduper(path, busy_timeout=HANG)).asgi(
        lambda event: handled.append(event["logisticsEventId"]), store_timeout=HANG
    )
    locker = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    locker.execute("BEGIN EXCLUSIVE")  # another process writing: the loop's no-wait batch cannot begin
    async with client(app) as c:
        pending = asyncio.ensure_future(c.post("/", content=delivery("evt-locked"), headers=GOOD))
        await asyncio.sleep(0.3)
        assert not pending.done() and handled == []  # the worker is waiting for the lock
        locker.execute("ROLLBACK")
        answer = await asyncio.wait_for(pending, HANG)
        again = await c.post("/", content=delivery("evt-locked"), headers=GOOD)
    await app.drain()
    app.close()
    locker.close()
    assert (answer.status_code, answer.json()["detail"]) == (200, "ok")
    assert (again.status_code, again.json()["detail"]) == (200, "duplicate")
    assert handled == ["evt-locked"]


def test_calls_from_two_event_loops_each_settle_on_their_own_loop(tmp_path: Path) -> None:
    store = SQLiteDeduper(tmp_path / "seen.db")
    calls = StoreCalls(store, threads=1)
    results: dict[str, list[Claim]] = {}

    async def claim_many(name: str) -> None:
        futures = [calls.call(store.claim, f"{name}-{i}") for i in range(300)]
        results[name] = await asyncio.wait_for(asyncio.gather(*futures), HANG)

    threads = [threading.Thread(target=asyncio.run, args=(claim_many(n),)) for n in ("a", "b")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(HANG)
    calls.close()
    assert {name: set(claims) for name, claims in results.items()} == {"a": {Claim.NEW}, "b": {Claim.NEW}}
    assert all(len(claims) == 300 for claims in results.values())


_FORKING_WORKER = """
import os
from flexport_facade.webhooks._dedupe import new_token
new_token()  # the parent has drawn before it forks, as a server that claimed at start-up would
read, write = os.pipe()
pid = os.fork()
if pid == 0:  # the child: report its next token and leave at once
    os.write(write, new_token().encode())
    os._exit(0)
os.close(write)
child = os.read(read, 100).decode()
os.waitpid(pid, 0)
print(child, new_token())
"""


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork")
def test_a_forked_worker_draws_claim_tokens_of_its_own() -> None:
    # Servers fork their workers after import: a shared token prefix and counter would let two
    # workers write the same token for the same id, and one release the other's claim. Forked
    # from a fresh, single-threaded interpreter: forking this test process, which has threads of
    # other tests running, is the deadlock hazard Python 3.12+ warns about.
    out = subprocess.run(
        [sys.executable, "-c", _FORKING_WORKER], capture_output=True, text=True, timeout=HANG, check=True
    ).stdout
    child, mine = out.split()
    assert child[:12] != mine[:12]


def test_held_claims_add_nothing_to_a_garbage_collection(tmp_path: Path) -> None:
    # A store remembers up to DEDUPE_HELD_CAPACITY claims; were they objects with attributes,
    # every full collection under load would traverse all ten thousand of them.
    store = SQLiteDeduper(tmp_path / "seen.db")
    for i in range(1000):
        store.claim(f"evt-{i}")
    for i in range(500):
        store.complete(f"evt-{i}")
    gc.collect()
    holds = list(store._holds._held.values())
    assert len(holds) == 1000 and not any(gc.is_tracked(hold) for hold in holds)


async def test_a_long_reader_in_another_process_never_stalls_deliveries(tmp_path: Path) -> None:
    # The worker's checkpoint waits for readers to leave the WAL; with the store's 5 s busy timeout
    # it would hold the write lock that long, and every delivery meanwhile would get a 503.
    path = tmp_path / "seen.db"
    app = receiver(SQLiteDeduper(path)).asgi(lambda event: None)
    reader = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM seen").fetchone()  # a read snapshot, held open
    sem = asyncio.Semaphore(16)

    async def post(c: Any, i: int) -> int:
        async with sem:
            return (await c.post("/", content=delivery(f"evt-{i}"), headers=GOOD)).status_code

    try:
        async with client(app) as c:
            statuses = await asyncio.wait_for(asyncio.gather(*(post(c, i) for i in range(600))), HANG * 3)
    finally:
        reader.execute("ROLLBACK")
        reader.close()
    await app.drain()
    app.close()
    assert statuses == [200] * 600


def test_close_with_no_loop_running_hands_queued_calls_to_the_worker(tmp_path: Path) -> None:
    # A loop that stopped before its turn ran the flush leaves calls queued; close() is then called
    # from plain code, where a no-wait batch could not settle its futures.
    store = SQLiteDeduper(tmp_path / "seen.db")
    calls = StoreCalls(store, threads=1)
    loop = asyncio.new_event_loop()

    def queue_one() -> None:
        calls.submit(store.claim, "evt-queued")
        loop.stop()  # the loop ends with this turn, before the next one would flush

    loop.call_soon(queue_one)
    loop.run_forever()
    calls.close()
    for thread in calls._threads:
        thread.join(HANG)
    loop.close()
    assert store.claim("evt-queued") is Claim.IN_FLIGHT  # the worker made the queued claim
