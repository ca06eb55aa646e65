"""Asking ahead: a sequential offset walk keeps one more page in flight (``prefetch``, on by default),
and a cursor walk asks for the next page as soon as this one's Link header says where it is.

Neither may change what is yielded, skip or repeat a row, or ask where the walk would not go.
"""

from __future__ import annotations

import asyncio
import threading
from typing import Any

import pytest
from both_clients import collect
from pager_fakes import PagerKit
from pager_server import State

from flexport_facade.pagination import (
    AsyncPager,
    Options,
    Pager,
    PageResult,
    PaginationError,
    SourceSpec,
    paginate,
)


def _ids(items: list[dict[str, Any]]) -> list[Any]:
    return [item["id"] for item in items]


def _offsets(state: State) -> list[tuple[int, int]]:
    return [(int(p.get("offset", 0)), int(p["limit"])) for path, p in state.requests if path == "/products"]


# -- offset: the sequential prefetch -----------------------------------------------------------------


@pytest.mark.parametrize("short_pages", [False, True])
@pytest.mark.parametrize("n_products", [1000, 1050, 7])
async def test_prefetch_keeps_order_and_asks_one_page_past_the_end_at_most(
    state: State, kit: PagerKit, short_pages: bool, n_products: int
) -> None:
    state.short_pages, state.n_products = short_pages, n_products
    pager = kit.paginate(kit.path("/products"), style="offset")
    assert _ids(await collect(pager)) == list(range(n_products))
    sent = _offsets(state)
    assert len(sent) == len(set(sent))  # no page asked twice
    past = [offset for offset, _ in sent if offset >= n_products]
    assert 1 <= len(past) <= 2  # the empty page that ends the walk, and at most one after it
    assert state.max_in_flight <= 2


async def test_without_prefetch_a_sequential_walk_is_one_request_at_a_time(
    state: State, kit: PagerKit
) -> None:
    state.latency = 0.002  # so two requests would overlap at the server
    pager = kit.paginate(kit.path("/products"), style="offset", prefetch=False)
    assert _ids(await collect(pager)) == list(range(state.n_products))
    assert state.max_in_flight == 1
    assert len([offset for offset, _ in _offsets(state) if offset >= state.n_products]) == 1


class _Rows:
    """``total`` rows by offset and limit; ``asked`` is set when a page's request is made."""

    spec = SourceSpec("rows", style="offset", accepts=frozenset({"limit", "offset"}))

    def __init__(self, total: int) -> None:
        self.total = total
        self.offsets: list[int] = []

    def page(self, params: dict[str, Any]) -> PageResult:
        offset, limit = params["offset"], params["limit"]
        self.offsets.append(offset)
        return PageResult(list(range(offset, min(self.total, offset + limit))))


class _SyncRows(_Rows):
    def __init__(self, total: int) -> None:
        super().__init__(total)
        self.asked = {offset: threading.Event() for offset in range(0, total + 200, 100)}

    def fetch(self, params: dict[str, Any]) -> PageResult:
        self.asked[params["offset"]].set()
        return self.page(params)


class _AsyncRows(_Rows):
    def __init__(self, total: int) -> None:
        super().__init__(total)
        self.asked = {offset: asyncio.Event() for offset in range(0, total + 200, 100)}

    async def fetch(self, params: dict[str, Any]) -> PageResult:
        self.asked[params["offset"]].set()
        return self.page(params)


def test_sync_prefetch_has_the_page_after_next_on_its_way_while_the_caller_reads() -> None:
    source = _SyncRows(500)
    got = []
    for row in Pager(source):
        if row == 100:  # reading the second page: the third and the fourth have been asked for
            assert source.asked[300].wait(10)
        got.append(row)
    assert got == list(range(500))
    _asked_to_the_end_and_one_past_at_most(source.offsets)


async def test_async_prefetch_has_the_page_after_next_on_its_way_while_the_caller_reads() -> None:
    source = _AsyncRows(500)
    got = []
    async for row in AsyncPager(source):
        if row == 100:
            await asyncio.wait_for(source.asked[300].wait(), 10)
        got.append(row)
    assert got == list(range(500))
    _asked_to_the_end_and_one_past_at_most(source.offsets)


def _asked_to_the_end_and_one_past_at_most(offsets: list[int]) -> None:
    # 500 is the empty page that ends the walk; 600 was on its way then (or cancelled before it went).
    assert sorted(offsets) in ([0, 100, 200, 300, 400, 500], [0, 100, 200, 300, 400, 500, 600])


def test_without_prefetch_the_page_after_next_waits_for_the_caller() -> None:
    source = _SyncRows(500)
    for row in Pager(source, options=Options(prefetch=False)):
        if row == 199:  # the last row of the second page: only the third has been asked for
            assert source.asked[200].wait(10) and not source.asked[300].is_set()
    assert sorted(source.offsets) == [0, 100, 200, 300, 400, 500]


@pytest.mark.parametrize("limits", [{"max_items": 250}, {"max_pages": 3}, {"max_items": 300}])
async def test_prefetch_never_asks_past_max_items_or_max_pages(
    state: State, kit: PagerKit, limits: dict[str, int]
) -> None:
    state.short_pages = False
    pager = kit.paginate(kit.path("/products"), style="offset", **limits)
    got = _ids(await collect(pager))
    assert got == list(range(len(got))) and len(got) in (250, 300)
    assert sorted(_offsets(state)) == [(0, 100), (100, 100), (200, 100)]


