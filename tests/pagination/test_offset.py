"""Offset walks against the misbehaving server: clamps, short pages mid-list, 504s at depth."""

from __future__ import annotations

import json

import httpx
import pytest
from pager_fakes import FakeOp, meta, request_fn
from pager_server import State

from flexport_facade.errors import GatewayTimeout
from flexport_facade.pagination import OperationSource, PathSource, Progress, paginate


def _ids(items: list[dict[str, object]]) -> list[object]:
    return [item["id"] for item in items]


def test_path_walk_yields_every_row_once_in_order(state: State, http: httpx.Client) -> None:
    pager = paginate(PathSource(request_fn(http), "/products"), limit=500)
    assert _ids(list(pager)) == list(range(state.n_products))
    assert pager.style == "offset"
    sent = [p for path, p in state.requests if path == "/products"]
    assert max(int(p["limit"]) for p in sent) <= 100  # the documented cap, not the 500 asked for
    # short pages happened and did not end the walk; only the final empty page did
    assert any(int(p["offset"]) % 100 for p in sent[1:] if "offset" in p)


def test_504_halves_the_page_and_the_smaller_size_sticks(state: State, http: httpx.Client) -> None:
    pager = paginate(PathSource(request_fn(http), "/products"), style="offset")
    assert _ids(list(pager)) == list(range(state.n_products))
    codes = [code for path, code in state.statuses if path == "/products"]
    assert codes.count(504) >= 2  # 100 -> 50 at offset 300, 50 -> 25 at 600
    sent = [(int(p["offset"]), int(p["limit"])) for path, p in state.requests if path == "/products"]
    first_504 = next(i for i, (path, code) in enumerate(state.statuses) if code == 504)
    assert sent[first_504][1] == 100
    assert sent[first_504 + 1] == (sent[first_504][0], 50)  # the same offset, half the size
    assert all(limit <= 50 for _, limit in sent[first_504 + 1 :])  # never grows back
    assert pager.checkpoint["page_size"] == 25


def test_504_at_the_floor_raises_with_the_checkpoint(state: State, http: httpx.Client) -> None:
    state.cost = 500  # even 10 rows time out past offset 50
    pager = paginate(PathSource(request_fn(http), "/products"), style="offset")
    seen = []
    with pytest.raises(GatewayTimeout) as info:
        for item in pager:
            seen.append(item["id"])
    assert seen == list(range(len(seen))) and len(seen) > 0
    assert pager.checkpoint["page_size"] == 10
    assert any("pagination checkpoint" in note for note in info.value.__notes__)


def test_operation_source_detects_offset_from_meta_and_keeps_filters(
    state: State, http: httpx.Client
) -> None:
    op = FakeOp(http, meta("GetAllInventory", "/products", ["limit", "offset", "poolName"], None))
    items = list(paginate(OperationSource(op), pool_name="STORAGE"))
    assert _ids(items) == list(range(state.n_products))
    assert {item["pool"] for item in items} == {"STORAGE"}
    assert all(call["retry"] is not None and 504 not in call["retry"].statuses for call in op.calls)


def test_envelope_model_items_are_found(state: State, http: httpx.Client) -> None:
    state.n_products = 250
    op = FakeOp(http, meta("GetInbounds", "/inbounds", ["limit", "offset"], "offset"), envelope=True)
    assert _ids(list(paginate(OperationSource(op)))) == list(range(250))


def test_envelope_json_through_a_path(state: State, http: httpx.Client) -> None:
    state.n_products = 130
    assert _ids(list(paginate(PathSource(request_fn(http), "/inbounds")))) == list(range(130))


def test_a_path_that_ignores_offset_is_one_page(state: State, http: httpx.Client) -> None:
    pager = paginate(PathSource(request_fn(http), "/webhooks"))
    assert _ids(list(pager)) == [1, 2, 3]
    assert pager.style == "single"
    assert len([p for p in state.requests if p[0] == "/webhooks"]) == 2


def test_max_items_and_max_pages(state: State, http: httpx.Client) -> None:
    state.short_pages = False
    source = PathSource(request_fn(http), "/products")
    assert _ids(list(paginate(source, max_items=130))) == list(range(130))
    assert len(state.requests) == 2
    state.requests.clear()
    assert _ids(list(paginate(source, max_pages=3, limit=40))) == list(range(120))
    assert len(state.requests) == 3


def test_progress_is_reported_per_page(state: State, http: httpx.Client) -> None:
    state.n_products, state.short_pages = 250, False
    seen: list[Progress] = []
    list(paginate(PathSource(request_fn(http), "/products"), on_progress=seen.append))
    assert [(p.pages, p.items, p.position) for p in seen] == [(1, 100, 0), (2, 200, 100), (3, 250, 200)]


def test_checkpoint_is_json_at_every_item(state: State, http: httpx.Client) -> None:
    state.n_products = 60
    pager = paginate(PathSource(request_fn(http), "/products"), limit=25)
    for n, _item in enumerate(pager, 1):
        cp = json.loads(json.dumps(pager.checkpoint))
        assert cp["position"] + cp["index"] == n


def test_operation_errors_surface_typed(state: State, http: httpx.Client) -> None:
    state.cost = 0  # every page past offset 0 times out, at every size
    op = FakeOp(http, meta("GetProducts", "/products", ["limit", "offset"], "offset"))
    with pytest.raises(GatewayTimeout):
        list(paginate(OperationSource(op)))
    assert [c["limit"] for c in op.calls] == [100, 100, 50, 25, 12, 10]
