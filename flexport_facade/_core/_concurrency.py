"""What really differs between the sync and the async client, each piece spelt twice.

The I/O code is written once, async, in ``_async*.py`` modules; ``scripts/unasync.py`` writes the
sync modules from them by renaming (``async_sleep`` -> ``sleep``, ``AsyncFetchAhead`` ->
``FetchAhead``, ``async_settle`` -> ``settle``). Only what a rename cannot express is here: how to
sleep, how to run a user's hook, how to keep page requests in flight (tasks vs a thread pool), when
an abandoned generator can be closed, and which lock guards a one-time setup.
"""

from __future__ import annotations

import inspect
import logging
import threading
import time
from collections.abc import AsyncGenerator, Awaitable, Callable, Generator
from typing import TYPE_CHECKING, Any, Generic, TypeAlias, TypeVar, cast

if TYPE_CHECKING:  # both load on first use: a client that never pages ahead imports neither
    import asyncio
    from concurrent.futures import Future, ThreadPoolExecutor

    from flexport_facade._core.retry import RetryPolicy

log = logging.getLogger("flexport_facade")

R = TypeVar("R")

# -- sleeping -------------------------------------------------------------------------------------

sleep = time.sleep


async def async_sleep(seconds: float) -> None:
    import asyncio  # already loaded under a running loop; kept off the sync import path

    await asyncio.sleep(seconds)


def sleeper(policy: RetryPolicy) -> Callable[[float], None]:
    return policy.sleep


def async_sleeper(policy: RetryPolicy) -> Callable[[float], Awaitable[None]]:
    return policy.async_sleep or async_sleep


def let_others_run() -> None:
    """Called before a long stretch of Python work on the walk thread (building a page's models):
    ``time.sleep(0)`` lets go of the GIL, so a fetch thread whose answer has arrived reads it now
    rather than after the build (or the 5 ms switch interval). +3-4% at concurrency 8 (bench)."""
    time.sleep(0)


async def async_let_others_run() -> None:
    """The same for tasks: one turn of the loop, in which answers that have arrived are read."""
    import asyncio

    await asyncio.sleep(0)


# -- running a user's hook ------------------------------------------------------------------------


def settle(result: object, hook_name: str) -> None:
    """What a user's hook returned, on a sync client: a coroutine cannot run here, so it is closed
    (no "never awaited" warning) and logged."""
    if inspect.isawaitable(result):
        close = getattr(result, "close", None)
        if callable(close):
            close()
        log.warning("%s is async; it runs only with the async client", hook_name)


async def async_settle(result: object, hook_name: str) -> None:
    """An async client awaits a hook that returned an awaitable (a plain result is fine too)."""
    if inspect.isawaitable(result):
        await result


def refuse_coroutine_function(function: object, message: str) -> None:
    """A sync client refuses a coroutine function when it is handed one, before any request."""
    if inspect.iscoroutinefunction(function):
        raise TypeError(message)


def async_refuse_coroutine_function(function: object, message: str) -> None:
    """An async client takes any callable; what it returns is checked when it comes."""


def result_of(value: Any, what: str) -> Any:
    """What a user's callable returned, for a sync client: an awaitable is refused (and closed)."""
    if inspect.isawaitable(value):
        if inspect.iscoroutine(value):
            value.close()  # no "never awaited" warning on top of the error
        raise TypeError(f"{what} returned an awaitable: use the async client")
    return value


def async_result_of(value: Any, what: str) -> Any:
    """What a user's callable returned, for an async client: it must be awaitable."""
    if not inspect.isawaitable(value):
        raise TypeError(f"{what} is not a coroutine function")
    return value


# -- fetch-ahead: page requests in flight ---------------------------------------------------------


