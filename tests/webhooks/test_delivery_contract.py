"""Issue 16, items 1, 2, 4, 5: no event is lost, nothing blocks the loop, nothing grows without bound.

Every test talks to the real ``WebhookApp`` through httpx's ASGI transport; slow handlers are held on
events (never on sleeps), and ``asyncio.wait_for`` bounds only a hang, it asserts no speed.
"""

from __future__ import annotations

import asyncio
import json
import logging
import sqlite3
import threading
import tracemalloc
from typing import Any

import httpx
import pytest

from flexport_facade._constants import DEDUPE_HELD_CAPACITY
from flexport_facade.webhooks import (
    Claim,
    DeliveryInFlight,
    MemoryDeduper,
    NoAuth,
    Receiver,
    SQLiteDeduper,
    TokenHeader,
)
from flexport_facade.webhooks._dedupe import MAX_KEY_LENGTH, Holds

SECRET = "hook-secret-abc123"
GOOD = {"X-Hook-Token": SECRET}
HANG = 20.0  # only guards against a hang


def delivery(event_id: str = "evt-1", event_type: str = "Order.Shipped") -> bytes:
    return json.dumps(
        {
            "logisticsAccountId": "acct-1",
            "logisticsEventId": event_id,
            "logisticsEventType": event_type,
            "logisticsEventTime": "2026-02-01T00:00:00Z",
        }
    ).encode()


class Raw:
    @classmethod
    def from_dict(cls, payload: dict[str, Any]) -> dict[str, Any]:
        return payload


def receiver(dedupe: Any = None) -> Receiver:
    return Receiver(
        version="2026-02",
        auth=TokenHeader("X-Hook-Token", SECRET),
        dedupe=dedupe if dedupe is not None else MemoryDeduper(),
        models={"Order.Shipped": Raw},
    )


def client(app: Any) -> httpx.AsyncClient:
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://hooks")


# -- item 1: 2xx only for a handled event ----------------------------------------------------------


async def test_a_failing_handler_gets_a_5xx_and_the_retry_is_handled() -> None:
    calls: list[str] = []

    async def handler(event: dict[str, Any]) -> None:
        calls.append(event["logisticsEventId"])
        if len(calls) == 1:
            raise RuntimeError("database down")

    app = receiver().asgi(handler)
    async with client(app) as c:
        first = await c.post("/", content=delivery(), headers=GOOD)
        retry = await c.post("/", content=delivery(), headers=GOOD)
        again = await c.post("/", content=delivery(), headers=GOOD)
    assert first.status_code == 500  # the sender retries a 5xx; it never retries a 2xx
    assert (retry.status_code, retry.json()["detail"]) == (200, "ok")
    assert (again.status_code, again.json()["detail"]) == (200, "duplicate")
    assert calls == ["evt-1", "evt-1"]


async def test_a_duplicate_during_a_failing_handler_is_never_reported_handled() -> None:
    """The first delivery's handler fails while a duplicate waits: the duplicate handles the event."""
    entered, fail_now = asyncio.Event(), asyncio.Event()
    calls: list[int] = []

    async def handler(event: dict[str, Any]) -> None:
        calls.append(1)
        if len(calls) == 1:
            entered.set()
            await fail_now.wait()
            raise RuntimeError("first attempt fails")

    app = receiver().asgi(handler, handler_timeout=HANG)
    async with client(app) as c:
        first = asyncio.create_task(c.post("/", content=delivery(), headers=GOOD))
        await asyncio.wait_for(entered.wait(), HANG)
        duplicate = asyncio.create_task(c.post("/", content=delivery(), headers=GOOD))
        await asyncio.sleep(0.05)  # let the duplicate reach its wait on the first attempt
        fail_now.set()
        answers = await asyncio.wait_for(asyncio.gather(first, duplicate), HANG)
    assert [a.status_code for a in answers] == [500, 200]
    assert answers[1].json()["detail"] == "ok"  # handled by the duplicate itself, not "duplicate"
    assert len(calls) == 2


