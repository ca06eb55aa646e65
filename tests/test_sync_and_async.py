"""Every public operation family, one test body run against both clients (``flavour``: sync, async).

The sync client is generated from the async one (scripts/unasync.py); these tests are what shows the
two behave alike: bound operations, the typed call, ``request``, errors and the 401 hook, retries,
both pagination styles with fetch-ahead, checkpoints, OAuth-bound calls, webhook subscriptions
and the v1 resources. Servers are the local simulators on loopback, seeded over HTTP.
"""

from __future__ import annotations

import importlib
import json
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
import pytest
from both_clients import Flavour, close, collect, maybe_await

from flexport_facade import ApiResponse, RetryEvent, RetryPolicy, errors
from flexport_facade.auth import FlexportOAuth, MemoryTokenStore, ReauthorizationRequired, TokenRevoked
from flexport_facade.testing import RunningSimulator, run_simulator
from flexport_facade.testing._v1 import V1Simulator, run_v1_simulator
from flexport_facade.webhooks import TokenHeader

PRODUCTS = 37  # not a multiple of the page sizes below, so the last page is short
EVENTS = 23
V1_KEY = "41a08de1c61033008bb1998ae0c66ed3"
OAUTH_CLIENT = {
    "client_id": "both-app",
    "client_secret": "both-secret-123",
    "redirect_uri": "https://app.example/cb",
}


def product_body(i: int) -> dict[str, Any]:
    dims = {"weight": 1, "weightUnit": "lb", "height": 1, "width": 1, "length": 1, "lengthUnit": "in"}
    return {"name": f"P{i}", "merchantSku": f"SKU-{i:04d}", "dimensions": dims}


@pytest.fixture(scope="module")
def sim() -> Iterator[RunningSimulator]:
    with run_simulator("2026-02") as running:
        with httpx.Client(
            base_url=running.api_url, headers={"authorization": f"Bearer {running.token}"}
        ) as c:
            for i in range(PRODUCTS):
                assert c.post("/products", json=product_body(i)).status_code == 201
        for i in range(EVENTS):
            event = {"type": "Inventory.Adjusted", "payload": {"adjustmentId": str(i)}}
            httpx.post(f"{running.url}/_sim/events", json=event).raise_for_status()
        httpx.post(f"{running.url}/_sim/oauth/clients", json=OAUTH_CLIENT).raise_for_status()
        yield running


class Recorder:
    """A retry policy's sleeps and events, without waiting."""

    def __init__(self) -> None:
        self.sleeps: list[float] = []
        self.events: list[RetryEvent] = []

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)

    async def async_sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)

    def policy(self) -> RetryPolicy:
        return RetryPolicy(
            attempts=3,
            sleep=self.sleep,
            async_sleep=self.async_sleep,
            rand=lambda: 0.0,
            on_retry=self.events.append,
        )


@pytest.fixture
def recorder() -> Recorder:
    return Recorder()


@pytest.fixture
async def fx(sim: RunningSimulator, flavour: Flavour, recorder: Recorder) -> AsyncIterator[Any]:
    client = flavour.Flexport(version="2026-02", token=sim.token, base_url=sim.url, retry=recorder.policy())
    yield client
    await close(client)


def skus(items: list[Any]) -> list[str]:
    return [p.merchant_sku for p in items]


ALL_SKUS = [f"SKU-{i:04d}" for i in range(PRODUCTS)]


# -- operations, the typed call, request ----------------------------------------------------------


async def test_bound_operation_returns_the_model_and_raw_the_whole_answer(flavour: Flavour) -> None:
    with run_simulator("2026-02") as scratch:  # its own: the shared one's product list stays as seeded
        fx = flavour.Flexport(version="2026-02", token=scratch.token, base_url=scratch.url)
        try:
            created = await maybe_await(fx.products.create_product(body=product_body(900)))
            sku = created.logistics_sku
            assert sku and created.merchant_sku == "SKU-0900"
            got = await maybe_await(fx.products.get_product(logistics_sku=sku))
            assert got.name == created.name == "P900"
            raw = await maybe_await(fx.products.get_product.raw(logistics_sku=sku))
            assert isinstance(raw, ApiResponse) and raw.ok and raw.status_code == 200
            assert raw.parsed is not None and raw.parsed.logistics_sku == sku and raw.error is None
        finally:
            await close(fx)


