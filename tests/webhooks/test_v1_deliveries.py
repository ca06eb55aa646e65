"""Flexport API v1 deliveries meet the receiver: X-Hub-Signature, typed models, duplicates."""

from __future__ import annotations

import json
import logging
from typing import Any

import httpx
import pytest

from flexport_facade.testing._v1 import ping_event, seeded_state, shipment_event, webhook_delivery
from flexport_facade.webhooks import (
    HubSignature,
    InvalidPayload,
    Receiver,
    Unauthenticated,
    UnknownEvent,
)

SECRET = "v1-hook-secret-77"
SHIPMENT = seeded_state().shipments[12345]  # a whole v1 shipment record, as the simulator serves it


def receiver() -> Receiver:
    return Receiver(version="v1", auth=HubSignature(SECRET))


def test_ping_and_shipment_events_parse_into_v1_models() -> None:
    r = receiver()
    body, headers = webhook_delivery(ping_event(), SECRET)
    assert type(r.parse(body=body, headers=headers)).__name__ == "PingEvent"
    body, headers = webhook_delivery(shipment_event(SHIPMENT, "departed", message="left port"), SECRET)
    event = r.parse(body=body, headers=headers)
    assert type(event).__name__ == "ShipmentEvent" and not isinstance(event, UnknownEvent)
    assert r.parse(body=body, headers=headers) is None  # the same delivery again: dropped


def test_tampered_body_and_wrong_secret_are_refused() -> None:
    body, headers = webhook_delivery(ping_event(), SECRET)
    with pytest.raises(Unauthenticated):
        receiver().parse(body=body.replace(b"ping", b"pong"), headers=headers)
    other, other_headers = webhook_delivery(ping_event(), "not-the-secret")
    with pytest.raises(Unauthenticated):
        receiver().parse(body=other, headers=other_headers)
    with pytest.raises(Unauthenticated, match="missing X-Hub-Signature"):
        receiver().parse(body=body, headers={})


def test_a_v1_body_without_type_is_a_clear_error() -> None:
    body, headers = webhook_delivery({"created_at": "2016-02-18T00:54:47.529Z"}, SECRET)
    with pytest.raises(InvalidPayload, match="'type' or 'data'"):
        receiver().parse(body=body, headers=headers)


async def test_asgi_endpoint_answers_401_on_a_bad_signature_and_never_logs_the_secret(caplog: Any) -> None:
    got: list[Any] = []
    app = receiver().asgi(got.append)
    body, headers = webhook_delivery(shipment_event(SHIPMENT, "arrived"), SECRET)
    with caplog.at_level(logging.DEBUG):
        async with httpx.AsyncClient(
            transport=httpx.ASGITransport(app=app), base_url="http://hooks"
        ) as client:
            good = await client.post("/", content=body, headers=headers)
            bad = await client.post("/", content=body, headers={"X-Hub-Signature": "sha1=" + "0" * 40})
        await app.drain()
    assert (good.status_code, bad.status_code) == (200, 401)
    assert [type(e).__name__ for e in got] == ["ShipmentEvent"]
    assert SECRET not in caplog.text and headers["X-Hub-Signature"] not in caplog.text
    assert json.loads(bad.text)["detail"] == "X-Hub-Signature does not match the body"