async def test_a_duplicate_during_a_succeeding_handler_waits_for_it() -> None:
    entered, finish = asyncio.Event(), asyncio.Event()
    calls: list[int] = []

    async def handler(event: dict[str, Any]) -> None:
        calls.append(1)
        entered.set()
        await finish.wait()

    app = receiver().asgi(handler, handler_timeout=HANG)
    async with client(app) as c:
        first = asyncio.create_task(c.post("/", content=delivery(), headers=GOOD))
        await asyncio.wait_for(entered.wait(), HANG)
        duplicate = asyncio.create_task(c.post("/", content=delivery(), headers=GOOD))
        await asyncio.sleep(0.05)
        assert not duplicate.done()  # it did not answer "duplicate" while the outcome was open
        finish.set()
        answers = await asyncio.wait_for(asyncio.gather(first, duplicate), HANG)
    assert [(a.status_code, a.json()["detail"]) for a in answers] == [(200, "ok"), (200, "duplicate")]
    assert len(calls) == 1


async def test_a_handler_past_its_time_gets_a_503_keeps_its_claim_and_settles_later() -> None:
    finish = asyncio.Event()

    async def handler(event: dict[str, Any]) -> None:
        await finish.wait()

    dedupe = MemoryDeduper()
    app = receiver(dedupe).asgi(handler, handler_timeout=0.05)
    async with client(app) as c:
        slow = await c.post("/", content=delivery(), headers=GOOD)
        meanwhile = await c.post("/", content=delivery(), headers=GOOD)
        finish.set()
        await app.drain()
        after = await c.post("/", content=delivery(), headers=GOOD)
    assert slow.status_code == meanwhile.status_code == 503
    assert slow.headers["retry-after"].isdigit()
    assert (after.status_code, after.json()["detail"]) == (200, "duplicate")


class HeldComplete(MemoryDeduper):
    """A store called on the store threads (as a networked one is) whose ``complete`` waits for ``go``."""

    blocking = True

    def __init__(self) -> None:
        super().__init__()
        self.started, self.go = threading.Event(), threading.Event()

    def complete(self, event_id: str) -> None:
        self.started.set()
        self.go.wait(HANG)
        super().complete(event_id)


async def test_drain_waits_for_the_complete_still_queued_so_exit_loses_no_done_record() -> None:
    # A handled event's complete is queued, not awaited, before its 200. A process that drains and
    # exits must not drop it: its id would stay in flight until the lease, and every redelivery of it
    # elsewhere would be answered 503 (tests/stores/test_dedupe_many_hosts.py saw this under load).
    dedupe = HeldComplete()

    async def handler(event: dict[str, Any]) -> None:
        return None

    app = receiver(dedupe).asgi(handler)
    async with client(app) as c:
        answer = await c.post("/", content=delivery(), headers=GOOD)
    assert answer.status_code == 200
    drained = asyncio.ensure_future(app.drain())
    await asyncio.to_thread(dedupe.started.wait, HANG)
    assert not drained.done()  # the complete is still running on its thread
    dedupe.go.set()
    await asyncio.wait_for(drained, HANG)
    assert dedupe.claim("evt-1") is Claim.DONE
    app.close()


async def test_an_event_in_flight_in_another_worker_is_answered_503() -> None:
    dedupe = MemoryDeduper()
    assert dedupe.claim("evt-1") is Claim.NEW  # another worker holds it
    app = receiver(dedupe).asgi(lambda event: None)
    async with client(app) as c:
        answer = await c.post("/", content=delivery(), headers=GOOD)
    assert answer.status_code == 503 and "retry-after" in answer.headers
    with pytest.raises(DeliveryInFlight):
        receiver(dedupe).parse(body=delivery(), headers=GOOD)


def test_a_claim_whose_holder_died_is_taken_over_after_its_lease(tmp_path: Any) -> None:
    for dedupe in (MemoryDeduper(lease_seconds=0.0), SQLiteDeduper(tmp_path / "s.db", lease_seconds=0.0)):
        assert dedupe.claim("evt-1") is Claim.NEW
        assert dedupe.claim("evt-1") is Claim.NEW  # the lease (0 s) ran out: taken over
        dedupe.complete("evt-1")
        assert dedupe.claim("evt-1") is Claim.DONE