async def test_a_504_under_prefetch_halves_that_offset_and_the_walk_goes_one_at_a_time(
    state: State, kit: PagerKit
) -> None:
    pager = kit.paginate(kit.path("/products"), style="offset")
    assert _ids(await collect(pager)) == list(range(state.n_products))
    sent = _offsets(state)
    cost = state.cost
    assert cost is not None
    timed_out = [(offset, limit) for offset, limit in sent if limit * offset > cost]
    assert timed_out  # the server's 504s happened (it answers 504 exactly when limit * offset > cost)
    for offset, limit in timed_out:  # each asked again at the same offset for at most half
        later = sent[sent.index((offset, limit)) + 1 :]
        assert any(o == offset and lim <= limit // 2 for o, lim in later)
    first_halved = next(i for i, (_, limit) in enumerate(sent) if limit < 100)
    # Only a request already in flight when the first 504 came still carries the old size.
    assert len([1 for _, limit in sent[first_halved:] if limit == 100]) <= 1
    assert pager.checkpoint["page_size"] == 25


async def test_a_server_ignoring_offset_is_caught_by_its_body_without_a_request_more(
    state: State, kit: PagerKit
) -> None:
    # /webhooks answers the same three rows at every offset; declared offset, so the second page is
    # compared with the first by the digest of its bytes (PageResult.content_key).
    pager = kit.paginate(kit.path("/webhooks"), style="offset")
    with pytest.raises(PaginationError, match="ignores offset"):
        await collect(pager)
    assert len(state.requests) == 2


class _LimitIgnoringSource:
    """Every row from ``offset`` to the end whatever the limit, with one key for every body: the key
    stands for the whole body, so the walk must not use it for the part it keeps."""

    spec = SourceSpec("ignores-limit", style="offset", accepts=frozenset({"limit", "offset"}))

    def __init__(self, total: int) -> None:
        self.total = total

    def fetch(self, params: dict[str, Any]) -> PageResult:
        return PageResult(list(range(params["offset"], self.total)), content_key=42)


def test_a_trimmed_page_is_compared_by_its_rows_not_by_the_body_key() -> None:
    assert list(Pager(_LimitIgnoringSource(250), options=Options(page_size=100))) == list(range(250))


# -- cursor: the next page is asked for while this one is read ---------------------------------------


class _Cursors:
    """Three pages of three items by page_info, counting how many items the caller had at each ask."""

    spec = SourceSpec("cursor-ahead", style="cursor")

    def __init__(self) -> None:
        self.read = 0  # items the caller has taken so far
        self.asked_at: list[int] = []
        self.asked = [threading.Event() for _ in range(4)]

    def page(self, params: dict[str, Any]) -> PageResult:
        n = int(params.get("page_info", 0))
        self.asked_at.append(self.read)
        self.asked[n].set()
        link = {"link": f'<https://x/e?page_info={n + 1}>; rel="next"'} if n < 2 else {}
        return PageResult([f"{n}-{i}" for i in range(3)], link)


class _SyncCursors(_Cursors):
    def fetch(self, params: dict[str, Any]) -> PageResult:
        return self.page(params)


class _AsyncCursors(_Cursors):
    async def fetch(self, params: dict[str, Any]) -> PageResult:
        return self.page(params)


async def test_async_cursor_walk_asks_for_the_next_page_before_this_one_is_read() -> None:
    source = _AsyncCursors()
    got = []
    async for item in AsyncPager(source):
        got.append(item)
        source.read += 1
        await asyncio.sleep(0)  # the next page's task gets to run while the caller reads
    assert got == [f"{n}-{i}" for n in range(3) for i in range(3)]
    # Page 2 was asked for before the caller had page 1's first item (the pager gives the loop a turn
    # before it builds a page, and the task asking for page 2 is ready by then), page 3 likewise.
    assert source.asked_at == [0, 0, 3]


def test_sync_cursor_walk_asks_for_the_next_page_while_the_caller_reads() -> None:
    source = _SyncCursors()
    got = []
    for item in Pager(source):
        if item == "0-0":  # still on the first page: the second is already on its way
            assert source.asked[1].wait(10)
        got.append(item)
        source.read += 1
    assert got == [f"{n}-{i}" for n in range(3) for i in range(3)]
    assert len(source.asked_at) == 3  # no page asked twice, nothing past the last


@pytest.mark.parametrize(("limits", "pages"), [({"max_items": 6}, 2), ({"max_pages": 2}, 2), ({}, 3)])
def test_cursor_asking_ahead_stops_at_max_items_and_max_pages(limits: dict[str, int], pages: int) -> None:
    source = _SyncCursors()
    got = list(paginate(source, **limits))  # type: ignore[arg-type]
    assert got == [f"{n}-{i}" for n in range(pages) for i in range(3)]
    assert len(source.asked_at) == pages


async def test_cursor_walk_through_the_server_is_complete_with_asking_ahead(
    state: State, kit: PagerKit
) -> None:
    state.flaky = {300: 1}  # a failing cursor is asked again when its turn comes, not ahead of it
    pager = kit.paginate(kit.path("/events"), cursor_backoff=0.0)
    assert [e["seq"] for e in await collect(pager)] == list(range(state.n_events))
    assert state.max_in_flight == 1
