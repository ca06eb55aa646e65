# Generated from flexport_facade/v1/_async_pages.py by scripts/unasync.py: do not edit by hand.
# Change the async source and run `make generate-sync`.
"""page/per pagination (GET /ports): ask for page 1, 2, ... until a page is empty or short.

A full page that repeats the previous one also ends the walk: a server that ignores ``page`` would
otherwise be asked forever.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from flexport_facade.v1._envelope import Record

FetchPage = Callable[[int, int], list[Record]]


def _check(page: int, per: int, max_pages: int | None) -> None:
    if page < 1 or per < 1:
        raise ValueError("page and per start at 1")
    if max_pages is not None and max_pages < 1:
        raise ValueError("max_pages must be at least 1")


def iter_pages(fetch: FetchPage, *, page: int, per: int, max_pages: int | None = None) -> Iterator[Record]:
    _check(page, per, max_pages)
    previous: list[Record] | None = None
    fetched = 0
    while max_pages is None or fetched < max_pages:
        records = fetch(page, per)
        fetched += 1
        if records == previous:
            return
        yield from records
        if len(records) < per:
            return
        previous, page = records, page + 1
