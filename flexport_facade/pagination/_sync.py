# Generated from flexport_facade/pagination/_async.py by scripts/unasync.py: do not edit by hand.
# Change the async source and run `make generate-sync`.
"""The pager: iterate it for the items, ``pager.pages()`` for the pages, ``pager.checkpoint`` to resume.

The iterator handed out is a small object that owns the walk's fetch-ahead (``_core._concurrency``:
tasks for the async pager, a thread pool for the sync one) and stops it the moment it is closed or
dropped. The async pager needs it most: a loop that breaks out does not close the iterator, and an
async generator is only closed later by the event loop, so a ``break`` would leave requests running.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Generator, Iterator, Mapping
from types import TracebackType
from typing import Any, Generic, TypeVar

from flexport_facade._core import _concurrency
from flexport_facade.pagination._offset_plan import OffsetPlan, Slot
from flexport_facade.pagination._options import Options
from flexport_facade.pagination._protocol import PageResult, PageSource
from flexport_facade.pagination._walk import Walk

T = TypeVar("T")


class _Iter(Generic[T]):
    """Items or pages from the page generator; owns the fetch-ahead."""

    def __init__(self, pager: Pager[Any], *, items: bool) -> None:
        self._ahead: _concurrency.FetchAhead[PageResult] = _concurrency.FetchAhead(
            pager._source.fetch, pager._walk.opts.most_in_flight
        )
        self._pager = pager
        self._walk = pager._walk
        self._agen = pager._pages(self._ahead)
        self._items = items
        self._page: list[Any] = []
        self._at = 0

    def __iter__(self) -> _Iter[T]:
        return self

    def __next__(self) -> T:
        if not self._items:
            page: Any = self._agen.__next__()
            self._pager._yielded += len(page)
            return page  # type: ignore[no-any-return]
        while self._at >= len(self._page):
            self._page = []  # the page just read is let go before the next one is built
            self._page, self._at = self._agen.__next__(), 0
        item: T = self._page[self._at]
        self._at += 1
        self._walk.index += 1
        self._pager._yielded += 1
        return item

    def close(self) -> None:
        self._ahead.cancel()
        self._agen.close()

    def abandon(self) -> None:
        """Another iteration of the pager starts: cancel this one's requests and let it go."""
        self._ahead.cancel()
        _concurrency.abandon(self._agen)

    def __del__(self) -> None:
        self._ahead.cancel()


class Pager(Generic[T]):
    """The items (or ``.pages()``) of every page of one operation, one page in memory at a time.

    Each new iteration continues from ``checkpoint`` (so a ``break`` followed by another loop
    picks up after the last item yielded). ``close()`` (or leaving a ``with`` block, or dropping the
    iterator) stops a walk at once: pending fetch-ahead requests are cancelled, running ones awaited.
    """

    def __init__(
        self,
        source: PageSource,
        *,
        params: Mapping[str, Any] | None = None,
        options: Options | None = None,
        resume: Mapping[str, Any] | None = None,
        sleep: Callable[[float], None] = _concurrency.sleep,
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
        return f"Pager(source={walk.spec.name!r}, style={walk.style!r}, items={self._yielded})"

    @property
    def checkpoint(self) -> dict[str, Any]:
        """JSON-serialisable; ``resume=`` it to get exactly the items after the last one yielded."""
        return self._walk.checkpoint()

    @property
    def style(self) -> str | None:
        """offset, cursor or single; None until the first response when the operation does not say."""
        return self._walk.style

    def __iter__(self) -> Iterator[T]:
        return self._track(items=True)

    def pages(self) -> Iterator[list[T]]:
        """The pages as lists (a resumed first page holds only the items not yet yielded)."""
        return self._track(items=False)

    def close(self) -> None:
        active = self._active() if self._active is not None else None
        if active is not None:
            active.close()

    def __enter__(self) -> Pager[T]:
        return self

    def __exit__(self, *exc: type[BaseException] | BaseException | TracebackType | None) -> None:
        self.close()

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

    def _pages(self, ahead: _concurrency.FetchAhead[PageResult]) -> Generator[list[T], None, None]:
        walk = self._walk
        try:
            for out in self._sequential_pages(walk, ahead):
                yield out
            if walk.style == "offset" and walk.page_allowed():
                inner = self._offset_pages(walk, ahead)
                try:
                    for out in inner:
                        yield out
                finally:
                    inner.close()  # closing this generator stops the fetch-ahead now, not at GC
        finally:
            ahead.close()

    def _sequential_pages(
        self, walk: Walk, ahead: _concurrency.FetchAhead[PageResult]
    ) -> Generator[list[T], None, None]:
        """Cursor and single pages, and the first page of an undeclared style. The next cursor page is
        asked for as soon as this one's Link header (or, with max_items, its item count) says it is
        needed, so it is on its way while this page is decoded, built and read."""
        handle: object | None = None
        asked: dict[str, Any] | None = None
        while walk.style != "offset" and walk.page_allowed():
            params = walk.request()
            early, handle = (handle if params == asked else None), None
            try:
                arrived = ahead.result(early) if early is not None else self._source.fetch(params)
                asked = walk.ahead_of_decoding(arrived.headers)
                if asked is not None:
                    handle = ahead.start(asked)
                page = arrived.decoded()
                del arrived
            except Exception as exc:
                self._sleep(walk.fail(exc))
                continue
            records = walk.accept(page, list(page.items))
            if handle is None:
                asked = walk.ahead_of_building(len(records))
                if asked is not None:
                    handle = ahead.start(asked)
            _concurrency.let_others_run()
            out = page.built(records)
            del page, records
            if out:
                walk.items += len(out)
                base = walk.index
                yield out
                walk.index = base + len(out)
            walk.turn_page()
            out = []

    def _offset_pages(
        self, walk: Walk, ahead: _concurrency.FetchAhead[PageResult]
    ) -> Generator[list[T], None, None]:
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
                    arrived = ahead.result(plan.head().handle)
                except Exception as exc:
                    self._sleep(walk.fail(exc, plan.head().limit))  # raises unless a 504 shrank it
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
                _concurrency.let_others_run()
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
            ahead.close()
