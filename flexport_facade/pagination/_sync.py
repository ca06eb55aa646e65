"""The sync pager: ``for item in pager``, ``pager.pages()``, ``pager.checkpoint``; threads for fetch-ahead."""

from __future__ import annotations

import time
import weakref
from collections.abc import Callable, Generator, Iterator, Mapping
from concurrent.futures import Future, ThreadPoolExecutor
from types import TracebackType
from typing import Any, Generic, TypeVar

from flexport_facade.pagination._walk import OffsetPlan, Options, PageResult, PageSource, Slot, Walk

T = TypeVar("T")


class Pager(Generic[T]):
    """Iterate the items (or ``.pages()``) of every page of one operation, one page in memory at a time.

    Each new iteration continues from ``checkpoint`` (so a ``break`` followed by another ``for``
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
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self._source = source
        self._opts = options or Options()
        self._walk = Walk(source.spec, self._opts, params or {}, resume)
        self._started = False
        self._sleep = sleep
        self._active: weakref.ref[Generator[Any, None, None]] | None = None
        self._yielded = 0  # items handed to the caller over every iteration of this pager

    def __repr__(self) -> str:
        return f"Pager(source={self._walk.spec.name!r}, style={self._walk.style!r}, items={self._yielded})"

    @property
    def checkpoint(self) -> dict[str, Any]:
        """JSON-serialisable; ``resume=`` it to get exactly the items after the last one yielded."""
        return self._walk.checkpoint()

    @property
    def style(self) -> str | None:
        """offset, cursor or single; None until the first response when the operation does not say."""
        return self._walk.style

    def __iter__(self) -> Iterator[T]:
        return self._track(self._items())

    def pages(self) -> Iterator[list[T]]:
        """The pages as lists (a resumed first page holds only the items not yet yielded)."""
        return self._track(self._counted_pages())

    def close(self) -> None:
        active = self._active() if self._active is not None else None
        if active is not None:
            active.close()

    def __enter__(self) -> Pager[T]:
        return self

    def __exit__(self, *exc: type[BaseException] | BaseException | TracebackType | None) -> None:
        self.close()

    # -- internals ------------------------------------------------------------------------------

    def _track(self, gen: Generator[Any, None, None]) -> Generator[Any, None, None]:
        self.close()  # one walk at a time: a new iteration continues where the last one stopped
        if self._started:
            self._walk = Walk(self._source.spec, self._opts, {}, self._walk.checkpoint())
        self._started = True
        self._active = weakref.ref(gen)  # weak: dropping the iterator closes it (and its requests)
        return gen

    def _items(self) -> Generator[T, None, None]:
        walk = self._walk
        pages = self._pages()
        try:
            for page in pages:
                for item in page:
                    walk.index += 1
                    self._yielded += 1
                    yield item
        finally:
            pages.close()

    def _counted_pages(self) -> Generator[list[T], None, None]:
        pages = self._pages()
        try:
            for page in pages:
                self._yielded += len(page)
                yield page
        finally:
            pages.close()

    def _pages(self) -> Generator[list[T], None, None]:
        walk = self._walk
        while walk.style != "offset" and walk.page_allowed():
            try:
                page = self._source.fetch(walk.request())
            except Exception as exc:
                self._sleep(walk.fail(exc))
                continue
            out = walk.accept(page, list(page.items))
            if out:
                walk.items += len(out)
                base = walk.index
                yield out
                walk.index = base + len(out)
            walk.turn_page()
        if walk.style == "offset" and walk.page_allowed():
            yield from self._offset_pages(walk)

    def _offset_pages(self, walk: Walk) -> Generator[list[T], None, None]:
        plan = OffsetPlan(walk)
        pool = (
            ThreadPoolExecutor(walk.opts.concurrency, "flexport-page") if walk.opts.concurrency > 1 else None
        )
        fetch = self._source.fetch

        def start(slot: Slot) -> None:
            params = {**walk.params, "limit": slot.limit, "offset": slot.offset}
            slot.handle = pool.submit(fetch, params) if pool is not None else params

        def result(slot: Slot) -> PageResult:
            handle = slot.handle
            return handle.result() if isinstance(handle, Future) else fetch(handle)

        try:
            while walk.page_allowed():
                for slot in plan.wanted(len(plan.slots)):
                    start(slot)
                if not plan.slots:
                    break
                try:
                    page = result(plan.head())
                except Exception as exc:
                    self._sleep(walk.fail(exc, plan.head().limit))  # raises unless a 504 shrank it
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
            if pool is not None:
                # Nothing outlives the walk: queued pages are dropped, running ones are waited for.
                for slot in plan.slots:
                    if isinstance(slot.handle, Future):
                        slot.handle.cancel()
                pool.shutdown(wait=True, cancel_futures=True)
