"""The entry points: ``paginate``/``apaginate`` pick a page source and build the pager."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from flexport_facade import _constants
from flexport_facade._core.retry import RetryPolicy
from flexport_facade._exceptions import CursorRejected, PaginationError
from flexport_facade.pagination._async import AsyncPager
from flexport_facade.pagination._sources import (
    AsyncOperationSource,
    AsyncPathSource,
    AsyncRequestFn,
    ItemsArg,
    OperationSource,
    PathSource,
    RequestFn,
    page_retry,
)
from flexport_facade.pagination._sync import Pager
from flexport_facade.pagination._walk import (
    MAX_PAGE_SIZE,
    MIN_PAGE_SIZE,
    STYLES,
    AsyncPageFetcher,
    AsyncPageSource,
    Options,
    PageFetcher,
    PageResult,
    PageSource,
    Progress,
    SourceSpec,
    Style,
    find_items,
    next_link,
)

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
    max_empty_pages: int = _constants.MAX_EMPTY_PAGES,
    cursor_attempts: int = _constants.CURSOR_ATTEMPTS,
    cursor_backoff: float = _constants.CURSOR_BACKOFF,
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
    max_empty_pages: int = _constants.MAX_EMPTY_PAGES,
    cursor_attempts: int = _constants.CURSOR_ATTEMPTS,
    cursor_backoff: float = _constants.CURSOR_BACKOFF,
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
