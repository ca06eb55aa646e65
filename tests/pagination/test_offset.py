"""Offset walks against the misbehaving server: clamps, short pages mid-list, 504s at depth.

Each test runs with ``Pager`` and with ``AsyncPager`` (the ``kit`` fixture, by ``flavour``).
"""

from __future__ import annotations

import json

import pytest
from both_clients import collect, each
from pager_fakes import PagerKit, meta
from pager_server import State

from flexport_facade.errors import GatewayTimeout
from flexport_facade.pagination import Progress


def _ids(items: list[dict[str, object]]) -> list[object]:
    return [item["id"] for item in items]


async def test_path_walk_yields_every_row_once_in_order(state: State, kit: PagerKit) -> None:
    pager = kit.paginate(kit.path("/products"), limit=500)
    assert _ids(await collect(pager)) == list(range(state.n_products))
    assert pager.style == "offset"
    sent = [p for path, p in state.requests if path == "/products"]
    assert max(int(p["limit"]) for p in sent) <= 100  # the documented cap, not the 500 asked for
    # short pages happened and did not end the walk; only the final empty page did
    assert any(int(p["offset"]) % 100 for p in sent[1:] if "offset" in p)


async def test_504_halves_the_page_and_the_smaller_size_sticks(state: State, kit: PagerKit) -> None:
    # One request at a time, so the server sees each retry right after its 504 (with the sequential
    # prefetch a request already in flight comes between: test_prefetch.py checks that walk).
    pager = kit.paginate(kit.path("/products"), style="offset", prefetch=False)
    assert _ids(await collect(pager)) == list(range(state.n_products))
    codes = [code for path, code in state.statuses if path == "/products"]
    assert codes.count(504) >= 2  # 100 -> 50 at offset 300, 50 -> 25 at 600
    sent = [(int(p["offset"]), int(p["limit"])) for path, p in state.requests if path == "/products"]
    first_504 = next(i for i, (path, code) in enumerate(state.statuses) if code == 504)
    assert sent[first_504][1] == 100
    assert sent[first_504 + 1] == (sent[first_504][0], 50)  # the same offset, half the size
    assert all(limit <= 50 for _, limit in sent[first_504 + 1 :])  # never grows back
    assert pager.checkpoint["page_size"] == 25


async def test_504_at_the_floor_raises_with_the_checkpoint(state: State, kit: PagerKit) -> None:
    state.cost = 500  # even 10 rows time out past offset 50
    pager = kit.paginate(kit.path("/products"), style="offset")
    seen = []
    with pytest.raises(GatewayTimeout) as info:
        async for item in each(pager):
            seen.append(item["id"])
    assert seen == list(range(len(seen))) and len(seen) > 0
    assert pager.checkpoint["page_size"] == 10
    assert any("pagination checkpoint" in note for note in info.value.__notes__)


async def test_operation_source_detects_offset_from_meta_and_keeps_filters(
    state: State, kit: PagerKit
) -> None:
    op = kit.fake_op(meta("GetAllInventory", "/products", ["limit", "offset", "poolName"], None))
    items = await collect(kit.paginate(kit.operation(op), pool_name="STORAGE"))
    assert _ids(items) == list(range(state.n_products))
    assert {item["pool"] for item in items} == {"STORAGE"}
    assert all(call["retry"] is not None and 504 not in call["retry"].statuses for call in op.calls)


async def test_envelope_model_items_are_found(state: State, kit: PagerKit) -> None:
    state.n_products = 250
    op = kit.fake_op(meta("GetInbounds", "/inbounds", ["limit", "offset"], "offset"), envelope=True)
    assert _ids(await collect(kit.paginate(kit.operation(op)))) == list(range(250))


async def test_envelope_json_through_a_path(state: State, kit: PagerKit) -> None:
    state.n_products = 130
    assert _ids(await collect(kit.paginate(kit.path("/inbounds")))) == list(range(130))


async def test_a_path_that_ignores_offset_is_one_page(state: State, kit: PagerKit) -> None:
    pager = kit.paginate(kit.path("/webhooks"))
    assert _ids(await collect(pager)) == [1, 2, 3]
    assert pager.style == "single"
    assert len([p for p in state.requests if p[0] == "/webhooks"]) == 2


async def test_max_items_and_max_pages(state: State, kit: PagerKit) -> None:
    state.short_pages = False
    source = kit.path("/products")
    assert _ids(await collect(kit.paginate(source, max_items=130))) == list(range(130))
    assert len(state.requests) == 2
    state.requests.clear()
    assert _ids(await collect(kit.paginate(source, max_pages=3, limit=40))) == list(range(120))
    assert len(state.requests) == 3


async def test_max_pages_bounds_the_requests_of_a_detected_offset_walk(state: State, kit: PagerKit) -> None:
    # The first page (which tells the style) counts: three pages, three requests, also four at a time.
    state.short_pages = False
    pager = kit.paginate(kit.path("/products"), max_pages=3, limit=40, concurrency=4)
    assert _ids(await collect(pager)) == list(range(120))
    assert len(state.requests) == 3


async def test_progress_is_reported_per_page(state: State, kit: PagerKit) -> None:
    state.n_products, state.short_pages = 250, False
    seen: list[Progress] = []
    await collect(kit.paginate(kit.path("/products"), on_progress=seen.append))
    assert [(p.pages, p.items, p.position) for p in seen] == [(1, 100, 0), (2, 200, 100), (3, 250, 200)]


async def test_checkpoint_is_json_at_every_item(state: State, kit: PagerKit) -> None:
    state.n_products = 60
    pager = kit.paginate(kit.path("/products"), limit=25)
    n = 0
    async for _item in each(pager):
        n += 1
        cp = json.loads(json.dumps(pager.checkpoint))
        assert cp["position"] + cp["index"] == n
    assert n == 60


async def test_operation_errors_surface_typed(state: State, kit: PagerKit) -> None:
    state.cost = 0  # every page past offset 0 times out, at every size
    op = kit.fake_op(meta("GetProducts", "/products", ["limit", "offset"], "offset"))
    with pytest.raises(GatewayTimeout):
        await collect(kit.paginate(kit.operation(op)))
    assert [c["limit"] for c in op.calls] == [100, 100, 50, 25, 12, 10]