async def test_typed_call_and_the_generated_function_on_fx_client(fx: Any, flavour: Flavour) -> None:
    get_products = importlib.import_module("flexport_logistics_v2026_02.api.products.get_products")
    active = importlib.import_module("flexport_logistics_v2026_02.api.warehouses.get_active_warehouses")
    typed = get_products.asyncio_detailed if flavour.is_async else get_products.sync_detailed
    page = await maybe_await(fx.call(typed, client=fx.client, limit=5, offset=0))
    assert isinstance(page, list) and skus(page) == ALL_SKUS[:5]
    direct = active.asyncio if flavour.is_async else active.sync
    assert "ATL1" in await maybe_await(direct(client=fx.client))
    wrong = active.sync if flavour.is_async else active.asyncio
    with pytest.raises(TypeError, match=r"call the (asyncio|sync)_\* functions"):
        await maybe_await(wrong(client=fx.client))


async def test_request_any_path_and_views_sharing_the_pool(fx: Any, flavour: Flavour) -> None:
    response = await maybe_await(fx.request("GET", "/warehouses/active"))
    assert response.status_code == 200 and "ATL1" in response.json()
    view = fx.with_options(retry=RetryPolicy(attempts=1))
    assert view.version == "2026-02" and view._pipeline.client is fx._pipeline.client
    other = fx.at("2025-03")
    assert other.version == "2025-03" and type(other) is flavour.Flexport
    assert other.path("/products") == "/logistics/api/2025-03/products"


# -- errors and the 401 hook ----------------------------------------------------------------------


async def test_errors_are_typed_and_raw_keeps_them(fx: Any) -> None:
    with pytest.raises(errors.NotFound) as caught:
        await maybe_await(fx.products.get_product(logistics_sku="D0000000000"))
    assert caught.value.status == 404
    raw = await maybe_await(fx.products.get_product.raw(logistics_sku="D0000000000"))
    assert raw.status_code == 404 and isinstance(raw.error, errors.NotFound) and raw.parsed is None
    with pytest.raises(errors.NotFound):
        await maybe_await(fx.request("GET", "/products/D0000000000"))


class HookedAuth(httpx.Auth):
    """A token that the server refuses, and an ``on_unauthorized`` that a token store would have."""

    def __init__(self, *, coroutine: bool) -> None:
        self.told: list[int] = []
        if coroutine:

            async def hook(error: errors.Unauthorized) -> None:
                self.told.append(error.status)

            self.on_unauthorized: Any = hook
        else:
            self.on_unauthorized = lambda error: self.told.append(error.status)

    def auth_flow(self, request: httpx.Request) -> Iterator[httpx.Request]:
        request.headers["Authorization"] = "Bearer not-a-token-of-the-simulator"
        yield request


async def test_401_is_unauthorized_and_the_hook_runs_once(sim: RunningSimulator, flavour: Flavour) -> None:
    auth = HookedAuth(coroutine=flavour.is_async)  # a coroutine hook runs only on the async client
    client = flavour.Flexport(version="2026-02", auth=auth, base_url=sim.url, retry=Recorder().policy())
    try:
        with pytest.raises(errors.Unauthorized):
            await maybe_await(client.products.get_products(limit=1))
        with pytest.raises(errors.Unauthorized):
            await maybe_await(client.request("GET", "/warehouses/active"))
    finally:
        await close(client)
    assert auth.told == [401, 401]


# -- retries --------------------------------------------------------------------------------------


async def test_a_429_is_retried_after_a_recorded_sleep(
    fx: Any, sim: RunningSimulator, recorder: Recorder
) -> None:
    sim.faults.throttle_next = 1
    response = await maybe_await(fx.request("GET", "/warehouses/active"))
    assert response.status_code == 200
    assert [e.status for e in recorder.events] == [429] and len(recorder.sleeps) == 1


