"""At-least-once delivery made exactly-once handling: claim an event id, then complete or release it.

The contract every store implements (``Deduper``), a small state machine per event id:

    absent --claim--> in flight --complete--> done
                      in flight --release---> absent      (the handler failed: a redelivery is handled)
                      in flight --lease expires--> claimable again (the holder died mid-handler)
                      done --release by its completer--> absent   (``Receiver.receive`` completes first)

``claim(id)`` is atomic and returns a ``Claim``: ``NEW`` (the caller owns the event and must end
with ``complete`` or ``release``), ``IN_FLIGHT`` (someone else is handling it right now: answer
"retry later", never "ok"), or ``DONE`` (handled before: a true duplicate). An in-flight claim
older than ``lease_seconds`` is taken over (``NEW``), so a crash never blocks an event forever.

Every ``NEW`` carries a fresh token: the store writes it into the id's record, and the store
instance remembers it (``Holds``: per id, the latest token it handed out and how many of its claims
of the id are still open; bounded). ``release`` forgets the id only while the record still carries
that token, so it only ever undoes a claim this instance still holds. A holder whose lease ran out
and was taken over by another caller releases nothing: the new holder's claim stands, and a third
delivery still gets ``IN_FLIGHT`` instead of being handled beside it. A release for an id this
instance never claimed (or has forgotten, past its capacity) changes nothing either. Such no-op
releases are logged at debug. When one instance takes over its own expired claim (two deliveries
in one process), the bare ``release(id)`` cannot say which of the two is calling: the id is freed
at the release of the last open one, and an earlier release changes nothing (so a claim that is
never ended keeps a later one of the same instance until that one's lease ends). A no-op release
never lets an event be handled twice: an in-flight id stays claimed until its lease ends, a done
id stays done.

``complete`` is kept whoever calls it, even a holder whose lease was taken over: that holder did
handle the event, so the id is done and later deliveries are duplicates; the new holder's own
``complete`` marks it done again, and its ``release`` finds the record done and leaves it.
A release by the instance that completed the id (all its claims of it ended) forgets the done id:
``Receiver.receive`` completes before the caller handles the event, and its documented answer to a
failed handling is ``release(key)``.

Stores written for the older two-method contract (``claim -> bool``, ``release``) still work: True
reads as ``NEW``, False as ``DONE``, and a missing ``complete`` is skipped; their ``release`` is
theirs, tokens or not.

Optional members tell the ASGI endpoint how to call a store (``webhooks._store_calls``):
``blocking = False`` (calls are made on the event loop: only for in-process stores that never
wait); ``batch()``, a context manager the endpoint enters around several calls made together (one
transaction, one commit), and a store with it gets one worker thread, any other blocking store
several; ``nowait()``, the same for a batch made on the loop, raising ``WouldBlock`` instead of
waiting, with ``maintain()`` for the upkeep it skips (run on the worker).

For several hosts, ``flexport_facade.stores`` implements the same contract: ``RedisDeduper`` (one
script: absent -> ``inflight:<token>`` with ``PX <lease>``, NEW; ``done``/``done:<token>``, DONE;
else IN_FLIGHT; ``complete`` is ``SET key done:<token> EX <retention>``, ``release`` a script that
deletes the key only while it holds this claim's token) and ``PostgresDeduper`` (a unique-keyed row
with a state column, a claimed-at time and the claim's token, as ``SQLiteDeduper`` does below).

Keys are bounded: an id longer than ``MAX_KEY_LENGTH`` is stored as its digest (ids come from the
sender's JSON and could otherwise be a megabyte each).
"""

from __future__ import annotations

import contextlib
import enum
import hashlib
import itertools
import logging
import os
import secrets
import sqlite3
import threading
import time
from collections import OrderedDict
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple, Protocol, runtime_checkable

from flexport_facade._constants import (
    DEDUPE_BUSY_TIMEOUT,
    DEDUPE_CAPACITY,
    DEDUPE_HELD_CAPACITY,
    DEDUPE_LEASE_SECONDS,
    DEDUPE_RETENTION_SECONDS,
)
from flexport_facade._core.redact import printable

log = logging.getLogger("flexport_facade.webhooks")

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


