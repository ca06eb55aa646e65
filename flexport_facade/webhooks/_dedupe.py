"""At-least-once delivery made exactly-once handling: claim an event id, then complete or release it.

The contract every store implements (``Deduper``), a small state machine per event id:

    absent --claim--> in flight --complete--> done
                      in flight --release---> absent      (the handler failed: a redelivery is handled)
                      in flight --lease expires--> claimable again (the holder died mid-handler)

``claim(id)`` is atomic and returns a ``Claim``: ``NEW`` (the caller owns the event and must end
with ``complete`` or ``release``), ``IN_FLIGHT`` (someone else is handling it right now: answer
"retry later", never "ok"), or ``DONE`` (handled before: a true duplicate). An in-flight claim
older than ``lease_seconds`` is taken over (``NEW``), so a crash never blocks an event forever.
``release`` forgets the id whatever its state. Stores written for the older two-method contract
(``claim -> bool``, ``release``) still work: True reads as ``NEW``, False as ``DONE``, and a
missing ``complete`` is skipped.

Two optional members tell the ASGI endpoint how to call a store: ``blocking = False`` (calls are
made on the event loop: only for in-process stores that never wait) and ``batch()``, a context
manager the endpoint enters around several calls made together (one transaction, one commit);
a store with ``batch`` gets one worker thread, any other blocking store several.

For several hosts, ``flexport_facade.stores`` implements the same contract: ``RedisDeduper`` (one
script: absent -> ``inflight:<token>`` with ``PX <lease>``, NEW; ``done``, DONE; else IN_FLIGHT;
``complete`` is ``SET key done EX <retention>``, ``release`` is ``DEL key``) and ``PostgresDeduper``
(a unique-keyed row with a state column and a claimed-at time, as ``SQLiteDeduper`` does below).

Keys are bounded: an id longer than ``MAX_KEY_LENGTH`` is stored as its digest (ids come from the
sender's JSON and could otherwise be a megabyte each).
"""

from __future__ import annotations

import contextlib
import enum
import hashlib
import sqlite3
import threading
import time
from collections import OrderedDict
from collections.abc import Iterator
from pathlib import Path
from typing import Protocol, runtime_checkable

from flexport_facade._constants import (
    DEDUPE_BUSY_TIMEOUT,
    DEDUPE_CAPACITY,
    DEDUPE_LEASE_SECONDS,
    DEDUPE_RETENTION_SECONDS,
)

MAX_KEY_LENGTH = 128


class Claim(enum.Enum):
    NEW = "new"
    IN_FLIGHT = "in_flight"
    DONE = "done"


def compact_key(event_id: str) -> str:
    """``event_id`` itself when short, else a digest of it: what a store keeps is bounded in size."""
    if len(event_id) <= MAX_KEY_LENGTH:
        return event_id
    return "id-sha256:" + hashlib.sha256(event_id.encode("utf-8", "surrogatepass")).hexdigest()


def as_claim(result: Claim | bool) -> Claim:
    """A store's claim answer as a ``Claim`` (a bool from a store of the two-method contract)."""
    if isinstance(result, Claim):
        return result
    return Claim.NEW if result else Claim.DONE


# -- de-duplication ----------------------------------------------------------------------------
@runtime_checkable
class Deduper(Protocol):
    """Remembers event ids (see the module docstring for the state machine)."""

    def claim(self, event_id: str) -> Claim | bool: ...
    def release(self, event_id: str) -> None: ...


@runtime_checkable
class CompletingDeduper(Deduper, Protocol):
    def complete(self, event_id: str) -> None: ...


class MemoryDeduper:
    """The last ``capacity`` ids of this process (oldest forgotten first), each at most
    ``MAX_KEY_LENGTH`` characters, so memory is bounded by count and size together."""

    blocking = False  # a dict behind a lock held for microseconds: the ASGI endpoint calls it inline

    def __init__(
        self, capacity: int = DEDUPE_CAPACITY, *, lease_seconds: float = DEDUPE_LEASE_SECONDS
    ) -> None:
        if capacity < 1:
            raise ValueError("capacity must be >= 1")
        self.capacity = capacity
        self.lease_seconds = lease_seconds
        self._seen: OrderedDict[str, float | None] = OrderedDict()  # id -> claimed-at (None: done)
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"MemoryDeduper(capacity={self.capacity}, held={len(self._seen)})"

    def claim(self, event_id: str) -> Claim:
        key = compact_key(event_id)
        now = time.monotonic()
        with self._lock:
            if key in self._seen:
                claimed_at = self._seen[key]
                self._seen.move_to_end(key)
                if claimed_at is None:
                    return Claim.DONE
                if now - claimed_at < self.lease_seconds:
                    return Claim.IN_FLIGHT
            self._seen[key] = now
            self._seen.move_to_end(key)
            while len(self._seen) > self.capacity:
                self._seen.popitem(last=False)
            return Claim.NEW

    def complete(self, event_id: str) -> None:
        key = compact_key(event_id)
        with self._lock:
            self._seen[key] = None
            self._seen.move_to_end(key)
            while len(self._seen) > self.capacity:
                self._seen.popitem(last=False)

    def release(self, event_id: str) -> None:
        with self._lock:
            self._seen.pop(compact_key(event_id), None)


