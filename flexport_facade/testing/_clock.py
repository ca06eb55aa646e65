"""A controllable clock: tests advance simulated time instead of sleeping."""

from __future__ import annotations

import threading
import time
from datetime import UTC, datetime


class Clock:
    """Seconds since the epoch. ``frozen`` clocks move only when advanced; live ones also tick."""

    def __init__(self, *, frozen: bool = True, start: float | None = None) -> None:
        self._frozen = frozen
        self._base = time.time() if start is None else start
        self._started = time.monotonic()
        self._offset = 0.0
        self._lock = threading.Lock()

    @property
    def frozen(self) -> bool:
        return self._frozen

    def now(self) -> float:
        with self._lock:
            elapsed = 0.0 if self._frozen else time.monotonic() - self._started
            return self._base + elapsed + self._offset

    def advance(self, seconds: float) -> float:
        if seconds < 0:
            raise ValueError("the clock only moves forward")
        with self._lock:
            self._offset += seconds
        return self.now()

    def iso(self, at: float | None = None) -> str:
        """RFC 3339 with a Z suffix, millisecond precision."""
        moment = datetime.fromtimestamp(self.now() if at is None else at, tz=UTC)
        return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")
