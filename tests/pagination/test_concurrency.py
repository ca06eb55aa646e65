"""Fetch-ahead: up to N offset pages in flight, yielded in order, nothing left running after a break.

The walks run with both pagers (threads, tasks: ``kit``); ``break`` and ``with`` are the sync
pager's here (tests/pagination/test_async.py has the async ones).
"""

from __future__ import annotations

import httpx
from both_clients import collect
from pager_fakes import PagerKit, request_fn
from pager_server import State

from flexport_facade._core._concurrency import FetchAhead
from flexport_facade.pagination import PathSource, paginate


async def test_concurrent_walk_is_complete_and_ordered(state: State, kit: PagerKit) -> None:
    state.latency = 0.005
    items = await collect(kit.paginate(kit.path("/products"), concurrency=4))
    assert [i["id"] for i in items] == list(range(state.n_products))
    assert 1 < state.max_in_flight <= 4
    codes = [code for _, code in state.statuses]
    assert 504 in codes  # the deep pages timed out and were re-asked smaller


async def test_concurrent_walk_without_misbehaviour_uses_full_pages(state: State, kit: PagerKit) -> None:
    state.short_pages, state.cost, state.n_products = False, None, 2000
    items = await collect(kit.paginate(kit.path("/products"), concurrency=8))
    assert [i["id"] for i in items] == list(range(2000))
    offsets = sorted(int(p.get("offset", 0)) for _, p in state.requests)
    assert offsets[:20] == list(range(0, 2000, 100))  # no gap requests, nothing asked twice
    # It stops at the first empty page. Past it: what was in flight (8), for threads the request
    # queued for the next free worker, and the one sent when the empty page arrived, before it was read.
    assert len(offsets) <= 20 + 8 + FetchAhead.queued + 1


def test_break_leaves_no_request_running(state: State, http: httpx.Client) -> None:
    state.latency, state.cost = 0.05, None
    pager = paginate(PathSource(request_fn(http), "/products"), concurrency=4)
    for item in pager:
        if item["id"] == 5:
            break
    # The loop dropped its iterator: queued pages were cancelled and the running ones awaited.
    assert state.in_flight == 0
    sent = len(state.requests)
    assert sent <= 1 + 4
    assert pager.checkpoint["position"] + pager.checkpoint["index"] == 6
    # Continuing the same pager picks up right after the item the loop broke on.
    state.latency = 0.0
    assert [i["id"] for i in pager][:3] == [6, 7, 8]


def test_close_stops_a_walk_in_a_with_block(state: State, http: httpx.Client) -> None:
    state.latency, state.cost = 0.05, None
    with paginate(PathSource(request_fn(http), "/products"), concurrency=3) as pager:
        it = iter(pager)
        assert next(it)["id"] == 0
    assert state.in_flight == 0
    assert len(state.requests) <= 1 + 3
