"""The pager: iterate it for the items, ``pager.pages()`` for the pages, ``pager.checkpoint`` to resume.

The iterator handed out is a small object that owns the walk's fetch-ahead (``_core._concurrency``:
tasks for the async pager, a thread pool for the sync one) and stops it the moment it is closed or
dropped. The async pager needs it most: a loop that breaks out does not close the iterator, and an
async generator is only closed later by the event loop, so a ``break`` would leave requests running.
"""

from __future__ import annotations

import weakref
from collections.abc import AsyncGenerator, AsyncIterator, Awaitable, Callable, Mapping
from types import TracebackType
from typing import Any, Generic, TypeVar

from flexport_facade._core import _concurrency
from flexport_facade.pagination._offset_plan import OffsetPlan, Slot
from flexport_facade.pagination._options import Options
from flexport_facade.pagination._protocol import AsyncPageSource, PageResult
from flexport_facade.pagination._walk import Walk

T = TypeVar("T")


class _Iter(Generic[T]):
    """Items or pages from the page generator; owns the fetch-ahead."""

    def __init__(self, pager: AsyncPager[Any], *, items: bool) -> None:
        self._ahead: _concurrency.AsyncFetchAhead[PageResult] = _concurrency.AsyncFetchAhead(
            pager._source.fetch, pager._walk.opts.most_in_flight
        )
        self._pager = pager
        self._walk = pager._walk
        self._agen = pager._pages(self._ahead)
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
            self._page = []  # the page just read is let go before the next one is built
            self._page, self._at = await self._agen.__anext__(), 0
        item: T = self._page[self._at]
        self._at += 1
        self._walk.index += 1
        self._pager._yielded += 1
        return item

    async def aclose(self) -> None:
        self._ahead.cancel()
        await self._agen.aclose()

    def abandon(self) -> None:
        """Another iteration of the pager starts: cancel this one's requests and let it go."""
        self._ahead.cancel()
        _concurrency.async_abandon(self._agen)

    def __del__(self) -> None:
        self._ahead.cancel()


class AsyncPager(Generic[T]):
    """The items (or ``.pages()``) of every page of one operation, one page in memory at a time.

    Each new iteration continues from ``checkpoint`` (so a ``break`` followed by another loop
    picks up after the last item yielded). ``aclose()`` (or leaving a ``with`` block, or dropping the
    iterator) stops a walk at once: pending fetch-ahead requests are cancelled, running ones awaited.
    """

    def __init__(
        self,
        source: AsyncPageSource,
        *,
        params: Mapping[str, Any] | None = None,
        options: Options | None = None,
        resume: Mapping[str, Any] | None = None,
        sleep: Callable[[float], Awaitable[None]] = _concurrency.async_sleep,
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
        """JSON-serialisable; ``resume=`` it to get exactly the items after the last one yielded."""
        return self._walk.checkpoint()

    @property
    def style(self) -> str | None:
        """offset, cursor or single; None until the first response when the operation does not say."""
        return self._walk.style

    def __aiter__(self) -> AsyncIterator[T]:
        return self._track(items=True)

    def pages(self) -> AsyncIterator[list[T]]:
        """The pages as lists (a resumed first page holds only the items not yet yielded)."""
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
            active.abandon()  # one walk at a time: a new iteration continues where the last one stopped
        if self._started:
            self._walk = Walk(self._source.spec, self._opts, {}, self._walk.checkpoint())
        self._started = True
        it: _Iter[Any] = _Iter(self, items=items)
        self._active = weakref.ref(it)  # weak: dropping the iterator stops it (and its requests)
        return it

    async def _pages(self, ahead: _concurrency.AsyncFetchAhead[PageResult]) -> AsyncGenerator[list[T], None]:
        walk = self._walk
        try:
            async for out in self._sequential_pages(walk, ahead):
                yield out
            if walk.style == "offset" and walk.page_allowed():
                inner = self._offset_pages(walk, ahead)
                try:
                    async for out in inner:
                        yield out
                finally:
                    await inner.aclose()  # closing this generator stops the fetch-ahead now, not at GC
        finally:
            await ahead.aclose()

    async def _sequential_pages(
        self, walk: Walk, ahead: _concurrency.AsyncFetchAhead[PageResult]
    ) -> AsyncGenerator[list[T], None]:
        """Cursor and single pages, and the first page of an undeclared style. The next cursor page is
        asked for as soon as this one's Link header (or, with max_items, its item count) says it is
        needed, so it is on its way while this page is decoded, built and read."""
        handle: object | None = None
        asked: dict[str, Any] | None = None
        while walk.style != "offset" and walk.page_allowed():
            params = walk.request()
            early, handle = (handle if params == asked else None), None
            try:
                arrived = await (ahead.result(early) if early is not None else self._source.fetch(params))
                asked = walk.ahead_of_decoding(arrived.headers)
                if asked is not None:
                    handle = ahead.start(asked)
                page = arrived.decoded()
                del arrived
            except Exception as exc:
                await self._sleep(walk.fail(exc))
                continue
            records = walk.accept(page, list(page.items))
            if handle is None:
                asked = walk.ahead_of_building(len(records))
                if asked is not None:
                    handle = ahead.start(asked)
            await _concurrency.async_let_others_run()
            out = page.built(records)
            del page, records
            if out:
                walk.items += len(out)
                base = walk.index
                yield out
                walk.index = base + len(out)
            walk.turn_page()
            out = []

    async def _offset_pages(
        self, walk: Walk, ahead: _concurrency.AsyncFetchAhead[PageResult]
    ) -> AsyncGenerator[list[T], None]:
        plan = OffsetPlan(walk, ahead.queued)

        def start(slot: Slot) -> None:
            slot.handle = ahead.start({**walk.params, "limit": slot.limit, "offset": slot.offset})

        try:
            while walk.page_allowed():
                for slot in plan.wanted(len(plan.slots)):
                    start(slot)
                if not plan.slots:
                    break
                try:
                    arrived = await ahead.result(plan.head().handle)
                except Exception as exc:
                    await self._sleep(walk.fail(exc, plan.head().limit))  # raises unless a 504 shrank it
                    start(plan.retry_head())
                    continue
                # The next pages go out while this one is decoded; a sequential prefetch waits for its
                # rows instead, so an empty page (the end) is followed by one request at most.
                if walk.opts.concurrency > 1:
                    for slot in plan.wanted(len(plan.slots) - 1):
                        start(slot)
                page = arrived.decoded()
                del arrived
                records, gap = plan.accept_head(list(page.items), page.content_key)
                if gap is not None:
                    start(gap)
                for slot in plan.wanted(len(plan.slots)):
                    start(slot)  # the exact next offsets, on their way while this page is built
                await _concurrency.async_let_others_run()
                out = page.built(records)
                del page, records  # only the models stay alive while the caller reads them
                if out:
                    walk.items += len(out)
                    yield out
                    walk.index = len(out)
                    walk.turn_page()
                out = []
        finally:
            # Nothing outlives the walk: queued pages are dropped, running ones are waited for.
            await ahead.aclose()
