"""At-least-once delivery made exactly-once handling: claim an event id, release it if handling fails."""

from __future__ import annotations

import sqlite3
import threading
import time
from collections import OrderedDict
from pathlib import Path
from typing import Protocol, runtime_checkable

from flexport_facade._constants import DEDUPE_CAPACITY, DEDUPE_RETENTION_SECONDS


# -- de-duplication ----------------------------------------------------------------------------
@runtime_checkable
class Deduper(Protocol):
    """Remembers event ids. ``claim`` is atomic: True the first time an id is seen, else False.

    For several workers, back it with a shared store: a unique-keyed SQL insert or Redis
    ``SET key 1 NX EX <ttl>`` gives the same claim semantics.
    """

    def claim(self, event_id: str) -> bool: ...
    def release(self, event_id: str) -> None: ...


class MemoryDeduper:
    """The last ``capacity`` ids of this process (oldest forgotten first)."""

    def __init__(self, capacity: int = DEDUPE_CAPACITY) -> None:
        self.capacity = capacity
        self._seen: OrderedDict[str, None] = OrderedDict()
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"MemoryDeduper(capacity={self.capacity}, held={len(self._seen)})"

    def claim(self, event_id: str) -> bool:
        with self._lock:
            if event_id in self._seen:
                self._seen.move_to_end(event_id)
                return False
            self._seen[event_id] = None
            if len(self._seen) > self.capacity:
                self._seen.popitem(last=False)
            return True

    def release(self, event_id: str) -> None:
        with self._lock:
            self._seen.pop(event_id, None)


class SQLiteDeduper:
    """Ids in a SQLite file: safe across threads and processes on one host (a UNIQUE insert claims)."""

    def __init__(self, path: str | Path, *, retention_seconds: float = DEDUPE_RETENTION_SECONDS) -> None:
        self.path = str(path)
        self.retention_seconds = retention_seconds
        self._local = threading.local()
        with self._connect() as db:
            db.execute("CREATE TABLE IF NOT EXISTS seen (event_id TEXT PRIMARY KEY, at REAL NOT NULL)")

    def __repr__(self) -> str:
        return f"SQLiteDeduper({self.path!r})"

    def _connect(self) -> sqlite3.Connection:
        db: sqlite3.Connection | None = getattr(self._local, "db", None)
        if db is None:
            db = sqlite3.connect(self.path, timeout=30, isolation_level=None)
            db.execute("PRAGMA journal_mode=WAL")
            self._local.db = db
        return db

    def claim(self, event_id: str) -> bool:
        db = self._connect()
        now = time.time()
        cur = db.execute("INSERT OR IGNORE INTO seen (event_id, at) VALUES (?, ?)", (event_id, now))
        if cur.rowcount and int(now) % 97 == 0:  # now and then, forget what is past retention
            db.execute("DELETE FROM seen WHERE at < ?", (now - self.retention_seconds,))
        return cur.rowcount == 1

    def release(self, event_id: str) -> None:
        self._connect().execute("DELETE FROM seen WHERE event_id = ?", (event_id,))