async def test_a_store_of_the_two_method_contract_still_works() -> None:
    class OldStore:
        def __init__(self) -> None:
            self.seen: set[str] = set()

        def claim(self, event_id: str) -> bool:
            new = event_id not in self.seen
            self.seen.add(event_id)
            return new

        def release(self, event_id: str) -> None:
            self.seen.discard(event_id)

    app = receiver(OldStore()).asgi(lambda event: None)
    async with client(app) as c:
        answers = [await c.post("/", content=delivery(), headers=GOOD) for _ in range(2)]
    assert [a.json()["detail"] for a in answers] == ["ok", "duplicate"]


class SignallingDeduper(MemoryDeduper):
    """A MemoryDeduper (called inline on the loop) that says when a release has run."""

    def __init__(self) -> None:
        super().__init__()
        self.released = asyncio.Event()

    def release(self, event_id: str) -> None:
        super().release(event_id)
        self.released.set()


async def test_a_late_failure_after_a_takeover_never_lets_a_third_delivery_be_handled() -> None:
    """Delivery 1's handler runs past the lease; delivery 2 takes the event over; handler 1 fails and
    its event is released: handler 2 still holds it, so delivery 3 must not be handled beside it."""
    gates = [asyncio.Event(), asyncio.Event()]
    calls: list[int] = []

    async def handler(event: dict[str, Any]) -> None:
        attempt = len(calls)
        calls.append(attempt)
        if attempt < len(gates):
            await gates[attempt].wait()
        if attempt == 0:
            raise RuntimeError("the first attempt fails, after its lease")

    dedupe = SignallingDeduper()
    app = receiver(dedupe).asgi(handler, handler_timeout=0.05)
    async with client(app) as c:
        first = await c.post("/", content=delivery(), headers=GOOD)
        dedupe.lease_seconds = 0.0  # the first claim's lease runs out (no sleep: the lease is judged now)
        second = await c.post("/", content=delivery(), headers=GOOD)
        dedupe.lease_seconds = 300.0  # the second claim's lease outlives the test
        gates[0].set()
        await asyncio.wait_for(dedupe.released.wait(), HANG)  # handler 1 failed, its event released
        third = await c.post("/", content=delivery(), headers=GOOD)
        gates[1].set()
        await app.drain()
        fourth = await c.post("/", content=delivery(), headers=GOOD)
    assert [r.status_code for r in (first, second, third)] == [503, 503, 503]  # still running
    assert calls == [0, 1]  # the third delivery waited on handler 2 instead of running beside it
    assert (fourth.status_code, fourth.json()["detail"]) == (200, "duplicate")


def test_receive_then_release_lets_the_redelivery_be_handled(tmp_path: Any) -> None:
    """``receive`` completes before its caller handles the event; a failed handling is ``release``d."""
    for dedupe in (MemoryDeduper(), SQLiteDeduper(tmp_path / "s.db")):
        r = receiver(dedupe)
        event, key = r.receive(body=delivery(), headers=GOOD)
        assert event is not None
        assert r.receive(body=delivery(), headers=GOOD)[0] is None  # a duplicate meanwhile
        r.release(key)  # the caller's handling failed
        assert r.receive(body=delivery(), headers=GOOD)[0] is not None  # the redelivery is handled


def test_a_release_of_a_claim_not_held_changes_nothing_and_says_so_at_debug(
    tmp_path: Any, caplog: Any
) -> None:
    holder, other = SQLiteDeduper(tmp_path / "s.db"), SQLiteDeduper(tmp_path / "s.db")
    assert holder.claim("evt-1") is Claim.NEW
    with caplog.at_level(logging.DEBUG, logger="flexport_facade.webhooks"):
        other.release("evt-1")
    assert other.claim("evt-1") is Claim.IN_FLIGHT
    assert "release of evt-1 changes nothing" in caplog.text


def test_what_a_store_holds_is_bounded(tmp_path: Any) -> None:
    holds = Holds(capacity=2)
    for key in ("a", "b", "c"):
        holds.claimed(key, f"token-{key}")
    assert len(holds) == 2
    assert holds.releasing("a") is None  # forgotten: its claim ends with its lease
    assert holds.releasing("c") == ("token-c", False)
    dedupe = MemoryDeduper(capacity=3)
    for i in range(10):
        assert dedupe.claim(f"evt-{i}") is Claim.NEW
        dedupe.complete(f"evt-{i}")
    assert len(dedupe._holds) == 3
    assert SQLiteDeduper(tmp_path / "s.db")._holds.capacity == DEDUPE_HELD_CAPACITY  # Redis's, Postgres's too


