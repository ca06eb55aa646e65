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
with one more queued for the next free thread; tasks for ``AsyncPager``) and still yields in order
with no gap or repeat: pages run ahead by the
page size, and a short page gets a request for its gap before anything after it is yielded. The
next page is always asked for before this one's models are built. At ``concurrency=1``,
``prefetch=True`` (the default) keeps a second request in flight once two pages have differed
(the server honours ``offset``) and until a 504 shrinks the page: it asks at most one page past
the empty one that ends the walk, and never past ``max_items`` or ``max_pages``;
``prefetch=False`` sends one request at a time.

**Cursor** (``/events``, ``/returns``): the next page is the ``page_info`` of the ``rel="next"``
link (parsed by httpx; a header without ``rel="next"``, or none, ends the walk). After the first
page only ``limit`` and ``page_info`` are sent: the cursor carries the filters. An empty page that
still links onwards goes on, up to ``max_empty_pages=10`` in a row. A page_info the server fails
(400, which can be load shedding, or 5xx) is asked again up to ``cursor_attempts=3`` times,
``cursor_backoff=1.0`` s apart and doubling, on top of the client's own retries; then
``CursorRejected`` is raised with the checkpoint (a dead cursor answers 500 forever). Cursor walks
are sequential whatever ``concurrency`` says: each cursor comes from the previous page. The next
page is asked for as soon as this one's Link header is read (with ``max_items``: once its items
are counted), so it is on its way while this page is decoded, built and read.

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

**Where each decision is made.** ``_async.py`` (``AsyncPager``; ``_sync.py``, ``Pager``, is generated
from it) only moves pages between a source and the caller and keeps requests in flight; every
decision is made once, in modules both pagers share:

- ``_walk.py`` (``Walk``): what to ask next, when to stop (``max_items``, ``max_pages``, the end),
  repeats, what a 504 or a failing cursor means, the checkpoint position;
- ``_offset_plan.py`` (``OffsetPlan``): which offset pages are in flight (how many: ``concurrency``,
  or the sequential prefetch), the gap a short page leaves;
- ``_style.py``: the style from the metadata or the first answer;
- ``_links.py``: the ``Link`` next target, the cursor it carries and its checkpoint label;
- ``_bodies.py``: which list of a body holds the items, and whether a body is one resource;
- ``_checkpoint.py``: the checkpoint format, its checks and the repeat digests it carries;
- ``_failures.py``: which errors are a gateway timeout or a cursor failure;
- ``_protocol.py``: ``PageResult``, ``SourceSpec`` and the ``PageSource`` protocols a source implements;
- ``_options.py``: ``Options``, ``Progress`` and the argument checks;
- ``_sources.py`` (answers -> pages, ``page_retry``), ``_async_sources.py`` (the operation and path
  sources), ``_async_entry.py`` (``apaginate``, ``async_source_for``), each async one with its sync twin.
"""

from __future__ import annotations

# The entry points (paginate/apaginate pick a page source and build the pager) and the pieces a
# custom source needs; ``apaginate`` and the async sources are hand-written, their sync twins generated.
from flexport_facade._exceptions import CursorRejected, PaginationError
from flexport_facade.pagination._async import AsyncPager
from flexport_facade.pagination._async_entry import apaginate, async_source_for
from flexport_facade.pagination._async_sources import AsyncOperationSource, AsyncPathSource
from flexport_facade.pagination._bodies import find_items
from flexport_facade.pagination._links import next_link
from flexport_facade.pagination._options import Options, Progress
from flexport_facade.pagination._protocol import (
    AsyncPageFetcher,
    AsyncPageSource,
    PageFetcher,
    PageResult,
    PageSource,
    SourceSpec,
    Style,
)
from flexport_facade.pagination._sources import page_retry
from flexport_facade.pagination._sync import Pager
from flexport_facade.pagination._sync_entry import paginate, source_for
from flexport_facade.pagination._sync_sources import OperationSource, PathSource

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
