"""fx.paginate on the real generated 2026-02 client against the simulator's field misbehaviours.

Each test runs with ``Flexport`` and with ``AsyncFlexport`` (the ``flavour`` fixture): one body, both pagers.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
import pytest
from both_clients import Flavour, close, collect

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
async def fx(sim: RunningSimulator, flavour: Flavour) -> AsyncIterator[Any]:
    client = flavour.Flexport(version="2026-02", token=sim.token, base_url=sim.url)
    yield client
    await close(client)


def skus(items: list[Any]) -> list[str]:
    return [p.merchant_sku for p in items]


ALL_SKUS = [f"SKU-{i:04d}" for i in range(PRODUCTS)]


async def test_every_product_once_in_order_despite_clamps_short_pages_and_504s(fx: Any) -> None:
    got = await collect(fx.paginate(fx.products.get_products, limit=500))
    assert skus(got) == ALL_SKUS


async def test_concurrent_walk_is_identical(fx: Any) -> None:
    got = await collect(fx.paginate(fx.products.get_products, limit=100, concurrency=4))
    assert skus(got) == ALL_SKUS


async def test_checkpoint_mid_page_resumes_with_exactly_the_rest(fx: Any) -> None:
    pager = fx.paginate(fx.products.get_products, limit=40)
    first = await collect(pager, limit=57)
    saved = json.loads(json.dumps(pager.checkpoint))
    await close(pager)
    rest = await collect(fx.paginate(fx.products.get_products, resume=saved))
    assert skus(first + rest) == ALL_SKUS


async def test_events_follow_the_link_cursor_by_path_and_by_operation(fx: Any) -> None:
    by_op = [e.id for e in await collect(fx.paginate(fx.events.get_events, limit=50))]
    by_path = [e["id"] for e in await collect(fx.paginate("/events", limit=50))]
    assert len(by_op) >= EVENTS and by_op == by_path and len(set(by_op)) == len(by_op)


async def test_paginating_a_single_resource_operation_is_a_clear_error(fx: Any) -> None:
    with pytest.raises(TypeError, match="GetProduct returns one resource"):
        fx.paginate(fx.products.get_product)


async def test_paginating_a_write_operation_is_a_clear_error(fx: Any) -> None:
    with pytest.raises(TypeError, match="CreateProduct is a POST, not a list operation"):
        fx.paginate(fx.products.create_product)


async def test_paginating_a_path_to_one_resource_is_a_clear_error(fx: Any) -> None:
    sku = (await collect(fx.paginate(fx.products.get_products, max_items=1)))[0].logistics_sku
    with pytest.raises(TypeError, match=f"GET /products/{sku} returned one resource"):
        await collect(fx.paginate(f"/products/{sku}"))


async def test_filters_by_their_spec_names(fx: Any) -> None:
    # The module docstring's example: the generated function calls this filter type_.
    everything = await collect(fx.paginate(fx.events.get_events, limit=50))
    assert {e.type_ for e in everything} >= {"Inventory.Adjusted", "Order.Shipped"}
    by_spec_name = await collect(fx.paginate(fx.events.get_events, type="Inventory.Adjusted", limit=50))
    by_keyword = await collect(fx.paginate(fx.events.get_events, type_="Inventory.Adjusted", limit=50))
    assert {e.type_ for e in by_spec_name} == {"Inventory.Adjusted"}
    assert len(by_spec_name) == EVENTS
    assert [e.id for e in by_spec_name] == [e.id for e in by_keyword]
    other = await collect(fx.paginate(fx.events.get_events, type="Order.Shipped"))
    assert [e.type_ for e in other] == ["Order.Shipped"] * OTHER_EVENTS


async def test_resuming_a_filtered_walk_keeps_the_filter(fx: Any) -> None:
    pager = fx.paginate(fx.events.get_events, type="Order.Shipped", limit=3)
    first = await collect(pager, limit=4)
    saved = json.loads(json.dumps(pager.checkpoint))
    await close(pager)
    rest = await collect(fx.paginate(fx.events.get_events, resume=saved))
    assert [e.type_ for e in first + rest] == ["Order.Shipped"] * OTHER_EVENTS


async def test_bad_arguments_fail_at_the_call(fx: Any) -> None:
    with pytest.raises(TypeError, match="limit must be an int"):
        fx.paginate(fx.products.get_products, limit="10")
    with pytest.raises(TypeError, match="resume must be a checkpoint dict"):
        fx.paginate(fx.products.get_products, resume="abc")


async def test_pager_repr_names_the_operation(fx: Any, flavour: Flavour) -> None:
    pager = fx.paginate(fx.products.get_products, limit=10)
    name = "AsyncPager" if flavour.is_async else "Pager"
    assert repr(pager) == f"{name}(source='GetProducts', style='offset', items=0)"
    assert len(await collect(pager, limit=12)) == 12
    assert repr(pager) == f"{name}(source='GetProducts', style='offset', items=12)"
    await close(pager)