# -- item 2: nothing blocking on the loop ----------------------------------------------------------


async def test_sync_handlers_run_off_the_loop() -> None:
    release = threading.Event()
    started = threading.Semaphore(0)

    def slow_sync_handler(event: dict[str, Any]) -> None:
        if event["logisticsEventId"].startswith("slow"):
            started.release()
            release.wait(HANG)

    app = receiver().asgi(slow_sync_handler, handler_timeout=HANG)
    async with client(app) as c:
        slow = [
            asyncio.create_task(c.post("/", content=delivery(f"slow-{i}"), headers=GOOD)) for i in range(6)
        ]
        for _ in range(6):
            await asyncio.wait_for(asyncio.to_thread(started.acquire), HANG)
        # Six handlers block their threads; the loop still answers a new delivery and a bad token.
        fast = await asyncio.wait_for(c.post("/", content=delivery("fast"), headers=GOOD), HANG)
        wrong = await asyncio.wait_for(
            c.post("/", content=delivery("x"), headers={"X-Hook-Token": "no"}), HANG
        )
        assert not any(t.done() for t in slow)
        release.set()
        done = await asyncio.wait_for(asyncio.gather(*slow), HANG)
    assert (fast.status_code, wrong.status_code) == (200, 401)
    assert [d.status_code for d in done] == [200] * 6


async def test_a_locked_store_gets_503_and_never_stalls_a_wrong_token(tmp_path: Any) -> None:
    path = tmp_path / "seen.db"
    store = SQLiteDeduper(path, busy_timeout=HANG)
    locker = sqlite3.connect(path, isolation_level=None)
    locker.execute("BEGIN EXCLUSIVE")  # another process holds the database
    app = receiver(store).asgi(lambda event: None, store_timeout=0.1)
    try:
        async with client(app) as c:
            wrong = await asyncio.wait_for(
                c.post("/", content=delivery(), headers={"X-Hook-Token": "no"}), HANG
            )
            good = await asyncio.wait_for(c.post("/", content=delivery(), headers=GOOD), HANG)
    finally:
        locker.execute("ROLLBACK")
        locker.close()
    assert wrong.status_code == 401
    assert good.status_code == 503 and "retry-after" in good.headers
    # The claim that went through after the 503 was given back: the retry is handled.
    async with client(receiver(store).asgi(lambda event: None)) as c:
        for _ in range(50):  # the late claim settles in its worker thread
            retry = await c.post("/", content=delivery(), headers=GOOD)
            if retry.status_code != 503:
                break
            await asyncio.sleep(0.1)
    assert (retry.status_code, retry.json()["detail"]) == (200, "ok")
    app.close()


# -- item 4: bounded growth, escaped logs ----------------------------------------------------------


def test_unknown_event_types_are_logged_a_bounded_number_of_times(caplog: Any) -> None:
    from flexport_facade._constants import UNTYPED_LOG_LIMIT

    r = Receiver(version="2026-02", auth=NoAuth(), models={})
    with caplog.at_level(logging.WARNING, logger="flexport_facade.webhooks"):
        for i in range(UNTYPED_LOG_LIMIT * 4):
            r.parse(body=delivery(f"e{i}", f"Made.Up{i}" + "x" * 2000), headers={})
    assert len(caplog.records) == UNTYPED_LOG_LIMIT + 1  # one per kind, then one saying "only counted"
    assert len(r._logged) == UNTYPED_LOG_LIMIT
    assert all(len(t) + len(reason) <= 400 for t, reason in r._logged)
    assert r.untyped_unlogged == UNTYPED_LOG_LIMIT * 3


def test_an_event_type_with_a_newline_cannot_forge_a_log_line(caplog: Any) -> None:
    forged = "Order.Shipped\n2026-02-01 CRITICAL payments: wire sent to attacker"
    r = Receiver(version="2026-02", auth=NoAuth(), models={})
    with caplog.at_level(logging.DEBUG, logger="flexport_facade.webhooks"):
        r.parse(body=delivery("evt\r\nline", forged), headers={})
        r.parse(body=delivery("evt\r\nline", forged), headers={})  # the duplicate is logged too
    text = caplog.text
    assert "wire sent" in text and "\\n2026-02-01 CRITICAL" in text
    assert all("\n" not in rec.getMessage() and "\r" not in rec.getMessage() for rec in caplog.records)