class FetchAhead(Generic[R]):
    """Up to ``workers`` calls of ``fetch`` in flight on threads (one worker: one call, in the background)."""

    # Page requests a concurrent walk keeps waiting in the pool's queue, besides the ``workers``
    # running: a thread that has read its page sends the next one at once, instead of waiting for
    # the walk thread to hand it one (a wake-up and a GIL hand-off, ~1.4 ms of a ~25 ms cycle at
    # concurrency 8; docs/pagination.md, How fast).
    queued = 1

    def __init__(self, fetch: Callable[[dict[str, Any]], R], workers: int) -> None:
        self._fetch = fetch
        self._workers = workers
        self._pool: ThreadPoolExecutor | None = None
        self._running: set[Future[R]] = set()

    def start(self, params: dict[str, Any]) -> object:
        """A handle for ``result``: the running call. One worker still runs it in the background, so a
        sequential walk's next request overlaps the parsing and reading of the page before it."""
        if self._pool is None:
            from concurrent.futures import ThreadPoolExecutor

            self._pool = ThreadPoolExecutor(self._workers, "flexport-page")
        future = self._pool.submit(self._fetch, params)
        self._running.add(future)
        future.add_done_callback(self._running.discard)
        return future

    def result(self, handle: object) -> R:
        if isinstance(handle, dict):  # a call not made yet (one worker)
            return self._fetch(handle)
        return cast("Future[R]", handle).result()

    def cancel(self) -> None:
        """Drop the calls not started yet (running ones finish on their thread)."""
        for future in list(self._running):
            future.cancel()

    def close(self) -> None:
        """Nothing outlives the walk: queued calls are dropped, running ones are waited for."""
        self.cancel()
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)


def _consume(task: asyncio.Task[Any]) -> None:
    if not task.cancelled():
        task.exception()  # retrieved: an abandoned fetch-ahead failure is not "never retrieved"


class AsyncFetchAhead(Generic[R]):
    """Up to ``workers`` calls of ``fetch`` in flight as tasks (one worker: one task at a time)."""

    queued = 0  # a task starts on the loop's next turn: nothing to keep waiting (``FetchAhead.queued``)

    def __init__(self, fetch: Callable[[dict[str, Any]], Awaitable[R]], workers: int) -> None:
        self._fetch = fetch
        self._workers = workers
        self._running: set[asyncio.Task[R]] = set()

    def start(self, params: dict[str, Any]) -> object:
        import asyncio

        task = asyncio.ensure_future(self._fetch(params))
        task.add_done_callback(_consume)
        task.add_done_callback(self._running.discard)
        self._running.add(task)
        return task

    async def result(self, handle: object) -> R:
        import asyncio

        if isinstance(handle, asyncio.Future):
            return await handle  # type: ignore[no-any-return]
        assert isinstance(handle, dict)
        return await self._fetch(handle)

    def cancel(self) -> None:
        """Cancel every page task at once: a ``break`` leaves no request running."""
        for task in list(self._running):
            task.cancel()

    async def aclose(self) -> None:
        pending = list(self._running)
        self.cancel()
        if pending:
            import asyncio

            await asyncio.gather(*pending, return_exceptions=True)


# -- abandoning a walk ----------------------------------------------------------------------------


def abandon(generator: Generator[Any, None, None]) -> None:
    """A sync generator is closed at once (its ``finally`` blocks run now)."""
    generator.close()


def async_abandon(generator: AsyncGenerator[Any, None]) -> None:
    """Closing an async generator needs an await: the event loop finalises it when it is dropped."""


# -- a lock around one-time setup (the stores' schema check) --------------------------------------

Lock = threading.Lock
AsyncLock: TypeAlias = "asyncio.Lock"  # a name for annotations; asyncio stays off the sync import path


def lock() -> Lock:
    """Threads of a sync client wait on a thread lock."""
    return threading.Lock()


def async_lock() -> AsyncLock:
    """Tasks wait on an asyncio lock; it binds to the loop that first waits on it, not to the one
    (if any) running when it is made."""
    import asyncio

    return asyncio.Lock()
