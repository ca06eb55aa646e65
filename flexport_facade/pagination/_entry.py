"""The entry points, gathered: ``paginate``/``apaginate`` pick a page source and build the pager.

``apaginate`` and the async sources are written in ``_async_entry``/``_async_sources``; ``paginate``
and the sync sources are generated from them (``_sync_entry``/``_sync_sources``).
"""

from __future__ import annotations

from flexport_facade._exceptions import CursorRejected, PaginationError
from flexport_facade.pagination._async import AsyncPager
from flexport_facade.pagination._async_entry import apaginate, async_source_for
from flexport_facade.pagination._async_sources import AsyncOperationSource, AsyncPathSource
from flexport_facade.pagination._sources import page_retry
from flexport_facade.pagination._sync import Pager
from flexport_facade.pagination._sync_entry import paginate, source_for
from flexport_facade.pagination._sync_sources import OperationSource, PathSource
from flexport_facade.pagination._walk import (
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
