"""fx.paginate on the real generated 2026-02 client against the simulator's field misbehaviours."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from flexport_facade import AsyncFlexport, Flexport
from flexport_facade.testing import Faults, RunningSimulator, run_simulator

PRODUCTS = 230
EVENTS = 120
OTHER_EVENTS = 7  # of another type, so a type filter has something to leave out


@pytest.fixture(scope="module")
def sim() -> Iterator[RunningSimulator]:
    # Field behaviour: limit clamped to 100, short pages mid-list, 504 when limit*(offset+limit) is large.
    with run_simulator("2026-02", faults=Faults.field(duplicate_every=0)) as running:
        with httpx.Client(
            base_url=running.api_url, headers={"authorization": f"Bearer {running.token}"}
        ) as c:
            for i in range(PRODUCTS):
                body = {
                    "name": f"P{i}",
                    "merchantSku": f"SKU-{i:04d}",
                    "dimensions": {
                        "weight": 1,
                        "weightUnit": "lb",
                        "height": 1,
                        "width": 1,
                        "length": 1,
                        "lengthUnit": "in",
                    },
                }
                assert c.post("/products", json=body).status_code == 201
        for i in range(EVENTS):
            event = {"type": "Inventory.Adjusted", "payload": {"adjustmentId": str(i)}}
            httpx.post(f"{running.url}/_sim/events", json=event).raise_for_status()
        for i in range(OTHER_EVENTS):
            event = {"type": "Order.Shipped", "payload": {"orderId": str(i)}}
            httpx.post(f"{running.url}/_sim/events", json=event).raise_for_status()
        yield running


@pytest.fixture
def fx(sim: RunningSimulator) -> Iterator[Flexport]:
    with Flexport(version="2026-02", token=sim.token, base_url=sim.url) as client:
        yield client


def skus(items: list[Any]) -> list[str]:
    return [p.merchant_sku for p in items]


def test_every_product_once_in_order_despite_clamps_short_pages_and_504s(fx: Flexport) -> None:
    got = list(fx.paginate(fx.products.get_products, limit=500))
    assert skus(got) == [f"SKU-{i:04d}" for i in range(PRODUCTS)]


def test_concurrent_walk_is_identical(fx: Flexport) -> None:
    got = list(fx.paginate(fx.products.get_products, limit=100, concurrency=4))
    assert skus(got) == [f"SKU-{i:04d}" for i in range(PRODUCTS)]


def test_checkpoint_mid_page_resumes_with_exactly_the_rest(fx: Flexport) -> None:
    pager = fx.paginate(fx.products.get_products, limit=40)
    first = [p for _, p in zip(range(57), pager, strict=False)]
    saved = json.loads(json.dumps(pager.checkpoint))
    pager.close()
    rest = list(fx.paginate(fx.products.get_products, resume=saved))
    assert skus(first + rest) == [f"SKU-{i:04d}" for i in range(PRODUCTS)]


def test_events_follow_the_link_cursor_by_path_and_by_operation(fx: Flexport) -> None:
    by_op = [e.id for e in fx.paginate(fx.events.get_events, limit=50)]
    by_path = [e["id"] for e in fx.paginate("/events", limit=50)]
    assert len(by_op) >= EVENTS and by_op == by_path and len(set(by_op)) == len(by_op)


async def test_async_walk(sim: RunningSimulator) -> None:
    async with AsyncFlexport(version="2026-02", token=sim.token, base_url=sim.url) as afx:
        got = [p.merchant_sku async for p in afx.paginate(afx.products.get_products, concurrency=3)]
    assert got == [f"SKU-{i:04d}" for i in range(PRODUCTS)]


def test_paginating_a_single_resource_operation_is_a_clear_error(fx: Flexport) -> None:
    with pytest.raises(TypeError, match="GetProduct returns one resource"):
        fx.paginate(fx.products.get_product)


def test_paginating_a_write_operation_is_a_clear_error(fx: Flexport) -> None:
    with pytest.raises(TypeError, match="CreateProduct is a POST, not a list operation"):
        fx.paginate(fx.products.create_product)


async def test_paginating_a_write_operation_is_a_clear_error_async(sim: RunningSimulator) -> None:
    async with AsyncFlexport(version="2026-02", token=sim.token, base_url=sim.url) as afx:
        with pytest.raises(TypeError, match="CreateProduct is a POST, not a list operation"):
            afx.paginate(afx.products.create_product)


def test_paginating_a_path_to_one_resource_is_a_clear_error(fx: Flexport) -> None:
    sku = next(iter(fx.paginate(fx.products.get_products, max_items=1))).logistics_sku
    with pytest.raises(TypeError, match=f"GET /products/{sku} returned one resource"):
        list(fx.paginate(f"/products/{sku}"))


def test_filters_by_their_spec_names(fx: Flexport) -> None:
    # The module docstring's example: the generated function calls this filter type_.
    everything = list(fx.paginate(fx.events.get_events, limit=50))
    assert {e.type_ for e in everything} >= {"Inventory.Adjusted", "Order.Shipped"}
    by_spec_name = list(fx.paginate(fx.events.get_events, type="Inventory.Adjusted", limit=50))
    by_keyword = list(fx.paginate(fx.events.get_events, type_="Inventory.Adjusted", limit=50))
    assert {e.type_ for e in by_spec_name} == {"Inventory.Adjusted"}
    assert len(by_spec_name) == EVENTS
    assert [e.id for e in by_spec_name] == [e.id for e in by_keyword]


def test_resuming_a_filtered_walk_keeps_the_filter(fx: Flexport) -> None:
    pager = fx.paginate(fx.events.get_events, type="Order.Shipped", limit=3)
    first = [e for _, e in zip(range(4), pager, strict=False)]
    saved = json.loads(json.dumps(pager.checkpoint))
    pager.close()
    rest = list(fx.paginate(fx.events.get_events, resume=saved))
    assert [e.type_ for e in first + rest] == ["Order.Shipped"] * OTHER_EVENTS


async def test_filters_by_their_spec_names_async(sim: RunningSimulator) -> None:
    async with AsyncFlexport(version="2026-02", token=sim.token, base_url=sim.url) as afx:
        got = [e.type_ async for e in afx.paginate(afx.events.get_events, type="Order.Shipped")]
    assert got == ["Order.Shipped"] * OTHER_EVENTS


def test_bad_arguments_fail_at_the_call(fx: Flexport) -> None:
    with pytest.raises(TypeError, match="limit must be an int"):
        fx.paginate(fx.products.get_products, limit="10")
    with pytest.raises(TypeError, match="resume must be a checkpoint dict"):
        fx.paginate(fx.products.get_products, resume="abc")


def test_pager_repr_names_the_operation(fx: Flexport) -> None:
    pager = fx.paginate(fx.products.get_products, limit=10)
    assert repr(pager) == "Pager(source='GetProducts', style='offset', items=0)"
    assert len([p for _, p in zip(range(12), pager, strict=False)]) == 12
    assert repr(pager) == "Pager(source='GetProducts', style='offset', items=12)"
    pager.close()
