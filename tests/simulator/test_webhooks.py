"""Webhook subscriptions and deliveries: 202, https only, 409, auth methods, flat payloads, retries."""

from __future__ import annotations

import base64
import json
from typing import Any

import httpx

from flexport_facade.testing._synth import Schemas
from flexport_facade.testing._validation import Validator
from flexport_facade.webhooks import NoAuth, UnknownEvent
from flexport_facade.webhooks import Receiver as FacadeReceiver
from tests.simulator.conftest import ADDRESS, STEP, Receiver, make_product, stock, webhook_errors

ENVELOPE = {"logisticsAccountId", "logisticsEventId", "logisticsEventType", "logisticsEventTime"}


def subscribe(api: httpx.Client, url: str, event_type: str = "Order.Shipped", **auth: str) -> httpx.Response:
    return api.post("/webhooks", json={"type": event_type, "url": url, "method": "POST", **auth})


def test_create_list_get_delete(api: httpx.Client, sim: Any, conforms: Any) -> None:
    sim.faults.allow_http_loopback_webhooks = False
    created = conforms(subscribe(api, "https://hooks.example.com/flexport"))
    assert created.status_code == 202
    hook_id = created.json()["id"]
    assert isinstance(hook_id, int)
    assert [h["id"] for h in conforms(api.get("/webhooks")).json()] == [hook_id]
    assert conforms(api.get(f"/webhooks/{hook_id}")).json()["url"] == "https://hooks.example.com/flexport"
    assert subscribe(api, "https://hooks.example.com/flexport").status_code == 409
    assert api.delete(f"/webhooks/{hook_id}").status_code in (200, 204)
    assert api.get(f"/webhooks/{hook_id}").status_code == 404


def test_http_urls_rejected_unless_loopback_switch(api: httpx.Client, sim: Any, receiver: Receiver) -> None:
    sim.faults.allow_http_loopback_webhooks = False
    assert subscribe(api, receiver.url).status_code in (400, 422)
    assert subscribe(api, "http://example.com/hook").status_code in (400, 422)
    sim.faults.allow_http_loopback_webhooks = True
    assert subscribe(api, receiver.url).status_code == 202
    assert subscribe(api, "http://example.com/hook").status_code in (400, 422)


def ship_one_order(api: httpx.Client, admin: httpx.Client) -> str:
    sku = make_product(api)["logisticsSku"]
    stock(api, admin, sku, 5)
    body = {"externalOrderId": "E-1", "address": ADDRESS, "lineItems": [{"logisticsSku": sku, "quantity": 1}]}
    order_id = str(api.post("/orders", json=body).json()["id"])
    admin.post("/clock/advance", json={"seconds": STEP})
    return order_id


def test_delivery_is_flat_with_basic_auth(
    api: httpx.Client, admin: httpx.Client, receiver: Receiver, doc: dict[str, Any]
) -> None:
    subscribe(api, receiver.url, authMethod="BASIC_AUTH", username="hook", password="s3cret")
    order_id = ship_one_order(api, admin)
    assert len(receiver.calls) == 1
    headers, body = receiver.calls[0]
    assert headers["authorization"] == "Basic " + base64.b64encode(b"hook:s3cret").decode()
    assert set(body) >= ENVELOPE and body["logisticsEventType"] == "Order.Shipped"
    assert body["orderId"] == order_id and body["externalOrderId"] == "E-1"
    schema = doc["x-webhooks"]["Order.Shipped"]["post"]["requestBody"]["content"]["application/json"][
        "schema"
    ]
    Validator(doc)  # the document loads
    resolved = Schemas(doc).resolve(schema)
    assert set(resolved.get("required", [])) <= set(body)
    log = admin.get("/webhooks/deliveries").json()
    assert log[0]["status"] == 200 and "s3cret" not in str(log)


def test_token_header_auth(api: httpx.Client, admin: httpx.Client, receiver: Receiver) -> None:
    subscribe(
        api, receiver.url, "Shipment.Created", authMethod="TOKEN", token="tok-1", tokenHeader="X-Hook-Token"
    )
    ship_one_order(api, admin)
    headers, body = receiver.calls[0]
    assert headers["x-hook-token"] == "tok-1" and body["logisticsEventType"] == "Shipment.Created"