class SQLiteDeduper:
    """Ids in a SQLite file: safe across threads and processes on one host (a UNIQUE insert claims).

    WAL with ``synchronous=NORMAL``: a commit costs no fsync (one happens per checkpoint). A power
    cut can forget the last claims; the cost is handling those events a second time, never losing
    one. Retention is enforced by an indexed, bounded ``DELETE`` about once a minute per connection.
    """

    _PURGE_EVERY = 60.0  # seconds between retention sweeps of one connection
    _PURGE_BATCH = 1000  # rows per sweep: a claim never waits behind a huge delete

    def __init__(
        self,
        path: str | Path,
        *,
        retention_seconds: float = DEDUPE_RETENTION_SECONDS,
        lease_seconds: float = DEDUPE_LEASE_SECONDS,
        busy_timeout: float = DEDUPE_BUSY_TIMEOUT,
    ) -> None:
        self.path = str(path)
        self.retention_seconds = retention_seconds
        self.lease_seconds = lease_seconds
        self.busy_timeout = busy_timeout
        self._local = threading.local()
        db = self._connect()
        with self.batch():  # one transaction: processes opening the file together do not race
            db.execute(
                "CREATE TABLE IF NOT EXISTS seen "
                "(event_id TEXT PRIMARY KEY, at REAL NOT NULL, done INTEGER NOT NULL DEFAULT 0)"
            )
            columns = {row[1] for row in db.execute("PRAGMA table_info(seen)")}
            if "done" not in columns:  # a store of the claim/release era: its rows were all handled
                db.execute("ALTER TABLE seen ADD COLUMN done INTEGER NOT NULL DEFAULT 1")
            db.execute("CREATE INDEX IF NOT EXISTS seen_at ON seen (at)")

    def __repr__(self) -> str:
        return f"SQLiteDeduper({self.path!r})"

    def _connect(self) -> sqlite3.Connection:
        db: sqlite3.Connection | None = getattr(self._local, "db", None)
        if db is None:
            db = sqlite3.connect(self.path, timeout=self.busy_timeout, isolation_level=None)
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")
            self._local.db = db
            self._local.purged = 0.0
        return db

    @contextlib.contextmanager
    def batch(self) -> Iterator[None]:
        """Run the calls inside one transaction (one commit); the ASGI endpoint batches through it."""
        db = self._connect()
        if db.in_transaction:
            yield
            return
        db.execute("BEGIN IMMEDIATE")  # the write lock up front: no upgrade deadlock between processes
        try:
            yield
            db.execute("COMMIT")
        except BaseException:
            if db.in_transaction:
                db.execute("ROLLBACK")
            raise

    def claim(self, event_id: str) -> Claim:
        key = compact_key(event_id)
        db = self._connect()
        now = time.time()
        # One statement decides: insert, or take over an in-flight claim whose lease ran out.
        cur = db.execute(
            "INSERT INTO seen (event_id, at, done) VALUES (?, ?, 0) "
            "ON CONFLICT(event_id) DO UPDATE SET at = excluded.at WHERE done = 0 AND at < ?",
            (key, now, now - self.lease_seconds),
        )
        if cur.rowcount == 1:
            self._maybe_purge(db, now)
            return Claim.NEW
        row = db.execute("SELECT done FROM seen WHERE event_id = ?", (key,)).fetchone()
        if row is None:  # released between the two statements: ask again
            return self.claim(event_id)
        return Claim.DONE if row[0] else Claim.IN_FLIGHT

    def complete(self, event_id: str) -> None:
        self._connect().execute(
            "INSERT INTO seen (event_id, at, done) VALUES (?, ?, 1) "
            "ON CONFLICT(event_id) DO UPDATE SET done = 1, at = excluded.at",
            (compact_key(event_id), time.time()),
        )

    def release(self, event_id: str) -> None:
        self._connect().execute("DELETE FROM seen WHERE event_id = ?", (compact_key(event_id),))

    def _maybe_purge(self, db: sqlite3.Connection, now: float) -> None:
        if now - self._local.purged < self._PURGE_EVERY:
            return
        self._local.purged = now
        db.execute(
            "DELETE FROM seen WHERE rowid IN (SELECT rowid FROM seen WHERE at < ? LIMIT ?)",
            (now - self.retention_seconds, self._PURGE_BATCH),
        )