async def test_dropped_connections_end_in_connection_failed(
    fx: Any, sim: RunningSimulator, recorder: Recorder
) -> None:
    sim.faults.drop_next = 3  # every attempt of the policy
    try:
        with pytest.raises(errors.ConnectionFailed):
            await maybe_await(fx.products.get_products(limit=1))
    finally:
        sim.faults.drop_next = 0
    assert len(recorder.events) == 2 and all(e.status is None for e in recorder.events)


# -- pagination: offset with fetch-ahead, cursor, checkpoints --------------------------------------


@pytest.mark.parametrize("concurrency", [1, 3])
async def test_offset_pages_every_item_once_in_order(fx: Any, concurrency: int) -> None:
    got = await collect(fx.paginate(fx.products.get_products, limit=10, concurrency=concurrency))
    assert skus(got) == ALL_SKUS
    pages = await collect(fx.paginate("/products", limit=10, concurrency=concurrency).pages())
    assert [len(p) for p in pages] == [10, 10, 10, 7]
    assert [p["merchantSku"] for page in pages for p in page] == ALL_SKUS


async def test_cursor_pages_follow_the_link_by_operation_and_by_path(fx: Any) -> None:
    by_op = [e.id for e in await collect(fx.paginate(fx.events.get_events, limit=6))]
    by_path = [e["id"] for e in await collect(fx.paginate("/events", limit=6))]
    assert len(by_op) == EVENTS and len(set(by_op)) == EVENTS and by_op == by_path
    pager = fx.paginate(fx.events.get_events, limit=6)
    await collect(pager)
    assert pager.style == "cursor" and pager.checkpoint["style"] == "cursor"


@pytest.mark.parametrize("target", ["operation", "path"])
async def test_checkpoint_mid_page_resumes_with_exactly_the_rest(fx: Any, target: str) -> None:
    op = fx.products.get_products if target == "operation" else "/products"
    pager = fx.paginate(op, limit=8, concurrency=2)
    first = await collect(pager, limit=13)
    saved = json.loads(json.dumps(pager.checkpoint))  # a checkpoint survives JSON
    await close(pager)
    rest = await collect(fx.paginate(op, resume=saved))
    names = [p.merchant_sku if target == "operation" else p["merchantSku"] for p in first + rest]
    assert names == ALL_SKUS


async def test_a_second_loop_over_one_pager_continues(fx: Any) -> None:
    pager = fx.paginate(fx.products.get_products, limit=10)
    first = await collect(pager, limit=4)
    second = await collect(pager)
    assert skus(first + second) == ALL_SKUS and "items=37" in repr(pager)


async def test_paginate_refuses_a_one_resource_operation(fx: Any) -> None:
    with pytest.raises(TypeError, match="returns one resource"):
        fx.paginate(fx.products.get_product)


# -- OAuth-bound calls ----------------------------------------------------------------------------


async def test_oauth_token_calls_the_api_and_a_revoked_one_is_marked(
    sim: RunningSimulator, flavour: Flavour
) -> None:
    oauth = FlexportOAuth(
        client_id=OAUTH_CLIENT["client_id"],
        client_secret=OAUTH_CLIENT["client_secret"],
        redirect_uri=OAUTH_CLIENT["redirect_uri"],
        version="2026-02",
        base_url=sim.url,
        store=MemoryTokenStore(),
    )
    scopes = ["read_logistics_warehouses"]
    url, state = oauth.authorization_url(scopes)
    callback = httpx.get(url, follow_redirects=False).headers["location"]
    token = oauth.complete(callback, expected_state=state, scopes=scopes)
    account = token.logistics_account_id
    client = flavour.Flexport(version="2026-02", auth=oauth.auth_for(account), base_url=sim.url)
    try:
        assert "ATL1" in (await maybe_await(client.request("GET", "/warehouses/active"))).json()
        httpx.post(f"{sim.url}/_sim/tokens/revoke", json={"token": token.access_token}).raise_for_status()
        with pytest.raises(TokenRevoked, match=account):
            await maybe_await(client.request("GET", "/warehouses/active"))
        stored = oauth.store.get(account)
        assert stored is not None and not stored.active
        with pytest.raises(ReauthorizationRequired, match=account):
            await maybe_await(client.request("GET", "/warehouses/active"))
    finally:
        await close(client)
        oauth.close()