def test_at_least_once_duplicates_share_event_id(
    api: httpx.Client, admin: httpx.Client, receiver: Receiver
) -> None:
    admin.post("/faults", json={"duplicate_every": 1})
    subscribe(api, receiver.url)
    ship_one_order(api, admin)
    ids = [body["logisticsEventId"] for _, body in receiver.calls]
    assert len(ids) == 2 and ids[0] == ids[1]


def test_failed_delivery_is_retried_on_backoff(
    api: httpx.Client, admin: httpx.Client, receiver: Receiver
) -> None:
    receiver.status = 500
    subscribe(api, receiver.url)
    ship_one_order(api, admin)
    assert len(receiver.calls) == 1
    receiver.status = 200
    admin.post("/clock/advance", json={"seconds": 299})
    assert len(receiver.calls) == 1  # the first retry waits about 5 minutes
    admin.post("/clock/advance", json={"seconds": 1})
    assert len(receiver.calls) == 2
    assert [e["attempt"] for e in admin.get("/webhooks/deliveries").json()] == [1, 2]


def test_unknown_enum_drift_is_delivered_and_logged(
    api: httpx.Client, admin: httpx.Client, receiver: Receiver, doc: dict[str, Any]
) -> None:
    admin.post("/faults", json={"unknown_enum_every": 1})
    subscribe(api, receiver.url, "Inbound.Received")
    subscribe(api, receiver.url, "Return.Updated")
    sku = make_product(api)["logisticsSku"]
    stock(api, admin, sku, 2)  # Inbound.Received: its enumerated member is "type"
    item = {"identifier": "SKU-1", "type": "SKU", "quantity": 1}
    created = api.post("/returns", json={"externalReturnId": "R-D", "rma": "RMA-D", "returnItems": [item]})
    assert created.status_code in (200, 201), created.text
    admin.post("/webhooks/flush")
    by_type = {body["logisticsEventType"]: body for _, body in receiver.calls}
    assert by_type["Inbound.Received"]["type"] == "REROUTED"
    assert by_type["Return.Updated"]["status"] == "REROUTED"
    assert any("REROUTED" in e for e in webhook_errors(doc, "Return.Updated", by_type["Return.Updated"]))
    log = {e["logisticsEventType"]: e for e in admin.get("/webhooks/deliveries").json()}
    assert log["Inbound.Received"]["drift"] == "unknown_enum:type"
    assert log["Inbound.Received"]["status"] == 200
    assert log["Return.Updated"]["drift"] == "unknown_enum:status"
    # A 2026-02 receiver copes: the value it cannot type comes back raw.
    parsed = FacadeReceiver(version="2026-02", auth=NoAuth()).parse(
        body=json.dumps(by_type["Inbound.Received"]).encode(), headers={}
    )
    assert isinstance(parsed, UnknownEvent) and parsed.payload["type"] == "REROUTED"


def test_unknown_event_drift_comes_with_the_real_event(
    api: httpx.Client, admin: httpx.Client, receiver: Receiver, doc: dict[str, Any]
) -> None:
    admin.post("/faults", json={"unknown_event_every": 2})
    subscribe(api, receiver.url, "Shipment.Created")
    subscribe(api, receiver.url, "Order.Shipped")
    order_id = ship_one_order(api, admin)  # delivery 1: Shipment.Created, 2: Order.Shipped (+ drift)
    types = [body["logisticsEventType"] for _, body in receiver.calls]
    assert sorted(types) == ["Order.Rerouted", "Order.Shipped", "Shipment.Created"]
    assert "Order.Rerouted" not in doc["x-webhooks"]
    drift = next(body for _, body in receiver.calls if body["logisticsEventType"] == "Order.Rerouted")
    assert drift["orderId"] == order_id and set(drift) >= ENVELOPE
    real_ids = {b["logisticsEventId"] for _, b in receiver.calls if b is not drift}
    assert drift["logisticsEventId"] not in real_ids
    logged = [e for e in admin.get("/webhooks/deliveries").json() if e.get("drift") == "unknown_event"]
    assert [(e["logisticsEventType"], e["status"]) for e in logged] == [("Order.Rerouted", 200)]
