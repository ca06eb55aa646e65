"""D2C order lifecycle events: the 2026-02 steps where the snapshot declares them, today's elsewhere."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from flexport_facade.testing import Faults, RunningSimulator, run_simulator
from flexport_facade.webhooks import NoAuth, UnknownEvent
from flexport_facade.webhooks import Receiver as FacadeReceiver
from tests.simulator.conftest import ADDRESS, STEP, Receiver, make_product, stock, webhook_errors

QUARTER = STEP / 4  # PickingStarted, Packed and Dispatched fall evenly before Shipped


def order_events(api: httpx.Client) -> list[str]:
    return [e["type"] for e in api.get("/events").json() if e["type"].startswith(("Order.", "Shipment."))]


def place_order(api: httpx.Client, admin: httpx.Client, external: str = "E-LC-1") -> dict[str, Any]:
    sku = make_product(api)["logisticsSku"]
    stock(api, admin, sku, 5)
    body = {
        "externalOrderId": external,
        "address": ADDRESS,
        "lineItems": [{"logisticsSku": sku, "quantity": 1}],
    }
    response = api.post("/orders", json=body)
    assert response.status_code in (200, 201), response.text
    return dict(response.json())


def advance(admin: httpx.Client, seconds: float) -> None:
    admin.post("/clock/advance", json={"seconds": seconds}).raise_for_status()


def test_2026_02_order_walks_the_lifecycle_and_every_delivery_validates(
    api: httpx.Client, admin: httpx.Client, receiver: Receiver, doc: dict[str, Any], conforms: Any
) -> None:
    admin.post("/faults", json={"split_shipments": 2, "order_deliver_after": STEP})
    subscribed = sorted(t for t in doc["x-webhooks"] if t.startswith(("Order.", "Shipment.")))
    for event_type in subscribed:
        hook = {"type": event_type, "url": receiver.url, "method": "POST"}
        assert api.post("/webhooks", json=hook).status_code == 202
    order = place_order(api, admin)
    ships = [s["id"] for s in order["shipments"]]
    expected = ["Order.Submitted", *["Shipment.Created"] * 2, *["Shipment.Submitted"] * 2]
    assert order_events(api) == expected
    for step in ("PickingStarted", "Packed", "Dispatched"):
        advance(admin, QUARTER)
        expected += [f"Shipment.{step}"] * 2 + [f"Order.{step}"]
        assert order_events(api) == expected
        assert conforms(api.get(f"/orders/{order['id']}")).json()["state"]["internalStatus"] == "CREATED"
    advance(admin, QUARTER)
    expected += ["Shipment.Shipped"] * 2 + ["Order.Shipped"]
    assert order_events(api) == expected
    shipped = conforms(api.get(f"/orders/{order['id']}")).json()
    assert shipped["state"]["internalStatus"] == "SHIPPED" and shipped.get("deliveredAt") is None
    advance(admin, STEP)  # order_deliver_after
    expected += ["Shipment.Delivered"] * 2 + ["Order.Delivered"]
    assert order_events(api) == expected
    delivered = conforms(api.get(f"/orders/{order['id']}")).json()
    assert delivered["state"]["internalStatus"] == delivered["state"]["fulfillmentStatus"] == "DELIVERED"
    assert delivered["deliveredAt"] > shipped["shippedAt"]

    bodies = [body for _, body in receiver.calls]
    assert sorted(b["logisticsEventType"] for b in bodies) == sorted(expected)
    for body in bodies:
        event_type = body["logisticsEventType"]
        assert webhook_errors(doc, event_type, body) == [], (event_type, body)
        assert body["orderId"] == order["id"] and body["externalOrderId"] == "E-LC-1"
        assert body["id"] in (ships if event_type.startswith("Shipment.") else [order["id"]])
    # A Shipment.* step names each shipment once.
    dispatched = [b["id"] for b in bodies if b["logisticsEventType"] == "Shipment.Dispatched"]
    assert sorted(dispatched) == sorted(ships)


def test_cancel_mid_way_stops_the_old_run_and_a_retry_starts_again(
    api: httpx.Client, admin: httpx.Client
) -> None:
    order = place_order(api, admin)
    advance(admin, QUARTER)  # picking started
    assert api.post(f"/orders/{order['id']}/cancel").status_code == 200
    assert api.post(f"/orders/{order['id']}/retry").status_code == 200
    advance(admin, 3 * QUARTER)  # the first run would have shipped now; its timers stand down
    assert api.get(f"/orders/{order['id']}").json()["state"]["internalStatus"] == "CREATED"
    advance(admin, QUARTER)
    assert api.get(f"/orders/{order['id']}").json()["state"]["internalStatus"] == "SHIPPED"
    orders = [t for t in order_events(api) if t.startswith("Order.")]
    assert orders == [
        "Order.Submitted",
        "Order.PickingStarted",  # first run
        "Order.Cancelled",
        "Order.PickingStarted",  # the retry
        "Order.Packed",
        "Order.Dispatched",
        "Order.Shipped",
    ]


@pytest.fixture
def sim_2023_10(receiver: Receiver) -> Iterator[RunningSimulator]:
    faults = Faults(
        allow_http_loopback_webhooks=True,
        inbound_receive_after=STEP,
        order_ship_after=STEP,
        order_deliver_after=STEP,
        unknown_event_every=1,
    )
    with run_simulator("2023-10", faults=faults) as running:
        yield running


def test_older_versions_keep_todays_events_and_drift_brings_a_later_type(
    sim_2023_10: RunningSimulator, receiver: Receiver
) -> None:
    sim = sim_2023_10
    with (
        httpx.Client(base_url=sim.api_url, headers={"authorization": f"Bearer {sim.token}"}) as api,
        httpx.Client(base_url=f"{sim.url}/_sim") as admin,
    ):
        hook = {"type": "Order.Shipped", "url": receiver.url, "method": "POST"}
        assert api.post("/webhooks", json=hook).status_code == 202
        order = place_order(api, admin)
        advance(admin, STEP)
        advance(admin, STEP)  # delivered: the data changes, but 2023-10 declares no Delivered events
        assert order_events(api) == [
            "Order.Submitted",
            "Shipment.Created",
            "Shipment.Shipped",
            "Order.Shipped",
        ]
        final = api.get(f"/orders/{order['id']}").json()
        assert final["state"]["internalStatus"] == "DELIVERED" and final["deliveredAt"]
        log = admin.get("/webhooks/deliveries").json()
    # unknown_event_every=1: the real Order.Shipped, plus a type 2023-10 predates.
    types = [body["logisticsEventType"] for _, body in receiver.calls]
    assert sorted(types) == ["Order.PickingStarted", "Order.Shipped"]
    assert sorted(e.get("drift", "") for e in log) == ["", "unknown_event"]
    assert all(e["status"] == 200 for e in log)
    # A receiver pinned to 2023-10 copes: the drift comes back untyped, the real event typed.
    facade = FacadeReceiver(version="2023-10", auth=NoAuth())
    parsed = {
        body["logisticsEventType"]: facade.parse(body=json.dumps(body).encode(), headers={})
        for _, body in receiver.calls
    }
    assert isinstance(parsed["Order.PickingStarted"], UnknownEvent)
    assert not isinstance(parsed["Order.Shipped"], UnknownEvent)
