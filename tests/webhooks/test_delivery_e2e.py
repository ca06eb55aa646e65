"""End to end on loopback: subscribe through the facade, the simulator ships an order and delivers
(with duplicates), the receiver's ASGI endpoint verifies, types and de-duplicates."""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from flexport_facade import Flexport
from flexport_facade.testing import Faults, RunningSimulator, run_simulator
from flexport_facade.testing._server import serve_in_thread
from flexport_facade.webhooks import (
    MemoryDeduper,
    Receiver,
    TokenHeader,
    UnknownEvent,
    check_url,
    list_subscriptions,
    subscribe,
    unsubscribe,
)

HOOK_SECRET = "hook-token-4242"
ADDRESS = {"address1": "1 Main St", "city": "Reno", "provinceCode": "NV", "zip": "89502", "countryCode": "US"}


@pytest.fixture
def sim() -> Iterator[RunningSimulator]:
    faults = Faults(allow_http_loopback_webhooks=True, duplicate_every=2)
    with run_simulator("2026-02", faults=faults) as running:
        yield running


def advance(sim: RunningSimulator, seconds: float) -> None:
    httpx.post(f"{sim.url}/_sim/clock/advance", json={"seconds": seconds}).raise_for_status()


def test_https_is_checked_before_any_request() -> None:
    with pytest.raises(ValueError, match="https://"):
        check_url("http://hooks.example.com/x")
    with pytest.raises(ValueError, match="https://"):
        check_url("ftp://hooks.example.com/x")
    check_url("https://hooks.example.com/x")
    check_url("http://127.0.0.1:8000/x", allow_insecure_loopback=True)
    with pytest.raises(ValueError):
        check_url("http://10.0.0.1/x", allow_insecure_loopback=True)


def test_delivery_from_the_simulator_to_the_receiver(sim: RunningSimulator) -> None:
    got: list[Any] = []
    receiver = Receiver(
        version="2026-02", auth=TokenHeader("X-Hook-Token", HOOK_SECRET), dedupe=MemoryDeduper()
    )
    app = receiver.asgi(got.append)
    with (
        serve_in_thread(app) as (_, hook_url),
        Flexport(version="2026-02", token=sim.token, base_url=sim.url) as fx,
    ):
        auth = TokenHeader("X-Hook-Token", HOOK_SECRET)
        for event_type in ("Order.Shipped", "Shipment.Created", "Shipment.Shipped"):
            hook = subscribe(fx, event_type, f"{hook_url}/hooks", auth=auth, allow_insecure_loopback=True)
        hooks = list_subscriptions(fx)
        assert len(hooks) == 3 and {h.auth_method for h in hooks} == {"TOKEN"}
        assert HOOK_SECRET not in repr(hooks) and HOOK_SECRET not in repr(hook)

        sku = fx.request("POST", "/products", json=_product()).json()["logisticsSku"]
        fx.request("POST", "/inbounds/shipments", json=_inbound(sku))
        advance(sim, 3600)  # the sandbox auto-receives inbounds
        fx.request(
            "POST",
            "/orders",
            json={
                "externalOrderId": "E2E-1",
                "address": ADDRESS,
                "lineItems": [{"logisticsSku": sku, "quantity": 1}],
            },
            idempotency_key="order-E2E-1",
        )
        advance(sim, 3600)  # ...and ships orders, emitting events and webhooks
        deadline = time.monotonic() + 10
        while len(got) < 3 and time.monotonic() < deadline:
            time.sleep(0.02)
        unsubscribe(fx, hook.id)
        assert len(list_subscriptions(fx)) == 2

    kinds = sorted(type(e).__name__ for e in got)
    assert kinds == ["OrderShippedEvent", "ShipmentCreatedEvent", "ShipmentShippedEvent"], got
    assert not any(isinstance(e, UnknownEvent) for e in got)
    sent = httpx.get(f"{sim.url}/_sim/webhooks/deliveries").json()
    assert len(sent) > len(got)  # duplicates were delivered, and dropped by the receiver
    assert HOOK_SECRET not in str(sent)


def _product() -> dict[str, Any]:
    return {
        "name": "Demo mug",
        "merchantSku": "MUG-1",
        "dimensions": {
            "weight": 1,
            "weightUnit": "lb",
            "height": 4,
            "width": 4,
            "length": 4,
            "lengthUnit": "in",
        },
    }


def _inbound(sku: str) -> dict[str, Any]:
    return {
        "from": ADDRESS,
        "prep": {"boxContentLabels": False},
        "items": [{"logisticsSku": sku, "quantity": 5}],
    }


def test_return_updated_deliveries_parse_into_their_model(sim: RunningSimulator) -> None:
    got: list[Any] = []
    receiver = Receiver(version="2026-02", auth=TokenHeader("X-Hook-Token", HOOK_SECRET))
    with (
        serve_in_thread(receiver.asgi(got.append)) as (_, hook_url),
        Flexport(version="2026-02", token=sim.token, base_url=sim.url) as fx,
    ):
        auth = TokenHeader("X-Hook-Token", HOOK_SECRET)
        subscribe(fx, "Return.Updated", f"{hook_url}/hooks", auth=auth, allow_insecure_loopback=True)
        body = {
            "externalReturnId": "R-1",
            "rma": "RMA-1",
            "returnItems": [{"identifier": "SKU-1", "type": "SKU", "quantity": 1}],
        }
        created = fx.request("POST", "/returns", json=body).json()
        fx.request("POST", f"/returns/{created['id']}/cancel")
        deadline = time.monotonic() + 10
        while len(got) < 2 and time.monotonic() < deadline:
            time.sleep(0.02)
    assert [type(e).__name__ for e in got] == ["ReturnUpdatedEvent", "ReturnUpdatedEvent"], got
    assert [e.status.value for e in got] == ["CREATED", "CANCELLED"]


async def test_async_subscription_helpers(sim: RunningSimulator) -> None:
    from flexport_facade import AsyncFlexport
    from flexport_facade.webhooks import alist_subscriptions, asubscribe, aunsubscribe

    async with AsyncFlexport(version="2026-02", token=sim.token, base_url=sim.url) as afx:
        auth = TokenHeader("X-Hook-Token", HOOK_SECRET)
        hook = await asubscribe(afx, "Order.Shipped", "https://hooks.example.com/flexport", auth=auth)
        assert [h.id for h in await alist_subscriptions(afx)] == [hook.id]
        await aunsubscribe(afx, hook)
        assert await alist_subscriptions(afx) == []
