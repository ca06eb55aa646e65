"""Cursor walks: Link headers, filters only in the cursor, empty pages that link on, dead cursors."""

from __future__ import annotations

import json

import httpx
import pytest
from pager_fakes import FakeOp, meta, request_fn
from pager_server import State, decode_cursor

from flexport_facade.errors import BadRequest
from flexport_facade.pagination import (
    CursorRejected,
    OperationSource,
    PaginationError,
    PathSource,
    paginate,
)


def test_events_by_path_every_event_once_filters_in_the_cursor(state: State, http: httpx.Client) -> None:
    pager = paginate(PathSource(request_fn(http), "/events"), type="Order.Shipped")
    events = list(pager)
    assert [e["seq"] for e in events] == list(range(state.n_events))
    assert {e["type"] for e in events} == {"Order.Shipped"}  # the filter travelled in the cursor
    assert pager.style == "cursor"
    assert state.violations == []
    first = state.requests[0][1]
    assert first == {"type": "Order.Shipped", "limit": "100"}
    # the empty page at position 200 still linked onwards and did not end the walk
    assert any(decode_cursor(p["page_info"]).get("e") for _, p in state.requests if "page_info" in p)


def test_operation_source_cursor_from_query_names(state: State, http: httpx.Client) -> None:
    op = FakeOp(http, meta("GetEvents", "/events", ["limit", "page_info", "type", "after"], None))
    events = list(paginate(OperationSource(op), type="Shipment.Created", limit=60))
    assert [e["seq"] for e in events] == list(range(state.n_events))
    assert [set(c) - {"retry"} for c in op.calls[1:]] == [{"limit", "page_info"}] * (len(op.calls) - 1)


def test_single_quoted_link_and_multi_token_rel(state: State, http: httpx.Client) -> None:
    state.n_events = 130
    pages = list(paginate(PathSource(request_fn(http), "/returns"), limit=50).pages())
    assert [len(p) for p in pages] == [50, 50, 30]
    assert [r["id"] for page in pages for r in page] == list(range(130))


def test_no_limit_above_the_cap_is_sent(state: State, http: httpx.Client) -> None:
    # The events endpoint 400s at limit >= 250; the pager never asks for more than 100.
    events = list(paginate(PathSource(request_fn(http), "/events"), limit=300))
    assert len(events) == state.n_events
    assert {p["limit"] for _, p in state.requests} == {"100"}


def test_flaky_cursor_is_retried(state: State, http: httpx.Client) -> None:
    state.flaky = {300: 2}
    pager = paginate(PathSource(request_fn(http), "/events"), cursor_backoff=0.0)
    assert [e["seq"] for e in pager] == list(range(state.n_events))


def test_dead_cursor_raises_with_a_checkpoint_that_resumes(state: State, http: httpx.Client) -> None:
    state.poisoned = {300}
    source = PathSource(request_fn(http), "/events")
    pager = paginate(source, type="X", cursor_backoff=0.0)
    got: list[int] = []
    with pytest.raises(CursorRejected) as info:
        for e in pager:
            got.append(e["seq"])
    assert got == list(range(300))
    assert info.value.status == 500
    assert len([1 for path, code in state.statuses if code == 500]) == 3  # cursor_attempts
    saved = json.loads(json.dumps(info.value.checkpoint))
    state.poisoned = set()  # the server heals (or the caller crafts a new cursor)
    rest = [e["seq"] for e in paginate(source, resume=saved)]
    assert rest == list(range(300, state.n_events))


def test_bad_first_request_is_not_a_cursor_problem(state: State, http: httpx.Client) -> None:
    with pytest.raises(BadRequest):
        list(paginate(PathSource(request_fn(http), "/events"), max_page_size=300, limit=300))


def test_endless_empty_pages_are_bounded(state: State, http: httpx.Client) -> None:
    state.n_events = 1000
    state.empty_at = {0}
    pager = paginate(PathSource(request_fn(http), "/events"), max_empty_pages=0)
    with pytest.raises(PaginationError) as info:
        list(pager)
    assert info.value.checkpoint is not None


def test_cursor_walk_end_checkpoint_sees_new_items_later(state: State, http: httpx.Client) -> None:
    state.n_events = 150
    source = PathSource(request_fn(http), "/events")
    pager = paginate(source)
    assert len(list(pager)) == 150
    saved = pager.checkpoint
    state.n_events = 170  # the feed grew
    assert [e["seq"] for e in paginate(source, resume=saved)] == list(range(150, 170))
