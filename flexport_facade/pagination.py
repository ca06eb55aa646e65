"""Pagination: every item of a list operation, in order, exactly once, one page in memory at a time.

    for product in fx.paginate(fx.products.get_products, limit=100): ...
    for event in fx.paginate(fx.events.get_events, type="Order.Shipped"): ...
    for page in fx.paginate("/returns").pages(): ...
    async for event in afx.paginate(afx.events.get_events): ...

**Style.** Taken from the operation's metadata (``pagination`` in operations.json, else its query
names: ``page_info`` means cursor, ``limit`` + ``offset`` means offset), else from the first answer:
a ``Link: <...>; rel="next"`` header means cursor; a non-empty page from an operation that may take
``limit``/``offset`` means offset (if the second page repeats the first, the server ignored
``offset`` and it was a single page); anything else is a single page. ``style=`` overrides.

**Offset** (``/products``, ``/products/inventory/all``): ``limit`` is capped at 100 (the documented
cap; ``max_page_size=`` to change). The offset advances by the rows actually returned, because the
server silently clamps large limits and returns short pages mid-list; only an empty page ends the
walk. A 504 from the gateway (deep offset + large page costs more than its ~29 s) is not retried
as is, since the same request fails every time: the page size is halved (100, 50, 25, 12, 10; the
floor is ``min_page_size=10``) and the same offset asked again. **The smaller size sticks** for the
rest of the walk (deeper offsets only cost more) and is recorded in the checkpoint; a 504 at the
floor is raised. ``concurrency=N`` keeps up to N page requests in flight (threads for ``Pager``,
tasks for ``AsyncPager``) and still yields in order with no gap or repeat: pages run ahead by the
page size, and a short page gets a request for its gap before anything after it is yielded.

**Cursor** (``/events``, ``/returns``): the next page is the ``page_info`` of the ``rel="next"``
link (parsed by httpx; a header without ``rel="next"``, or none, ends the walk). After the first
page only ``limit`` and ``page_info`` are sent: the cursor carries the filters. An empty page that
still links onwards goes on, up to ``max_empty_pages=10`` in a row. A page_info the server fails
(400, which can be load shedding, or 5xx) is asked again up to ``cursor_attempts=3`` times,
``cursor_backoff=1.0`` s apart and doubling, on top of the client's own retries; then
``CursorRejected`` is raised with the checkpoint (a dead cursor answers 500 forever). Cursor walks
are sequential whatever ``concurrency`` says: each cursor comes from the previous page.

**Checkpoints.** ``pager.checkpoint`` is a small JSON dict (style, position = offset or page_info,
index within that page, page size, filters). ``paginate(op, resume=checkpoint)`` yields exactly the
items after the last one yielded, even mid-page. A cursor checkpoint at the end stays on the last
page, so resuming it later picks up items added since. Iterating a pager again continues from its
checkpoint. Filters in a checkpoint are stored JSON-safe (enums by value); pass them again on
resume to get the original objects back.

**Arguments.** Filters may be given by their spec names (``type=``, ``poolName=``) or by the
generated function's keywords (``type_=``, ``pool_name=``); they are sent as the keywords. Only
GET operations page: a write (``create_product``) or a one-resource GET (``get_product``) is a
``TypeError`` at the call, and so is a path whose first answer is one object rather than a list
(an empty list, or an object holding one, is a finished list). ``limit``, ``resume`` (a
``pager.checkpoint`` dict), ``concurrency``, ``max_items``, ``max_pages`` and the other options
are checked when given. ``repr(pager)`` shows the source, the style and the items yielded so far.

**Limits and resources.** ``max_items`` and ``max_pages`` stop early. Pages are never accumulated.
``on_progress`` is called with a ``Progress`` after each page. Leaving the loop (``break``, an
exception, ``close()``/``aclose()``, a ``with`` block) cancels queued fetch-ahead requests and
waits for running ones; in async code a ``break`` cancels the page tasks at once.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from flexport_facade.pagination_async import AsyncPager
from flexport_facade.pagination_core import (
    MAX_PAGE_SIZE,
    MIN_PAGE_SIZE,
    STYLES,
    AsyncPageFetcher,
    AsyncPageSource,
    CursorRejected,
    Options,
    PageFetcher,
    PageResult,
    PageSource,
    PaginationError,
    Progress,
    SourceSpec,
    Style,
    find_items,
    next_link,
)
from flexport_facade.pagination_sources import (
    AsyncOperationSource,
    AsyncPathSource,
    AsyncRequestFn,
    ItemsArg,
    OperationSource,
    PathSource,
    RequestFn,
    page_retry,
)
from flexport_facade.pagination_sync import Pager
from flexport_facade.retry import RetryPolicy

__all__ = [
    "AsyncOperationSource",
    "AsyncPageFetcher",
    "AsyncPageSource",
    "AsyncPager",
    "AsyncPathSource",
    "CursorRejected",
    "OperationSource",
    "Options",
    "PageFetcher",
    "PageResult",
    "PageSource",
    "Pager",
    "PaginationError",
    "PathSource",
    "Progress",
    "SourceSpec",
    "Style",
    "apaginate",
    "async_source_for",
    "find_items",
    "next_link",
    "page_retry",
    "paginate",
    "source_for",
]


def _options(
    limit: int | None,
    style: Style | None,
    max_items: int | None,
    max_pages: int | None,
    concurrency: int,
    on_progress: Callable[[Progress], None] | None,
    max_page_size: int,
    min_page_size: int,
    max_empty_pages: int,
    cursor_attempts: int,
    cursor_backoff: float,
    resume: Any,
) -> Options:
    _check_int("limit", limit, 1, optional=True)
    _check_int("max_items", max_items, 0, optional=True)
    _check_int("max_pages", max_pages, 0, optional=True)
    _check_int("concurrency", concurrency, 1)
    _check_int("max_page_size", max_page_size, 1)
    _check_int("min_page_size", min_page_size, 1)
    _check_int("max_empty_pages", max_empty_pages, 0)
    _check_int("cursor_attempts", cursor_attempts, 1)
    if isinstance(cursor_backoff, bool) or not isinstance(cursor_backoff, int | float) or cursor_backoff < 0:
        raise TypeError(f"cursor_backoff must be a number of seconds >= 0, not {_shown(cursor_backoff)}")
    if style is not None and style not in STYLES:
        raise TypeError(f"style must be one of {', '.join(map(repr, STYLES))} or None, not {_shown(style)}")
    if on_progress is not None and not callable(on_progress):
        raise TypeError(f"on_progress must be callable (it is given a Progress), not {_shown(on_progress)}")
    if resume is not None and not isinstance(resume, Mapping):
        raise TypeError(
            f"resume must be a checkpoint dict (as pager.checkpoint gives, e.g. loaded back from JSON), "
            f"not {_shown(resume)}"
        )
    return Options(
        page_size=limit or max_page_size,
        max_page_size=max_page_size,
        min_page_size=min(min_page_size, max_page_size),
        style=style,
        max_items=max_items,
        max_pages=max_pages,
        concurrency=concurrency,
        on_progress=on_progress,
        max_empty_pages=max_empty_pages,
        cursor_attempts=cursor_attempts,
        cursor_backoff=cursor_backoff,
    )


def _shown(value: Any) -> str:
    text = repr(value)
    return f"{text[:60] + '...' if len(text) > 60 else text} ({type(value).__name__})"


def _check_int(name: str, value: Any, minimum: int, *, optional: bool = False) -> None:
    """Arguments are checked when given, not when first used deep inside a walk."""
    if value is None and optional:
        return
    if isinstance(value, bool) or not isinstance(value, int):
        expected = f"an int >= {minimum}" + (" or None" if optional else "")
        raise TypeError(f"{name} must be {expected}, not {_shown(value)}")
    if value < minimum:
        raise ValueError(f"{name} must be >= {minimum}, not {value}")


def paginate(
    source: PageSource,
    /,
    *,
    limit: int | None = None,
    resume: Mapping[str, Any] | None = None,
    style: Style | None = None,
    max_items: int | None = None,
    max_pages: int | None = None,
    concurrency: int = 1,
    on_progress: Callable[[Progress], None] | None = None,
    max_page_size: int = MAX_PAGE_SIZE,
    min_page_size: int = MIN_PAGE_SIZE,
    max_empty_pages: int = 10,
    cursor_attempts: int = 3,
    cursor_backoff: float = 1.0,
    **params: Any,
) -> Pager[Any]:
    """A ``Pager`` over ``source``; ``params`` are the operation's filters.

    ``offset=`` or ``page_info=`` among them start the walk there; ``limit`` is the page size.
    """
    options = _options(
        limit,
        style,
        max_items,
        max_pages,
        concurrency,
        on_progress,
        max_page_size,
        min_page_size,
        max_empty_pages,
        cursor_attempts,
        cursor_backoff,
        resume,
    )
    return Pager(source, params=params, options=options, resume=resume)


def apaginate(
    source: AsyncPageSource,
    /,
    *,
    limit: int | None = None,
    resume: Mapping[str, Any] | None = None,
    style: Style | None = None,
    max_items: int | None = None,
    max_pages: int | None = None,
    concurrency: int = 1,
    on_progress: Callable[[Progress], None] | None = None,
    max_page_size: int = MAX_PAGE_SIZE,
    min_page_size: int = MIN_PAGE_SIZE,
    max_empty_pages: int = 10,
    cursor_attempts: int = 3,
    cursor_backoff: float = 1.0,
    **params: Any,
) -> AsyncPager[Any]:
    """``paginate`` for async sources."""
    options = _options(
        limit,
        style,
        max_items,
        max_pages,
        concurrency,
        on_progress,
        max_page_size,
        min_page_size,
        max_empty_pages,
        cursor_attempts,
        cursor_backoff,
        resume,
    )
    return AsyncPager(source, params=params, options=options, resume=resume)


def source_for(
    target: Any, *, request: RequestFn, retry: RetryPolicy | None = None, items: ItemsArg = None
) -> PageSource:
    """A path string becomes a ``PathSource`` over ``request``; a bound operation an ``OperationSource``."""
    if isinstance(target, str):
        return PathSource(request, target, retry=retry, items=items)
    if hasattr(target, "meta") and hasattr(target, "raw"):
        return OperationSource(target, retry=retry, items=items)
    raise TypeError(
        f"paginate() takes a path or an operation such as fx.products.get_products, not {target!r}"
    )


def async_source_for(
    target: Any, *, request: AsyncRequestFn, retry: RetryPolicy | None = None, items: ItemsArg = None
) -> AsyncPageSource:
    if isinstance(target, str):
        return AsyncPathSource(request, target, retry=retry, items=items)
    if hasattr(target, "meta") and hasattr(target, "raw"):
        return AsyncOperationSource(target, retry=retry, items=items)
    raise TypeError(f"paginate() takes a path or an operation such as afx.events.get_events, not {target!r}")
