"""D2C orders auto-ship with events; B2B outbounds walk the seed-000 lifecycle."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

import httpx

from tests.simulator.conftest import ADDRESS, STEP, event_types, make_product, stock


def order_body(sku: str, external: str = "#1001/A", qty: int = 2) -> dict[str, Any]:
    return {
        "externalOrderId": external,
        "address": ADDRESS,
        "lineItems": [{"logisticsSku": sku, "quantity": qty}],
    }


def test_d2c_order_auto_ships_with_events(api: httpx.Client, admin: httpx.Client, conforms: Any) -> None:
    sku = make_product(api)["logisticsSku"]
    stock(api, admin, sku, 10)
    created = conforms(api.post("/orders", json=order_body(sku)))
    order = created.json()
    assert order.get("cost") is None and order.get("deliveredAt") is None  # filled in later (§10.23)
    assert order["state"]["internalStatus"] == "CREATED"
    assert "Shipment.Created" in event_types(api)
    admin.post("/clock/advance", json={"seconds": STEP})
    shipped = conforms(api.get(f"/orders/{order['id']}")).json()
    assert shipped["state"]["internalStatus"] == "SHIPPED" and shipped["cost"] > 0
    assert {"Shipment.Shipped", "Order.Shipped"} <= set(event_types(api))
    assert api.get(f"/products/{sku}/inventory").json()["onHand"] == 8


def test_external_id_lookup_is_percent_decoded_and_404_before_receipt(
    api: httpx.Client, admin: httpx.Client
) -> None:
    sku = make_product(api)["logisticsSku"]
    stock(api, admin, sku, 10)
    assert api.get(f"/orders/external_id/{quote('#1001/A', safe='')}").status_code == 404
    api.post("/orders", json=order_body(sku))
    found = api.get(f"/orders/external_id/{quote('#1001/A', safe='')}")
    assert found.status_code == 200 and found.json()["externalOrderId"] == "#1001/A"


def test_duplicate_external_id_without_key_is_409(api: httpx.Client, admin: httpx.Client) -> None:
    sku = make_product(api)["logisticsSku"]
    stock(api, admin, sku, 10)
    assert api.post("/orders", json=order_body(sku)).status_code in (200, 201)
    assert api.post("/orders", json=order_body(sku)).status_code == 409


def test_split_shipments_fan_out_shipment_created(api: httpx.Client, admin: httpx.Client) -> None:
    admin.post("/faults", json={"split_shipments": 3})
    sku = make_product(api)["logisticsSku"]
    stock(api, admin, sku, 10)
    order_id = api.post("/orders", json=order_body(sku)).json()["id"]
    created = [e for e in api.get("/events", params={"type": "Shipment.Created"}).json()]
    assert [e["payload"]["orderId"] for e in created] == [order_id] * 3


def test_retry_needs_a_cancelled_order(api: httpx.Client, admin: httpx.Client) -> None:
    sku = make_product(api)["logisticsSku"]
    stock(api, admin, sku, 10)
    order_id = api.post("/orders", json=order_body(sku)).json()["id"]
    refused = api.post(f"/orders/{order_id}/retry")
    assert refused.status_code == 400 and refused.json()["code"] == 407001
    assert api.post(f"/orders/{order_id}/cancel").json()["state"]["internalStatus"] == "CANCELLED"
    assert api.post(f"/orders/{order_id}/retry").status_code == 200
    admin.post("/clock/advance", json={"seconds": STEP})
    assert api.get(f"/orders/{order_id}").json()["state"]["internalStatus"] == "SHIPPED"


def outbound_body(sku: str, external: str = "PO-1", qty: int = 4) -> dict[str, Any]:
    return {
        "type": "B2B",
        "externalId": external,
        "orderItems": [{"logisticsSku": sku, "quantity": qty, "quantityUOM": "EACH"}],
        "shipToAddress": {
            "name": "DC",
            "street1": "1 Dock",
            "city": "Reno",
            "zip": "89502",
            "state": "NV",
            "country": "US",
        },
    }


def test_outbound_lifecycle(api: httpx.Client, admin: httpx.Client, conforms: Any) -> None:
    sku = make_product(api)["logisticsSku"]
    stock(api, admin, sku, 10)
    order = conforms(api.post("/orders/rs", json=outbound_body(sku))).json()
    assert order["orderStatus"] == "PLANNED"
    seen = []
    for _ in range(4):
        admin.post("/clock/advance", json={"seconds": STEP})
        current = conforms(api.get(f"/orders/rs/{order['orderId']}")).json()
        seen.append((current["orderStatus"], current["shipments"][0]["status"]))
    assert seen == [
        ("BOOKED", "CREATED"),
        ("IN_PROGRESS", "WAREHOUSE"),
        ("TENDERED", "SHIPPED"),
        ("COMPLETED", "SHIPPED"),
    ]
    types = event_types(api)
    for expected in ("Order.Submitted", "Shipment.Submitted", "Order.Shipped", "Order.Delivered"):
        assert expected in types
    assert conforms(api.get("/orders/rs/external_id/PO-1")).json()["orderId"] == order["orderId"]


def test_outbound_cancel_only_before_in_progress(api: httpx.Client, admin: httpx.Client) -> None:
    sku = make_product(api)["logisticsSku"]
    stock(api, admin, sku, 10)
    first = api.post("/orders/rs", json=outbound_body(sku, "PO-1", 1)).json()["orderId"]
    second = api.post("/orders/rs", json=outbound_body(sku, "PO-2", 1)).json()["orderId"]
    admin.post("/clock/advance", json={"seconds": STEP})  # both BOOKED
    assert api.post(f"/orders/rs/{first}/cancel").json()["orderStatus"] == "CANCELLED"
    admin.post("/clock/advance", json={"seconds": STEP})  # second IN_PROGRESS
    refused = api.post(f"/orders/rs/{second}/cancel")
    assert refused.status_code == 400 and refused.json()["code"] == 407001
    assert api.post("/orders/rs", json=outbound_body(sku, "PO-1", 1)).status_code == 409


def test_outbound_with_unknown_product_goes_to_error(api: httpx.Client) -> None:
    order = api.post("/orders/rs", json=outbound_body("DZZZZZZZZZZ")).json()
    assert order["orderStatus"] == "ERROR"
