"""Cursor walks: Link headers, filters only in the cursor, empty pages that link on, dead cursors.

Each test runs with ``Pager`` and with ``AsyncPager`` (the ``kit`` fixture, by ``flavour``).
"""

from __future__ import annotations

import json

import pytest
from both_clients import collect, each
from pager_fakes import PagerKit, meta
from pager_server import State, decode_cursor

from flexport_facade.errors import BadRequest
from flexport_facade.pagination import CursorRejected, PaginationError


async def test_events_by_path_every_event_once_filters_in_the_cursor(state: State, kit: PagerKit) -> None:
    pager = kit.paginate(kit.path("/events"), type="Order.Shipped")
    events = await collect(pager)
    assert [e["seq"] for e in events] == list(range(state.n_events))
    assert {e["type"] for e in events} == {"Order.Shipped"}  # the filter travelled in the cursor
    assert pager.style == "cursor"
    assert state.violations == []
    first = state.requests[0][1]
    assert first == {"type": "Order.Shipped", "limit": "100"}
    # the empty page at position 200 still linked onwards and did not end the walk
    assert any(decode_cursor(p["page_info"]).get("e") for _, p in state.requests if "page_info" in p)


async def test_operation_source_cursor_from_query_names(state: State, kit: PagerKit) -> None:
    op = kit.fake_op(meta("GetEvents", "/events", ["limit", "page_info", "type", "after"], None))
    events = await collect(kit.paginate(kit.operation(op), type="Shipment.Created", limit=60))
    assert [e["seq"] for e in events] == list(range(state.n_events))
    assert [set(c) - {"retry"} for c in op.calls[1:]] == [{"limit", "page_info"}] * (len(op.calls) - 1)


async def test_single_quoted_link_and_multi_token_rel(state: State, kit: PagerKit) -> None:
    state.n_events = 130
    pages = await collect(kit.paginate(kit.path("/returns"), limit=50).pages())
    assert [len(p) for p in pages] == [50, 50, 30]
    assert [r["id"] for page in pages for r in page] == list(range(130))


async def test_no_limit_above_the_cap_is_sent(state: State, kit: PagerKit) -> None:
    # The events endpoint 400s at limit >= 250; the pager never asks for more than 100.
    events = await collect(kit.paginate(kit.path("/events"), limit=300))
    assert len(events) == state.n_events
    assert {p["limit"] for _, p in state.requests} == {"100"}


async def test_flaky_cursor_is_retried(state: State, kit: PagerKit) -> None:
    state.flaky = {300: 2}
    pager = kit.paginate(kit.path("/events"), cursor_backoff=0.0)
    assert [e["seq"] for e in await collect(pager)] == list(range(state.n_events))


async def test_dead_cursor_raises_with_a_checkpoint_that_resumes(state: State, kit: PagerKit) -> None:
    state.poisoned = {300}
    source = kit.path("/events")
    pager = kit.paginate(source, type="X", cursor_backoff=0.0)
    got: list[int] = []
    with pytest.raises(CursorRejected) as info:
        async for e in each(pager):
            got.append(e["seq"])
    assert got == list(range(300))
    assert info.value.status == 500
    assert len([1 for path, code in state.statuses if code == 500]) == 3  # cursor_attempts
    saved = json.loads(json.dumps(info.value.checkpoint))
    state.poisoned = set()  # the server heals (or the caller crafts a new cursor)
    rest = [e["seq"] for e in await collect(kit.paginate(source, resume=saved))]
    assert rest == list(range(300, state.n_events))


async def test_bad_first_request_is_not_a_cursor_problem(state: State, kit: PagerKit) -> None:
    with pytest.raises(BadRequest):
        await collect(kit.paginate(kit.path("/events"), max_page_size=300, limit=300))


async def test_endless_empty_pages_are_bounded(state: State, kit: PagerKit) -> None:
    state.n_events = 1000
    state.empty_at = {0}
    pager = kit.paginate(kit.path("/events"), max_empty_pages=0)
    with pytest.raises(PaginationError) as info:
        await collect(pager)
    assert info.value.checkpoint is not None


async def test_cursor_walk_end_checkpoint_sees_new_items_later(state: State, kit: PagerKit) -> None:
    state.n_events = 150
    source = kit.path("/events")
    pager = kit.paginate(source)
    assert len(await collect(pager)) == 150
    saved = pager.checkpoint
    state.n_events = 170  # the feed grew
    assert [e["seq"] for e in await collect(kit.paginate(source, resume=saved))] == list(range(150, 170))
