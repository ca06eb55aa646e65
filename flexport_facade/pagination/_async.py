"""The async pager: ``async for item in pager``, ``pager.pages()``; asyncio tasks for fetch-ahead.

``async for`` does not close an iterator it breaks out of, and an async generator is only closed
later by the event loop. So the iterator handed out is a small object that owns the set of page
tasks and cancels them the moment it is dropped: a ``break`` leaves no request running.
"""

from __future__ import annotations

import asyncio
import weakref
from collections.abc import AsyncGenerator, AsyncIterator, Awaitable, Callable, Mapping
from types import TracebackType
from typing import Any, Generic, TypeVar

from flexport_facade.pagination._walk import AsyncPageSource, OffsetPlan, Options, PageResult, Slot, Walk

T = TypeVar("T")


def _consume(task: asyncio.Task[Any]) -> None:
    if not task.cancelled():
        task.exception()  # retrieved: an abandoned fetch-ahead failure is not "never retrieved"


class _Iter(Generic[T]):
    """Items or pages from the page generator; owns the fetch-ahead tasks."""

    def __init__(self, pager: AsyncPager[Any], *, items: bool) -> None:
        self._tasks: set[asyncio.Task[PageResult]] = set()
        self._pager = pager
        self._walk = pager._walk
        self._agen = pager._pages(self._tasks)
        self._items = items
        self._page: list[Any] = []
        self._at = 0

    def __aiter__(self) -> _Iter[T]:
        return self

    async def __anext__(self) -> T:
        if not self._items:
            page: Any = await self._agen.__anext__()
            self._pager._yielded += len(page)
            return page  # type: ignore[no-any-return]
        while self._at >= len(self._page):
            self._page, self._at = await self._agen.__anext__(), 0
        item: T = self._page[self._at]
        self._at += 1
        self._walk.index += 1
        self._pager._yielded += 1
        return item

    async def aclose(self) -> None:
        self._cancel()
        await self._agen.aclose()

    def _cancel(self) -> None:
        for task in self._tasks:
            task.cancel()

    def __del__(self) -> None:
        self._cancel()


class AsyncPager(Generic[T]):
    """``Pager`` for async sources; the same options, checkpoints and stopping rules."""

    def __init__(
        self,
        source: AsyncPageSource,
        *,
        params: Mapping[str, Any] | None = None,
        options: Options | None = None,
        resume: Mapping[str, Any] | None = None,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        self._source = source
        self._opts = options or Options()
        self._walk = Walk(source.spec, self._opts, params or {}, resume)
        self._started = False
        self._sleep = sleep
        self._active: weakref.ref[_Iter[Any]] | None = None
        self._yielded = 0  # items handed to the caller over every iteration of this pager

    def __repr__(self) -> str:
        walk = self._walk
        return f"AsyncPager(source={walk.spec.name!r}, style={walk.style!r}, items={self._yielded})"

    @property
    def checkpoint(self) -> dict[str, Any]:
        return self._walk.checkpoint()

    @property
    def style(self) -> str | None:
        return self._walk.style

    def __aiter__(self) -> AsyncIterator[T]:
        return self._track(items=True)

    def pages(self) -> AsyncIterator[list[T]]:
        return self._track(items=False)

    async def aclose(self) -> None:
        active = self._active() if self._active is not None else None
        if active is not None:
            await active.aclose()

    async def __aenter__(self) -> AsyncPager[T]:
        return self

    async def __aexit__(self, *exc: type[BaseException] | BaseException | TracebackType | None) -> None:
        await self.aclose()

    # -- internals ------------------------------------------------------------------------------

    def _track(self, *, items: bool) -> _Iter[Any]:
        active = self._active() if self._active is not None else None
        if active is not None:
            active._cancel()
        if self._started:
            self._walk = Walk(self._source.spec, self._opts, {}, self._walk.checkpoint())
        self._started = True
        it: _Iter[Any] = _Iter(self, items=items)
        self._active = weakref.ref(it)
        return it

    async def _pages(self, tasks: set[asyncio.Task[PageResult]]) -> AsyncGenerator[list[T], None]:
        walk = self._walk
        while walk.style != "offset" and walk.page_allowed():
            try:
                page = await self._source.fetch(walk.request())
            except Exception as exc:
                await self._sleep(walk.fail(exc))
                continue
            out = walk.accept(page, list(page.items))
            if out:
                walk.items += len(out)
                base = walk.index
                yield out
                walk.index = base + len(out)
            walk.turn_page()
        if walk.style == "offset" and walk.page_allowed():
            inner = self._offset_pages(walk, tasks)
            try:
                async for out in inner:
                    yield out
            finally:
                await inner.aclose()  # closing this generator closes the fetch-ahead now, not at GC

    async def _offset_pages(
        self, walk: Walk, tasks: set[asyncio.Task[PageResult]]
    ) -> AsyncGenerator[list[T], None]:
        plan = OffsetPlan(walk)
        ahead = walk.opts.concurrency > 1
        fetch = self._source.fetch

        def start(slot: Slot) -> None:
            params = {**walk.params, "limit": slot.limit, "offset": slot.offset}
            if not ahead:
                slot.handle = params
                return
            task = asyncio.ensure_future(fetch(params))
            task.add_done_callback(_consume)
            task.add_done_callback(tasks.discard)
            tasks.add(task)
            slot.handle = task

        async def result(slot: Slot) -> PageResult:
            handle = slot.handle
            return await handle if isinstance(handle, asyncio.Future) else await fetch(handle)

        try:
            while walk.page_allowed():
                for slot in plan.wanted(len(plan.slots)):
                    start(slot)
                if not plan.slots:
                    break
                try:
                    page = await result(plan.head())
                except Exception as exc:
                    await self._sleep(walk.fail(exc, plan.head().limit))  # raises unless a 504 shrank it
                    start(plan.retry_head())
                    continue
                out, gap = plan.accept_head(list(page.items))
                if gap is not None:
                    start(gap)
                if out:
                    walk.items += len(out)
                    yield out
                    walk.index = len(out)
                    walk.turn_page()
        finally:
            pending = list(tasks)
            for task in pending:
                task.cancel()
            if pending:
                await asyncio.gather(*pending, return_exceptions=True)