class _Tokens:
    """Claim tokens: a random prefix per process and a counter. Unique (two claims of one id never
    share one) without a random draw per claim; a forked child draws a prefix of its own."""

    def __init__(self) -> None:
        self.reseed()
        os.register_at_fork(after_in_child=self.reseed)

    def reseed(self) -> None:
        self.prefix = secrets.token_hex(6)
        self.count = itertools.count(1)

    def __call__(self) -> str:
        return f"{self.prefix}{next(self.count):x}"


new_token = _Tokens()  # new_token() -> a fresh claim token


class WouldBlock(Exception):
    """A store's ``nowait()`` could not start without waiting (a lock another connection holds)."""


class Releasable(NamedTuple):
    """What a release may delete: the record that still carries ``token``; a done one too only when
    ``completed`` (this instance completed every claim of the id it handed out)."""

    token: str
    completed: bool


class Holds:
    """The NEW claims one store instance handed out, by key: what lets ``release`` undo only a claim
    this instance still holds (module docstring). Thread-safe (one lock, held for a dict operation);
    bounded: past ``capacity`` keys the least recently used is forgotten, and a release of it then
    changes nothing (its claim ends with its lease). A key stays after its claims are completed, so
    that a release by the completer can still forget the done id; it goes at that release."""

    def __init__(self, capacity: int = DEDUPE_HELD_CAPACITY) -> None:
        if capacity < 1:
            raise ValueError("capacity must be >= 1")
        self.capacity = capacity
        # key -> (token of the latest NEW claim of it handed out here, how many of this instance's
        # claims of it are neither completed nor released). A plain tuple of a str and an int: the
        # garbage collector stops tracking it, so ten thousand holds add nothing to a collection.
        self._held: OrderedDict[str, tuple[str, int]] = OrderedDict()
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._held)

    def claimed(self, key: str, token: str) -> None:
        """This instance answered NEW for ``key``, writing ``token`` into its record."""
        with self._lock:
            held = self._held.get(key)
            if held is None:
                self._held[key] = (token, 1)
                if len(self._held) > self.capacity:
                    self._held.popitem(last=False)
                return
            # took over a claim of its own (or claims a released/reused id again)
            self._held[key] = (token, held[1] + 1)
            self._held.move_to_end(key)

    def completing(self, key: str) -> str | None:
        """The token a done record of ``key`` carries (None: not claimed here); one claim fewer open."""
        with self._lock:
            held = self._held.get(key)
            if held is None:
                return None
            token, open_claims = held
            self._held[key] = (token, max(0, open_claims - 1))
            self._held.move_to_end(key)
            return token

    def releasing(self, key: str) -> Releasable | None:
        """What a release of ``key`` may delete, or None: nothing (logged at debug)."""
        with self._lock:
            held = self._held.get(key)
            if held is None:
                why = "this store instance holds no claim of it (never claimed here, or forgotten)"
            elif held[1] > 1:
                token, open_claims = held
                self._held[key] = (token, open_claims - 1)
                why = "another claim of it by this store instance is still open (it took over its own)"
            else:
                del self._held[key]
                token, open_claims = held
                return Releasable(token, completed=open_claims == 0)
        log.debug("release of %s changes nothing: %s", printable(key), why)
        return None

    @staticmethod
    def taken_over(key: str) -> None:
        """Log a release whose record no longer carried its token: another holder's claim stands."""
        log.debug(
            "release of %s changes nothing: its claim was taken over after its lease (or it is gone)",
            printable(key),
        )


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
        # id -> (claimed-at, None once done; the token of the claim it carries, None: no claim's)
        self._seen: OrderedDict[str, tuple[float | None, str | None]] = OrderedDict()
        self._holds = Holds(capacity)
        self._tokens = itertools.count(1)  # a counter is token enough inside one process
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"MemoryDeduper(capacity={self.capacity}, held={len(self._seen)})"

    def claim(self, event_id: str) -> Claim:
        key = compact_key(event_id)
        now = time.monotonic()
        with self._lock:
            if key in self._seen:
                claimed_at = self._seen[key][0]
                self._seen.move_to_end(key)
                if claimed_at is None:
                    return Claim.DONE
                if now - claimed_at < self.lease_seconds:
                    return Claim.IN_FLIGHT
            token = str(next(self._tokens))
            self._seen[key] = (now, token)
            self._seen.move_to_end(key)
            while len(self._seen) > self.capacity:
                self._seen.popitem(last=False)
            self._holds.claimed(key, token)
            return Claim.NEW

    def complete(self, event_id: str) -> None:
        key = compact_key(event_id)
        with self._lock:
            self._seen[key] = (None, self._holds.completing(key))
            self._seen.move_to_end(key)
            while len(self._seen) > self.capacity:
                self._seen.popitem(last=False)

    def release(self, event_id: str) -> None:
        """Forget the id if its claim is still this caller's (module docstring); else change nothing."""
        key = compact_key(event_id)
        with self._lock:
            releasable = self._holds.releasing(key)
            if releasable is None:
                return
            claimed_at, token = self._seen.get(key, (None, None))
            if token == releasable.token and (claimed_at is not None or releasable.completed):
                del self._seen[key]
            else:
                Holds.taken_over(key)