def test_memory_deduper_is_bounded_in_bytes_not_only_in_count() -> None:
    dedupe = MemoryDeduper(capacity=500)
    ids = ["x" * (512 * 1024) + str(i) for i in range(100)]
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    for event_id in ids:
        assert dedupe.claim(event_id) is Claim.NEW
    held = tracemalloc.get_traced_memory()[0] - before
    tracemalloc.stop()
    assert held < 200 * 1024  # 100 ids of 512 KiB each: their digests, not 51 MB of ids
    assert all(len(key) <= MAX_KEY_LENGTH for key in dedupe._seen)
    assert dedupe.claim(ids[0]) is Claim.IN_FLIGHT  # still the same event


def test_a_long_event_id_reaches_any_store_as_a_bounded_key() -> None:
    keys: list[str] = []

    class Recording(MemoryDeduper):
        def claim(self, event_id: str) -> Claim:
            keys.append(event_id)
            return super().claim(event_id)

    r = Receiver(version="2026-02", auth=NoAuth(), models={}, dedupe=Recording())
    r.parse(body=delivery("y" * 100_000), headers={})
    assert len(keys[0]) <= MAX_KEY_LENGTH


# -- item 5: the SQLite store ----------------------------------------------------------------------


def test_sqlite_store_skips_the_per_commit_fsync_and_purges_through_an_index(tmp_path: Any) -> None:
    store = SQLiteDeduper(tmp_path / "seen.db")
    db = store._connect()
    assert db.execute("PRAGMA synchronous").fetchone()[0] == 1  # NORMAL
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    plan = " ".join(
        str(row)
        for row in db.execute(
            "EXPLAIN QUERY PLAN DELETE FROM seen WHERE rowid IN "
            "(SELECT rowid FROM seen WHERE at < ? LIMIT ?)",
            (0, 1000),
        )
    )
    assert "seen_at" in plan


def test_sqlite_store_of_the_older_schema_is_migrated_with_its_ids_kept_as_handled(tmp_path: Any) -> None:
    path = tmp_path / "old.db"
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE seen (event_id TEXT PRIMARY KEY, at REAL NOT NULL)")
    db.execute("INSERT INTO seen VALUES ('evt-old', 1e12)")
    db.commit()
    db.close()
    store = SQLiteDeduper(path)
    assert store.claim("evt-old") is Claim.DONE
    assert store.claim("evt-new") is Claim.NEW


def test_sqlite_store_without_the_token_column_is_migrated(tmp_path: Any) -> None:
    """A file of the release-by-id version: the token column is added, NULL on the old rows."""
    path = tmp_path / "old.db"
    db = sqlite3.connect(path)
    db.execute(
        "CREATE TABLE seen (event_id TEXT PRIMARY KEY, at REAL NOT NULL, done INTEGER NOT NULL DEFAULT 0)"
    )
    db.execute("INSERT INTO seen VALUES ('evt-done', 1e12, 1)")
    db.execute("INSERT INTO seen VALUES ('evt-held', 1e12, 0)")  # an older process's claim
    db.commit()
    db.close()
    store = SQLiteDeduper(path)
    assert store.claim("evt-done") is Claim.DONE
    assert store.claim("evt-held") is Claim.IN_FLIGHT
    store.release("evt-held")  # not this instance's claim
    assert store.claim("evt-held") is Claim.IN_FLIGHT
    assert store.claim("evt-new") is Claim.NEW
    store.release("evt-new")
    assert store.claim("evt-new") is Claim.NEW
    tokens = dict(store._connect().execute("SELECT event_id, token FROM seen"))
    assert tokens["evt-done"] is None and tokens["evt-held"] is None and tokens["evt-new"]
    assert SQLiteDeduper(path).claim("evt-done") is Claim.DONE  # opening it again changes nothing


def test_sqlite_retention_purge_removes_old_ids(tmp_path: Any) -> None:
    store = SQLiteDeduper(tmp_path / "seen.db", retention_seconds=0.0)
    store.claim("old")
    store.complete("old")
    store._local.purged = 0.0  # due now
    store.claim("trigger")
    assert store.claim("old") is Claim.NEW
