"""Every endpoint family through the simulator, with the envelopes checked on the wire, for both clients."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest
from both_clients import Flavour, close, maybe_await

from flexport_facade._core.retry import RetryPolicy
from flexport_facade.testing._v1 import V1Simulator

from .conftest import KEY


@pytest.fixture
async def v1(sim: V1Simulator, policy: RetryPolicy, flavour: Flavour) -> AsyncIterator[Any]:
    """``FlexportV1`` or ``AsyncFlexportV1``: every test here runs with both."""
    client = flavour.FlexportV1(token=KEY, base_url=sim.base_url, retry=policy, timeout=5.0)
    yield client
    await close(client)


def last_body(sim: V1Simulator) -> object:
    return sim.state.requests[-1].body


async def test_shipments_list_and_create(v1: Any, sim: V1Simulator) -> None:
    shipments = await maybe_await(v1.shipments.list())
    assert [s["flex_id"] for s in shipments] == ["FLEX-12345"]
    new = {
        "name": "Shipment",
        "transportation_mode": "air",
        "total_weight": "444",
        "origin_id": 4934,
        "destination_id": 123,
        "cargo_ready_date": "2016-03-16",
    }
    created = await maybe_await(v1.shipments.create(new))
    assert last_body(sim) == {"record": new}  # wrapped on the way out
    assert created["name"] == "Shipment" and created["flex_id"] == f"FLEX-{created['id']}"  # unwrapped
    assert created["destination_address"] == "Some NY Warehouse"
    assert len(await maybe_await(v1.shipments.list())) == 2


async def test_already_wrapped_record_is_not_wrapped_twice(v1: Any, sim: V1Simulator) -> None:
    await maybe_await(v1.products.create({"record": {"name": "Mug", "sku": "MUG-1"}}))
    assert last_body(sim) == {"record": {"name": "Mug", "sku": "MUG-1"}}


async def test_purchase_orders_list_get_create(v1: Any, sim: V1Simulator) -> None:
    assert [po["name"] for po in (await maybe_await(v1.purchase_orders.list()))] == ["PO 1"]
    assert (await maybe_await(v1.purchase_orders.get(123)))["po_line_items"][0]["product_sku"] == "ABCD123"
    record = {
        "name": "PO 2",
        "role": "buyer",
        "other_party_ref": "seller_1",
        "currency_code": "USD",
        "transportation_mode": "ocean",
        "po_line_items": [{"line_item_number": 1, "product_sku": "ABCD123", "units": 5, "unit_cost": "1.5"}],
    }
    created = await maybe_await(v1.purchase_orders.create(record))
    seen = sim.state.requests[-1]
    assert seen.method == "POST" and seen.path == "/purchase_orders" and "key" not in seen.query
    assert (await maybe_await(v1.purchase_orders.get(created["id"])))["name"] == "PO 2"


async def test_purchase_order_update_keys_by_name_by_default(v1: Any, sim: V1Simulator) -> None:
    record = {
        "name": "PO 1",
        "role": "buyer",
        "other_party_ref": "seller_1",
        "currency_code": "USD",
        "transportation_mode": "ocean",
        "memo": "Updated Memo",
        "po_line_items": [{"line_item_number": 1, "product_sku": "ABCD123", "units": 50}],
    }
    updated = await maybe_await(v1.purchase_orders.update(record))
    assert sim.state.requests[-1].query == {"key": "name"}
    assert updated["id"] == 123 and updated["memo"] == "Updated Memo"
    assert len(await maybe_await(v1.purchase_orders.list())) == 1  # replaced, not added


async def test_purchase_order_update_by_id(v1: Any, sim: V1Simulator) -> None:
    record = {
        "id": 123,
        "name": "PO 1 renamed",
        "role": "buyer",
        "other_party_ref": "seller_1",
        "currency_code": "USD",
        "transportation_mode": "air",
    }
    updated = await maybe_await(v1.purchase_orders.update(record, key="id"))
    assert sim.state.requests[-1].query == {"key": "id"}
    assert (await maybe_await(v1.purchase_orders.get(123)))["name"] == "PO 1 renamed" == updated["name"]


async def test_purchase_order_update_needs_the_key_attribute(v1: Any, sim: V1Simulator) -> None:
    before = len(sim.state.requests)
    with pytest.raises(ValueError, match="'id'"):
        await maybe_await(v1.purchase_orders.update({"name": "PO 1", "role": "buyer"}, key="id"))
    with pytest.raises(ValueError, match="key must be"):
        await maybe_await(v1.purchase_orders.update({"name": "PO 1"}, key="sku"))  # type: ignore[arg-type]
    assert len(sim.state.requests) == before  # refused before sending


async def test_invoices_status_filter(v1: Any, sim: V1Simulator) -> None:
    assert {i["id"] for i in (await maybe_await(v1.invoices.list(status="all")))} == {4321, 4322}
    assert sim.state.requests[-1].query == {"status": "all"}
    assert [i["invoice_id"] for i in (await maybe_await(v1.invoices.list(status="paid")))] == ["FLEX-12345-1"]
    assert (await maybe_await(v1.invoices.list(status="void"))) == []


async def test_products_crud(v1: Any, sim: V1Simulator) -> None:
    created = await maybe_await(
        v1.products.create(
            {
                "name": "Polo Shirt (Large)",
                "sku": "TEX-3 L",
                "hs_codes": [{"hs_code": "6205.20.2026", "region": "US"}],
                "product_properties": {"Size": "Large"},
            }
        )
    )
    pid = created["id"]
    assert (await maybe_await(v1.products.get(pid)))["sku"] == "TEX-3 L"
    updated = await maybe_await(v1.products.update(pid, {"name": "Polo Shirt (X-Large)", "category": None}))
    assert sim.state.requests[-1].method == "PUT"
    assert updated["name"] == "Polo Shirt (X-Large)" and updated["sku"] == "TEX-3 L"  # untouched field kept
    assert updated["category"] is None
    assert pid in {p["id"] for p in (await maybe_await(v1.products.list()))}
    await maybe_await(v1.products.delete(pid))
    assert pid not in {p["id"] for p in (await maybe_await(v1.products.list()))}


async def test_network_companies_and_addresses(v1: Any, sim: V1Simulator) -> None:
    companies = await maybe_await(v1.network.list())
    assert [c["relationship_type"] for c in companies] == ["self", "seller"]
    assert all(a["id"] != 551800 for c in companies for a in c["addresses"])  # archived places are hidden
    company = await maybe_await(
        v1.network.create_company(
            {
                "name": "Company Name",
                "relationship_type": "seller",
                "contact": {"name": "C", "email": "t@e.com"},
            }
        )
    )
    changed = await maybe_await(v1.network.update_company(company["id"], {"name": "New Name"}))
    assert changed["name"] == "New Name" and changed["relationship_type"] == "seller"
    address = await maybe_await(
        v1.network.create_address(
            company["id"],
            {"name": "Test Address Name", "street_address": "Street Address", "country_code": "US"},
        )
    )
    assert sim.state.requests[-1].path == f"/network/{company['id']}/create_address"
    listed = {c["id"]: c for c in (await maybe_await(v1.network.list()))}
    assert [a["id"] for a in listed[company["id"]]["addresses"]] == [address["id"]]


async def test_currency_codes(v1: Any) -> None:
    codes = {c["code"]: c for c in (await maybe_await(v1.currency_codes.list()))}
    assert codes["AED"]["name"] == "United Arab Emirates Dirham"


async def test_generated_models_are_accepted_as_records(v1: Any, sim: V1Simulator) -> None:
    class Model:  # stands in for a generated flexport_v1 model: anything with to_dict()
        def to_dict(self) -> dict[str, object]:
            return {"name": "From model"}

    assert (await maybe_await(v1.products.create(Model())))["name"] == "From model"
    assert last_body(sim) == {"record": {"name": "From model"}}


async def test_raw_request_keeps_envelopes(v1: Any) -> None:
    body = await maybe_await(v1.request("GET", "/currency_codes"))
    assert set(body) == {"records"}
