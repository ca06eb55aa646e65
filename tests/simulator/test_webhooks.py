"""Webhook subscriptions and deliveries: 202, https only, 409, auth methods, flat payloads, retries."""

from __future__ import annotations

import base64
from typing import Any

import httpx

from flexport_facade.testing.synth import Schemas
from flexport_facade.testing.validation import Validator
from tests.simulator.conftest import ADDRESS, STEP, Receiver, make_product, stock

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