class SQLiteDeduper:
    """Ids in a SQLite file: safe across threads and processes on one host (a UNIQUE insert claims).

    WAL with ``synchronous=NORMAL``: a commit costs no fsync (one happens per checkpoint). A power
    cut can forget the last claims; the cost is handling those events a second time, never losing
    one. Retention (counted from an id's claim) is enforced by an indexed, bounded ``DELETE`` about
    once a minute per connection.

    ``nowait()`` is for a caller on an event loop (the ASGI endpoint): a transaction on a connection
    with no busy timeout and no automatic checkpoint, so it never waits on a lock or an fsync; the
    caller runs ``maintain()`` (a WAL checkpoint, the retention sweep) on a thread of its own every
    few dozen such batches, which keeps the WAL file from growing.

    Each row carries the token of the claim that wrote it (``token``); ``release`` deletes a row only
    with the token this instance handed out. A file of an older version is upgraded when opened: a
    missing ``done`` column is added (its ids were all handled), then a missing ``token`` column
    (NULL on the old rows: a release from this version never deletes a claim an older process made).
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
        self._holds = Holds()
        db = self._connect()
        with self.batch():  # one transaction: processes opening the file together do not race
            db.execute(
                "CREATE TABLE IF NOT EXISTS seen "
                "(event_id TEXT PRIMARY KEY, at REAL NOT NULL, done INTEGER NOT NULL DEFAULT 0, token TEXT)"
            )
            columns = {row[1] for row in db.execute("PRAGMA table_info(seen)")}
            if "done" not in columns:  # a store of the claim/release era: its rows were all handled
                db.execute("ALTER TABLE seen ADD COLUMN done INTEGER NOT NULL DEFAULT 1")
            if "token" not in columns:  # a store of the release-by-id era: its claims have no token
                db.execute("ALTER TABLE seen ADD COLUMN token TEXT")
            db.execute("CREATE INDEX IF NOT EXISTS seen_at ON seen (at)")

    def __repr__(self) -> str:
        return f"SQLiteDeduper({self.path!r})"

    def _connect(self) -> sqlite3.Connection:
        local = self._local
        if getattr(local, "nowait", False):
            return local.nowait_db  # type: ignore[no-any-return]
        db: sqlite3.Connection | None = getattr(local, "db", None)
        if db is None:
            db = self._open(self.busy_timeout)
            local.db = db
            local.purged = 0.0
        return db

    def _cursor(self) -> sqlite3.Cursor:
        """This thread's cursor (inside ``nowait``, the no-wait connection's), reused: a cursor per
        statement would be two more objects a delivery for the garbage collector to trace."""
        local = self._local
        if getattr(local, "nowait", False):
            return local.nowait_cursor  # type: ignore[no-any-return]
        cursor: sqlite3.Cursor | None = getattr(local, "cursor", None)
        if cursor is None:
            cursor = local.cursor = self._connect().cursor()
        return cursor

    def _open(self, timeout: float) -> sqlite3.Connection:
        db = sqlite3.connect(self.path, timeout=timeout, isolation_level=None)
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=NORMAL")
        return db

    @contextlib.contextmanager
    def nowait(self) -> Iterator[None]:
        """One transaction for the calls inside that never waits: ``WouldBlock`` when another
        connection holds the write lock, and no checkpoint or retention sweep (``maintain`` does
        those). What lets the ASGI endpoint run a batch on the event loop when the file is free."""
        local = self._local
        try:
            db = getattr(local, "nowait_db", None)
            if db is None:
                db = self._open(0.0)  # busy timeout 0: a held lock is SQLITE_BUSY at once
                db.execute("PRAGMA wal_autocheckpoint=0")  # the checkpoint's fsync runs in maintain()
                local.nowait_db, local.nowait_cursor = db, db.cursor()
            db.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            if exc.sqlite_errorcode != sqlite3.SQLITE_BUSY:
                raise
            raise WouldBlock(f"{self.path} is locked by another connection") from None
        local.nowait = True
        try:
            with _committed(db):
                yield
        finally:
            local.nowait = False

    def maintain(self) -> None:
        """The slow upkeep a no-wait batch skips: checkpoint the WAL, sweep expired ids."""
        # RESTART copies the whole WAL back and lets the next commit write from its start (a
        # PASSIVE checkpoint never catches up with steady commits: the WAL grows without bound).
        # While it waits it blocks every writer, so it does not wait: on a connection with no busy
        # timeout it gives up at once when a writer or a reader is in the way, and the next upkeep
        # tries again. (With the store's busy timeout, one long reader elsewhere stalled every
        # delivery for 5 s.)
        local = self._local
        checkpointer = getattr(local, "checkpoint_db", None)
        if checkpointer is None:
            checkpointer = local.checkpoint_db = self._open(0.0)
        checkpointer.execute("PRAGMA wal_checkpoint(RESTART)").fetchone()
        self._maybe_purge(self._connect(), time.time())

    @contextlib.contextmanager
    def batch(self) -> Iterator[None]:
        """Run the calls inside one transaction (one commit); the ASGI endpoint batches through it."""
        db = self._connect()
        if db.in_transaction:
            yield
            return
        db.execute("BEGIN IMMEDIATE")  # the write lock up front: no upgrade deadlock between processes
        with _committed(db):
            yield

    def claim(self, event_id: str) -> Claim:
        key = compact_key(event_id)
        cur = self._cursor()
        now = time.time()
        token = new_token()
        # One statement decides: insert, or take over an in-flight claim whose lease ran out.
        cur.execute(
            "INSERT INTO seen (event_id, at, done, token) VALUES (?, ?, 0, ?) "
            "ON CONFLICT(event_id) DO UPDATE SET at = excluded.at, token = excluded.token "
            "WHERE done = 0 AND at < ?",
            (key, now, token, now - self.lease_seconds),
        )
        if cur.rowcount == 1:
            self._holds.claimed(key, token)
            if not getattr(self._local, "nowait", False):
                self._maybe_purge(cur.connection, now)
            return Claim.NEW
        row = cur.execute("SELECT done FROM seen WHERE event_id = ?", (key,)).fetchone()
        if row is None:  # released between the two statements: ask again
            return self.claim(event_id)
        return Claim.DONE if row[0] else Claim.IN_FLIGHT

    def complete(self, event_id: str) -> None:
        key = compact_key(event_id)
        cur, token = self._cursor(), self._holds.completing(key)
        # The claim's row, its time kept (retention counts from the claim): the indexed column is
        # untouched, so a commit writes fewer pages. No row (released meanwhile): write a done one.
        if cur.execute("UPDATE seen SET done = 1, token = ? WHERE event_id = ?", (token, key)).rowcount:
            return
        cur.execute(
            "INSERT INTO seen (event_id, at, done, token) VALUES (?, ?, 1, ?) "
            "ON CONFLICT(event_id) DO UPDATE SET done = 1, token = excluded.token",
            (key, time.time(), token),
        )

    def release(self, event_id: str) -> None:
        """Forget the id if its claim is still this caller's (module docstring); else change nothing."""
        key = compact_key(event_id)
        releasable = self._holds.releasing(key)
        if releasable is None:
            return
        cur = self._cursor().execute(
            "DELETE FROM seen WHERE event_id = ? AND token = ? AND done <= ?",
            (key, releasable.token, int(releasable.completed)),
        )
        if cur.rowcount == 0:
            Holds.taken_over(key)

    def _maybe_purge(self, db: sqlite3.Connection, now: float) -> None:
        if now - self._local.purged < self._PURGE_EVERY:
            return
        self._local.purged = now
        db.execute(
            "DELETE FROM seen WHERE rowid IN (SELECT rowid FROM seen WHERE at < ? LIMIT ?)",
            (now - self.retention_seconds, self._PURGE_BATCH),
        )


@contextlib.contextmanager
def _committed(db: sqlite3.Connection) -> Iterator[None]:
    """Commit the transaction ``db`` has begun once the block is done; roll it back if it fails."""
    try:
        yield
        db.execute("COMMIT")
    except BaseException:
        if db.in_transaction:
            db.execute("ROLLBACK")
        raise
