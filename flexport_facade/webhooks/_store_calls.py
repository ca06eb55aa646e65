"""De-duplication store calls, in batches, never waiting on the event loop.

A store call can block (a locked SQLite file, a slow network store), so none waits on the loop.
The calls queued in one turn of the loop form one batch, run one of three ways, as the store says:

- ``blocking = False`` (an in-process dict behind a lock): each call runs at once, on the loop.
- ``nowait()`` (``SQLiteDeduper``): the batch runs on the loop, in one transaction that never
  waits: it begins only if the store's write lock is free, and writes pages to the OS cache with no
  fsync and no checkpoint (tens of microseconds). When it would wait (``WouldBlock``: another
  connection holds the lock) the batch goes to the worker thread, which may. The store's slow
  upkeep (``maintain``: a WAL checkpoint with its fsync, a retention sweep) runs on the worker
  every few dozen batches. Committing on the worker instead measured slower (``make bench``,
  webhook row): handing the GIL back and forth per batch cost the loop more than the commit.
- Otherwise, on worker threads: each takes every batch queued at that moment, inside the store's
  ``batch()`` context (one transaction, one commit) when it has one, and wakes the loop once.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import queue
import threading
import time
from collections.abc import Callable
from typing import Any, NamedTuple, TypeVar

from flexport_facade.webhooks._dedupe import WouldBlock

T = TypeVar("T")
log = logging.getLogger("flexport_facade.webhooks")

_MAX_BATCH = 256
# A no-wait store's upkeep runs after this many of its batches or seconds, whichever comes first
# (SQLiteDeduper: a checkpoint; a batch writes about 20 WAL pages, so the WAL stays a few MB).
_UPKEEP_BATCHES = 32
_UPKEEP_SECONDS = 1.0
_STOP = object()

ErrorHandler = Callable[[Any, BaseException], None]  # (the call's argument, what it raised)
Outcome = tuple[bool, Any]  # (ok, the result or the exception)


_NO_ARG: Any = object()


class _Call(NamedTuple):
    loop: asyncio.AbstractEventLoop
    future: asyncio.Future[Any]
    fn: Callable[..., Any]
    arg: Any  # fn(arg), or fn() for _NO_ARG: no partial to allocate per call
    on_error: ErrorHandler | None  # set for ``submit``: nobody awaits the future's outcome


class _Upkeep(NamedTuple):
    call: _Call  # run alone, outside the store's batch(): a checkpoint cannot run in a transaction


class StoreCalls:
    """Runs store calls ``fn(arg)`` for one store: ``call`` returns an asyncio future of the result,
    ``submit`` runs one nobody waits for; ``settle`` waits for both."""

    def __init__(self, store: object, *, threads: int, name: str = "flexport-dedupe") -> None:
        self._inline = getattr(store, "blocking", True) is False
        self._batch = _member(store, "batch")
        self._nowait = _member(store, "nowait")
        self._maintain = _member(store, "maintain")
        self._queue: queue.SimpleQueue[Any] = queue.SimpleQueue()
        self._pending: list[_Call] = []  # calls not yet run or handed to the worker
        self._unsettled: set[asyncio.Future[Any]] = set()  # what ``settle`` waits for
        self._batches_since_upkeep, self._upkept = 0, time.monotonic()
        self._threads = [
            threading.Thread(target=self._work, name=f"{name}-{i}", daemon=True) for i in range(threads)
        ]
        for thread in self._threads if not self._inline else ():
            thread.start()

    def call(self, fn: Callable[..., T], arg: Any = _NO_ARG) -> asyncio.Future[T]:
        """Queue ``fn(arg)`` (``fn()`` without one); the calls of one turn of the loop run as one
        batch. Pass the argument rather than a partial: one object fewer a delivery for the GC."""
        return self._queue_call(fn, arg, None)

    def submit(
        self, fn: Callable[..., object], arg: Any = _NO_ARG, on_error: ErrorHandler | None = None
    ) -> None:
        """Queue ``fn(arg)`` without waiting for it (``settle`` still does); a failure goes to
        ``on_error(arg, exc)`` (none: dropped, for calls whose failure only a lease can repair)."""
        self._queue_call(fn, arg, on_error or _ignore)

    def _queue_call(
        self, fn: Callable[..., Any], arg: Any, on_error: ErrorHandler | None
    ) -> asyncio.Future[Any]:
        loop = asyncio.get_running_loop()
        future: asyncio.Future[Any] = loop.create_future()
        call = _Call(loop, future, fn, arg, on_error)
        if self._inline:
            self._settle([call], [_outcome(call)])
            return future
        self._unsettled.add(future)
        self._pending.append(call)
        if len(self._pending) == 1:
            loop.call_soon(self._flush)
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

    def close(self) -> None:
        """Stop the workers once every call queued so far has run (on a worker: this may be called
        with no loop running, and a no-wait batch settles its futures on the spot)."""
        pending, self._pending = self._pending, []
        if pending:
            self._queue.put(pending)
        for _ in self._threads:
            self._queue.put(_STOP)

    # -- on the loop ----------------------------------------------------------------------------

    def _flush(self) -> None:
        pending, self._pending = self._pending, []
        if not pending:
            return
        if self._nowait is not None:
            try:
                outcomes = _run_all(pending, self._nowait)
            except WouldBlock:
                pass  # to the worker, which may wait
            else:
                self._settle(pending, outcomes)
                self._maybe_upkeep(pending[0].loop)
                return
        self._queue.put(pending)

    def _maybe_upkeep(self, loop: asyncio.AbstractEventLoop) -> None:
        self._batches_since_upkeep += 1
        now = time.monotonic()
        if self._maintain is None or (
            self._batches_since_upkeep < _UPKEEP_BATCHES and now - self._upkept < _UPKEEP_SECONDS
        ):
            return
        self._batches_since_upkeep, self._upkept = 0, now
        upkeep = _Call(loop, loop.create_future(), self._maintain, _NO_ARG, _upkeep_failed)
        self._unsettled.add(upkeep.future)
        self._queue.put(_Upkeep(upkeep))

    def _settle(self, calls: list[_Call], outcomes: list[Outcome]) -> None:
        """Hand each outcome to its future (or, submitted, to ``on_error``), on the future's loop."""
        here = asyncio.get_running_loop()
        elsewhere: dict[asyncio.AbstractEventLoop, tuple[list[_Call], list[Outcome]]] = {}
        for call, (ok, value) in zip(calls, outcomes, strict=True):
            if call.loop is not here:
                theirs = elsewhere.setdefault(call.loop, ([], []))
                theirs[0].append(call)
                theirs[1].append((ok, value))
                continue
            future = call.future
            self._unsettled.discard(future)
            if future.cancelled():
                continue
            if call.on_error is not None:
                if not ok:
                    call.on_error(call.arg, value)
                future.set_result(None)
            elif ok:
                future.set_result(value)
            else:
                future.set_exception(value)
        for loop, (theirs_calls, theirs_outcomes) in elsewhere.items():
            with contextlib.suppress(RuntimeError):  # that loop is closed: nobody waits any more
                loop.call_soon_threadsafe(self._settle, theirs_calls, theirs_outcomes)

    # -- on the worker --------------------------------------------------------------------------

    def _work(self) -> None:
        while True:
            item = self._queue.get()
            if item is _STOP:
                return
            if isinstance(item, _Upkeep):
                self._hand_back([item.call], _run_all([item.call], None))
                continue
            batch = list(item)
            while len(batch) < _MAX_BATCH:
                try:
                    item = self._queue.get_nowait()
                except queue.Empty:
                    break
                if item is _STOP or isinstance(item, _Upkeep):
                    self._queue.put(item)  # after this batch
                    break
                batch.extend(item)
            self._hand_back(batch, _run_all(batch, self._batch))

    def _hand_back(self, calls: list[_Call], outcomes: list[Outcome]) -> None:
        with contextlib.suppress(RuntimeError):  # that loop is closed: nobody waits any more
            calls[0].loop.call_soon_threadsafe(self._settle, calls, outcomes)


def _run_all(batch: list[_Call], enter: Callable[[], Any] | None) -> list[Outcome]:
    """Each call's outcome, inside ``enter()`` when given. ``WouldBlock`` from ``enter`` propagates
    (no call ran); any other failure of it (its transaction's begin or commit) fails every call."""
    try:
        with enter() if enter is not None else contextlib.nullcontext():
            return [_outcome(call) for call in batch]
    except WouldBlock:
        raise
    except Exception as exc:
        return [(False, exc)] * len(batch)


def _outcome(call: _Call) -> Outcome:
    try:
        return True, call.fn() if call.arg is _NO_ARG else call.fn(call.arg)
    except Exception as exc:
        return False, exc


def _member(store: object, name: str) -> Callable[[], Any] | None:
    member = getattr(store, name, None)
    return member if callable(member) else None


def _ignore(arg: Any, exc: BaseException) -> None:
    pass


def _upkeep_failed(arg: Any, exc: BaseException) -> None:
    log.warning("de-duplication store upkeep failed (%s); it runs again shortly", type(exc).__name__)
