"""The simulator's Python admin API, driven the way a user's test would drive it."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from flexport_facade import FileTokenStore, Flexport, FlexportOAuth, RetryPolicy, errors
from flexport_facade.testing import (
    Faults,
    RunningSimulator,
    SimulatorAdmin,
    SimulatorAdminError,
    run_simulator,
)
from flexport_facade.testing._server import serve_in_thread
from flexport_facade.webhooks import Receiver, TokenHeader, subscribe

ADDRESS = {"address1": "1 Main St", "city": "Reno", "provinceCode": "NV", "zip": "89502", "countryCode": "US"}
NO_RETRY = RetryPolicy(attempts=1)


@pytest.fixture
def sim() -> Iterator[RunningSimulator]:
    with run_simulator("2026-02", faults=Faults(allow_http_loopback_webhooks=True)) as running:
        yield running


@pytest.fixture
def fx(sim: RunningSimulator) -> Iterator[Flexport]:
    with Flexport(version="2026-02", token=sim.token, base_url=sim.url, retry=NO_RETRY) as client:
        yield client


def new_product(fx: Flexport, name: str = "Mug") -> str:
    sku: str = fx.products.create_product(body={"name": name, "merchantSku": name.upper()}).logistics_sku
    return sku


def order_body(sku: str, units: int, external: str = "ORDER-1") -> dict[str, Any]:
    return {
        "externalOrderId": external,
        "address": ADDRESS,
        "lineItems": [{"logisticsSku": sku, "quantity": units}],
    }


def test_receive_inbound_then_advance_clock_takes_an_order_to_shipped(
    sim: RunningSimulator, fx: Flexport
) -> None:
    sku = new_product(fx)
    with pytest.raises(errors.UnprocessableEntity, match="insufficient inventory"):
        fx.orders.create_order(body=order_body(sku, 2))
    shipment = sim.receive_inbound({sku: 10})
    assert shipment["status"] == "COMPLETED"
    assert fx.products.get_inventory(logistics_sku=sku).available == 10
    order = fx.orders.create_order(body=order_body(sku, 2))
    state = fx.request("GET", f"/orders/{order.id}").json()["state"]
    assert state["fulfillmentStatus"] == "ROUTING_IN_PROGRESS"
    moved = sim.advance_clock(hours=1)
    assert moved["transitions"] >= 1
    assert fx.request("GET", f"/orders/{order.id}").json()["state"]["fulfillmentStatus"] == "SHIPPED"
    types = {e["type"] for e in fx.request("GET", "/events", params={"limit": 100}).json()}
    assert {"Inbound.Received", "Inventory.Adjusted", "Order.Shipped"} <= types


def test_admin_refusals_say_why(sim: RunningSimulator) -> None:
    with pytest.raises(SimulatorAdminError, match="no product NOPE"):
        sim.receive_inbound({"NOPE": 1})
    with pytest.raises(SimulatorAdminError, match="positive units"):
        sim.receive_inbound({"NOPE": 0})
    with pytest.raises(SimulatorAdminError, match="unknown fault switches: bogus"):
        sim.set_faults(bogus=1)
    with pytest.raises(ValueError, match="only moves forward"):
        sim.advance_clock(hours=-1)


def test_faults_by_call_and_by_admin(sim: RunningSimulator, fx: Flexport) -> None:
    sim.faults(throttle_next=1)
    with pytest.raises(errors.RateLimited):
        fx.request("GET", "/warehouses/active")
    assert sim.set_faults(throttle_next=1)["throttle_next"] == 1
    with pytest.raises(errors.RateLimited):
        fx.request("GET", "/warehouses/active")
    sim.outage(30, status=502)
    with pytest.raises(errors.ServerError):
        fx.request("GET", "/warehouses/active")
    sim.advance_clock(seconds=31)
    assert fx.request("GET", "/warehouses/active").status_code == 200


def test_tokens_and_account_flags(sim: RunningSimulator, fx: Flexport) -> None:
    reader = sim.issue_token(["read_logistics_products"])
    with Flexport(version="2026-02", token=reader, base_url=sim.url, retry=NO_RETRY) as limited:
        limited.products.get_products()
        with pytest.raises(errors.Forbidden):
            limited.orders.get_order(order_id="1")
        sim.revoke_token(reader)
        with pytest.raises(errors.Unauthorized):
            limited.products.get_products()
    assert sim.set_account(frozen=True)["frozen"] is True
    with pytest.raises(errors.Locked):
        fx.products.get_products()
    sim.set_account(frozen=False)
    assert all(not flags["frozen"] for flags in sim.state()["accounts"].values())


def test_register_oauth_client_and_complete_the_code_flow(sim: RunningSimulator, tmp_path: Any) -> None:
    sim.register_oauth_client("my-app", "https://app.example/callback", client_secret="s3cret")
    oauth = FlexportOAuth(
        client_id="my-app",
        client_secret="s3cret",
        redirect_uri="https://app.example/callback",
        version="2026-02",
        base_url=sim.url,
        store=FileTokenStore(tmp_path),
    )
    url, state = oauth.authorization_url(["read_logistics_products"])
    callback = httpx.get(url, follow_redirects=False).headers["location"]  # what the browser follows
    token = oauth.complete(callback, expected_state=state)
    with Flexport(version="2026-02", base_url=sim.url, auth=oauth.auth_for(token.logistics_account_id)) as fx:
        assert fx.products.get_products() is not None


def test_webhooks_flush_and_deliveries(sim: RunningSimulator, fx: Flexport) -> None:
    received: list[Any] = []
    auth = TokenHeader("X-Hook", "hook-secret")
    receiver = Receiver(version="2026-02", auth=auth)
    with serve_in_thread(receiver.asgi(received.append)) as (_, hook_url):
        subscribe(fx, "Inventory.Adjusted", f"{hook_url}/hooks", auth=auth, allow_insecure_loopback=True)
        sku = new_product(fx)
        sim.receive_inbound({sku: 3})
        sim.flush_webhooks()
        sent = sim.deliveries()
    assert [d["logisticsEventType"] for d in sent] == ["Inventory.Adjusted"]
    assert sent[0]["status"] == 200 and "hook-secret" not in repr(sent)
    assert [type(e).__name__ for e in received] == ["InventoryAdjustedEvent"]


def test_emit_event_and_reset(sim: RunningSimulator, fx: Flexport) -> None:
    sim.emit_event("Order.Shipped", {"orderId": "42"})
    events = fx.request("GET", "/events", params={"limit": 10}).json()
    assert [(e["type"], e["payload"]["orderId"]) for e in events] == [("Order.Shipped", "42")]
    new_product(fx)
    sim.reset(throttle_next=0)
    assert fx.request("GET", "/products").json() == []
    assert fx.request("GET", "/events", params={"limit": 10}).json() == []


def test_simulator_admin_drives_a_server_by_url(sim: RunningSimulator) -> None:
    remote = SimulatorAdmin(sim.url + "/")
    assert remote.state()["version"] == "2026-02"
    remote.set_faults(drop_next=1)
    assert sim.faults.drop_next == 1  # the same simulator