# -- webhook subscriptions ------------------------------------------------------------------------


async def test_subscribe_list_and_unsubscribe(fx: Any, flavour: Flavour) -> None:
    secret = f"hook-secret-{flavour.name}-0123456789"
    url = f"https://hooks.example.com/{flavour.name}"
    hook = await maybe_await(flavour.subscribe(fx, "Order.Shipped", url, auth=TokenHeader("X-Hook", secret)))
    assert hook.url == url and hook.auth_method == "TOKEN" and hook.token_header == "X-Hook"
    assert secret not in repr(hook)
    listed = await maybe_await(flavour.list_subscriptions(fx))
    assert hook.id in [h.id for h in listed]
    await maybe_await(flavour.unsubscribe(fx, hook))
    assert hook.id not in [h.id for h in await maybe_await(flavour.list_subscriptions(fx))]
    with pytest.raises(ValueError, match="https://"):
        await maybe_await(
            flavour.subscribe(fx, "Order.Shipped", "http://hooks.example.com", auth=TokenHeader("X", secret))
        )


# -- Flexport API v1 ------------------------------------------------------------------------------


@pytest.fixture
def v1_sim() -> Iterator[V1Simulator]:
    with run_v1_simulator(V1_KEY) as server:
        yield server


@pytest.fixture
async def v1(v1_sim: V1Simulator, flavour: Flavour, recorder: Recorder) -> AsyncIterator[Any]:
    client = flavour.FlexportV1(token=V1_KEY, base_url=v1_sim.base_url, retry=recorder.policy())
    yield client
    await close(client)


async def test_v1_resources_round_trip(v1: Any, v1_sim: V1Simulator) -> None:
    created = await maybe_await(v1.products.create({"name": "Mug"}))
    assert (await maybe_await(v1.products.get(created["id"])))["name"] == "Mug"
    assert v1_sim.state.requests[-2].body == {"record": {"name": "Mug"}}
    updated = await maybe_await(v1.products.update(created["id"], {"name": "Big mug"}))
    assert updated["name"] == "Big mug"
    assert [s["id"] for s in await maybe_await(v1.shipments.list())] == [12345]
    assert (await maybe_await(v1.invoices.list("paid")))[0]["id"] == 4321
    assert await maybe_await(v1.network.list()) and await maybe_await(v1.currency_codes.list())
    body = await maybe_await(v1.request("GET", "/currency_codes"))
    assert isinstance(body, dict)
    await maybe_await(v1.products.delete(created["id"]))
    with pytest.raises(errors.NotFound):
        await maybe_await(v1.products.get(created["id"]))


async def test_v1_paginate_pages_and_whole_lists(v1: Any) -> None:
    ports = await collect(v1.paginate("/ports", per=7))
    by_method = await collect(v1.paginate(v1.ports.search, per=7))
    assert len(ports) > 7 and [p["id"] for p in ports] == [p["id"] for p in by_method]
    first_two = await collect(v1.paginate("/ports", per=5, max_pages=2))
    assert [p["id"] for p in first_two] == [p["id"] for p in ports[:10]]
    names = [po["name"] for po in await collect(v1.paginate(v1.purchase_orders.list))]
    assert names
    with pytest.raises(TypeError, match="not a list method"):
        v1.paginate(v1.shipments.create)


async def test_v1_bad_key_is_unauthorized_and_retries_are_shared(
    v1_sim: V1Simulator, flavour: Flavour, recorder: Recorder
) -> None:
    bad = flavour.FlexportV1(token="bad-key-9999", base_url=v1_sim.base_url, retry=recorder.policy())
    try:
        with pytest.raises(errors.Unauthorized):
            await maybe_await(bad.shipments.list())
    finally:
        await close(bad)
    assert recorder.events == []  # a 401 is not retried
