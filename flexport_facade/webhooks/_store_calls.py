"""De-duplication store calls off the event loop, in batches.

A store call can block (a locked SQLite file, a slow network store), so none runs on the loop.
Worker threads take every call queued at that moment as one batch; a store with a ``batch()``
context manager (``SQLiteDeduper``: one transaction) commits the whole batch at once, and the
loop is woken once per batch rather than once per call. Under load that turns one commit and two
thread hand-offs per delivery into a fraction of each.
"""

from __future__ import annotations

import asyncio
import contextlib
import queue
import threading
from collections.abc import Callable
from typing import Any, TypeVar

T = TypeVar("T")

_MAX_BATCH = 256
_STOP = object()


class StoreCalls:
    """Runs ``fn()`` callables on ``threads`` worker threads; ``call`` returns an asyncio future."""

    def __init__(self, store: object, *, threads: int, name: str = "flexport-dedupe") -> None:
        # A store that says it never blocks (``blocking = False``: an in-process dict behind a lock)
        # is called inline: a thread hand-off would cost more than the call.
        self._inline = getattr(store, "blocking", True) is False
        self._batch = getattr(store, "batch", None)
        self._queue: queue.SimpleQueue[Any] = queue.SimpleQueue()
        self._pending: list[Any] = []  # calls of the current loop iteration, not yet handed off
        self._unsettled: set[asyncio.Future[Any]] = set()  # what ``settle`` waits for
        self._threads = [
            threading.Thread(target=self._work, name=f"{name}-{i}", daemon=True) for i in range(threads)
        ]
        for thread in self._threads if not self._inline else ():
            thread.start()

    def call(self, fn: Callable[[], T]) -> asyncio.Future[T]:
        """Queue ``fn``; the calls of one loop iteration reach the workers as one hand-off."""
        loop = asyncio.get_running_loop()
        future: asyncio.Future[T] = loop.create_future()
        if self._inline:
            try:
                future.set_result(fn())
            except Exception as exc:
                future.set_exception(exc)
            return future
        self._pending.append((loop, future, fn))
        if len(self._pending) == 1:
            loop.call_soon(self._flush)
        self._unsettled.add(future)
        future.add_done_callback(self._unsettled.discard)
        return future

    async def settle(self, timeout: float) -> int:
        """Wait up to ``timeout`` s for every call queued so far (a ``complete`` nobody awaits is one:
        lost at exit, its id would stay in flight until the lease ends). Returns how many are left."""
        self._flush()
        loop = asyncio.get_running_loop()
        mine = {future for future in self._unsettled if future.get_loop() is loop}
        if mine:
            await asyncio.wait(mine, timeout=timeout)
        return sum(not future.done() for future in mine)

    def _flush(self) -> None:
        pending, self._pending = self._pending, []
        if pending:
            self._queue.put(pending)

    def close(self) -> None:
        """Stop the workers once every call queued so far has run."""
        self._flush()
        for _ in self._threads:
            self._queue.put(_STOP)

    def _work(self) -> None:
        while True:
            item = self._queue.get()
            if item is _STOP:
                return
            batch = list(item)
            while len(batch) < _MAX_BATCH:
                try:
                    item = self._queue.get_nowait()
                except queue.Empty:
                    break
                if item is _STOP:
                    self._queue.put(_STOP)  # stop after this batch
                    break
                batch.extend(item)
            self._run(batch)

    def _run(self, batch: list[Any]) -> None:
        if not batch:
            return
        outcomes: list[tuple[bool, Any]] = []
        try:
            with self._batch() if callable(self._batch) else contextlib.nullcontext():
                for _, _, fn in batch:
                    try:
                        outcomes.append((True, fn()))
                    except Exception as exc:
                        outcomes.append((False, exc))
        except Exception as exc:  # the batch itself failed (e.g. its transaction): every call did
            outcomes = [(False, exc)] * len(batch)
        by_loop: dict[asyncio.AbstractEventLoop, list[tuple[asyncio.Future[Any], bool, Any]]] = {}
        for (loop, future, _), (ok, value) in zip(batch, outcomes, strict=True):
            by_loop.setdefault(loop, []).append((future, ok, value))
        for loop, settled in by_loop.items():
            with contextlib.suppress(RuntimeError):  # that loop is closed: nobody waits any more
                loop.call_soon_threadsafe(_settle, settled)


def _settle(settled: list[tuple[asyncio.Future[Any], bool, Any]]) -> None:
    for future, ok, value in settled:
        if future.cancelled():
            continue
        if ok:
            future.set_result(value)
        else:
            future.set_exception(value)
