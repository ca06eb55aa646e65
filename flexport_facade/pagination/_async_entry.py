"""``apaginate``: build the pager over a page source; ``async_source_for``: pick that source."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from flexport_facade import _constants
from flexport_facade._core.retry import RetryPolicy
from flexport_facade.pagination._async import AsyncPager
from flexport_facade.pagination._async_sources import AsyncOperationSource, AsyncPathSource, AsyncRequestFn
from flexport_facade.pagination._options import MAX_PAGE_SIZE, MIN_PAGE_SIZE, Progress, check_options
from flexport_facade.pagination._protocol import AsyncPageSource, Style
from flexport_facade.pagination._sources import ItemsArg


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
    prefetch: bool = True,
    **params: Any,
) -> AsyncPager[Any]:
    """A pager over ``source``; ``params`` are the operation's filters.

    ``offset=`` or ``page_info=`` among them start the walk there; ``limit`` is the page size.
    ``prefetch=False`` keeps a sequential offset walk to one request at a time (``Options``).
    """
    options = check_options(
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
        prefetch,
    )
    return AsyncPager(source, params=params, options=options, resume=resume)


def async_source_for(
    target: Any, *, request: AsyncRequestFn, retry: RetryPolicy | None = None, items: ItemsArg = None
) -> AsyncPageSource:
    """A path string becomes a path source over ``request``; a bound operation an operation source."""
    if isinstance(target, str):
        return AsyncPathSource(request, target, retry=retry, items=items)
    if hasattr(target, "meta") and hasattr(target, "raw"):
        return AsyncOperationSource(target, retry=retry, items=items)
    raise TypeError(
        f"paginate() takes a path or an operation such as fx.products.get_products, not {target!r}"
    )
