"""Bound operations, the raw variant, the typed call path and request(), on two fixture versions.

Tests on ``fx`` run with ``Flexport`` and with ``AsyncFlexport`` (``flavour``).
"""

from __future__ import annotations

import importlib
import inspect
import json
import uuid
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from both_clients import Flavour, close, maybe_await
from facade_support import TOKEN, LocalServer, Reply

from flexport_facade import ApiResponse, AsyncFlexport, Flexport, RetryPolicy, errors
from flexport_facade._core.operations import _scan, index_for

PRODUCT = {"logisticsSku": "D0123456789", "name": "Mug", "merchantSku": "MUG-1"}


@pytest.fixture
async def fx(server: LocalServer, policy: RetryPolicy, flavour: Flavour) -> AsyncIterator[Any]:
    """``Flexport`` or ``AsyncFlexport``: every test on ``fx`` here runs with both."""
    client = flavour.Flexport(version="2026-02", token=TOKEN, base_url=server.url, retry=policy)
    yield client
    await close(client)


async def test_dir_lists_tags_and_operations(fx: Any) -> None:
    assert {"events", "orders", "products", "warehouses"} <= set(dir(fx))
    assert dir(fx.products) == ["get_product", "get_products"]
    assert "warehouses" not in dir(fx.at("2025-03"))


async def test_operation_metadata_is_exposed(fx: Any) -> None:
    meta = fx.products.get_products.meta
    assert (meta.method, meta.path, meta.pagination) == ("GET", "/logistics/api/2026-02/products", "offset")
    assert meta.query == ("limit", "offset")
    assert fx.events.get_events.meta.pagination == "cursor"
    assert fx.orders.create_order.meta.has_body
    assert fx.products.get_product.meta.scopes == ("read_logistics_products",)
    assert "get_product" in repr(fx.products.get_product)


async def test_unknown_tag_and_operation_say_what_exists(fx: Any) -> None:
    with pytest.raises(AttributeError, match=r"has: events, orders, products$"):
        _ = fx.at("2025-03").warehouses
    with pytest.raises(AttributeError, match="get_product, get_products"):
        _ = fx.products.get_prodcut


async def test_bound_operation_on_two_versions(fx: Any, server: LocalServer) -> None:
    server.default = lambda seen: Reply(200, {**PRODUCT, "logisticsSku": seen.path.rsplit("/", 1)[1]})
    new = await maybe_await(fx.products.get_product(logistics_sku="D0123456789"))
    old = await maybe_await(fx.at("2025-03").products.get_product(logistics_sku="D0000000001"))
    assert type(new).__module__.startswith("fxtest_v2026_02.models")
    assert type(old).__module__.startswith("fxtest_v2025_03.models")
    assert (new.logistics_sku, new.name, old.logistics_sku) == ("D0123456789", "Mug", "D0000000001")
    assert [s.path for s in server.seen] == [
        "/logistics/api/2026-02/products/D0123456789",
        "/logistics/api/2025-03/products/D0000000001",
    ]
    assert all(s.headers["authorization"] == f"Bearer {TOKEN}" for s in server.seen)


async def test_at_shares_the_pool_auth_and_retry(fx: Any) -> None:
    other = fx.at("2025-03")
    assert other.version == "2025-03" and fx.version == "2026-02"
    assert other._pipeline.client is fx._pipeline.client
    assert other._pipeline.auth is fx._pipeline.auth
    assert other._pipeline.retry is fx._pipeline.retry
    await close(other)  # a view does not own the pool
    assert not fx._pipeline.client.is_closed


async def test_create_order_sends_body_and_idempotency_key(fx: Any, server: LocalServer) -> None:
    models = importlib.import_module("fxtest_v2026_02.models")
    order = {"id": "1", "externalOrderId": "ext-1", "status": "CREATED"}
    server.queue("POST", "/logistics/api/2026-02/orders", Reply(201, order))
    created = await maybe_await(
        fx.orders.create_order(body=models.NewOrder(external_order_id="ext-1", sku="MUG-1"))
    )
    assert created.id == "1" and created.status == "CREATED"
    sent = server.seen[0]
    assert json.loads(sent.body) == {"externalOrderId": "ext-1", "sku": "MUG-1"}
    uuid.UUID(sent.headers["idempotency-key"])  # a generated key is a UUID


async def test_raw_variant_returns_the_whole_answer(fx: Any, server: LocalServer) -> None:
    server.queue("GET", "/logistics/api/2026-02/products/D1", Reply(200, PRODUCT, headers={"x-extra": "1"}))
    raw = await maybe_await(fx.products.get_product.raw(logistics_sku="D1"))
    assert isinstance(raw, ApiResponse)
    assert (raw.status_code, raw.headers["x-extra"], raw.parsed.name) == (200, "1", "Mug")
    assert raw.correlation_id == "corr-0000-1111" and raw.error is None and not raw.replayed

    server.queue(
        "GET", "/logistics/api/2026-02/products/D2", Reply(404, {"title": "Not Found", "detail": "no D2"})
    )
    missing = await maybe_await(fx.products.get_product.raw(logistics_sku="D2"))
    assert missing.status_code == 404 and missing.parsed is None
    assert isinstance(missing.error, errors.NotFound)
    with pytest.raises(errors.NotFound, match="no D2"):
        missing.raise_for_status()


async def test_non_json_error_never_reaches_the_generated_parser(fx: Any, server: LocalServer) -> None:
    server.queue("GET", "/logistics/api/2026-02/products/D1", Reply(502, "<html>Bad Gateway</html>"))
    with pytest.raises(errors.ServerError) as info:
        await maybe_await(fx.products.get_product(logistics_sku="D1", retry=RetryPolicy(attempts=1)))
    assert info.value.status == 502 and "Bad Gateway" in (info.value.body_excerpt or "")


async def test_typed_call_path(fx: Any, server: LocalServer) -> None:
    from fxtest_v2026_02.api.products import get_product

    server.queue("GET", "/logistics/api/2026-02/products/D1", Reply(200, PRODUCT))
    product = await maybe_await(fx.call(get_product.sync_detailed, logistics_sku="D1", client=fx.client))
    assert product.name == "Mug"

    server.queue("GET", "/logistics/api/2026-02/products/D2", Reply(403, {"title": "Forbidden"}))
    with pytest.raises(errors.Forbidden) as info:
        await maybe_await(fx.call(get_product.sync_detailed, logistics_sku="D2", client=fx.client))
    assert info.value.required_scopes == ("read_logistics_products",)  # looked up from operations.json

    server.queue("GET", "/logistics/api/2026-02/products/D3", Reply(200, PRODUCT))
    raw = await maybe_await(fx.call_raw(get_product.sync_detailed, logistics_sku="D3", client=fx.client))
    assert raw.status_code == 200 and raw.parsed is not None


async def test_call_rejects_what_is_not_a_generated_operation(fx: Any) -> None:
    with pytest.raises(TypeError, match="not a generated operation"):
        await maybe_await(fx.call(len, []))  # type: ignore[arg-type]


async def test_generated_function_given_fx_client_goes_through_the_pipeline(
    fx: Any, server: LocalServer
) -> None:
    from fxtest_v2026_02.api.products import get_product

    server.queue("GET", "/logistics/api/2026-02/products/D1", Reply(503), Reply(200, PRODUCT))
    direct = get_product.asyncio if isinstance(fx, AsyncFlexport) else get_product.sync
    product = await maybe_await(direct(logistics_sku="D1", client=fx.client))
    assert product is not None and product.name == "Mug"
    assert len(server.seen) == 2 and server.seen[1].headers["authorization"] == f"Bearer {TOKEN}"


async def test_request_any_path_under_the_pin(fx: Any, server: LocalServer) -> None:
    server.queue("GET", "/logistics/api/2026-02/warehouses/active", Reply(200, ["W1"]))
    resp = await maybe_await(
        fx.request("GET", "/warehouses/active", params={"countryCode": "US"}, headers={"x-trace": "t"})
    )
    assert resp.json() == ["W1"]
    seen = server.seen[0]
    assert seen.query == "countryCode=US" and seen.headers["x-trace"] == "t"
    assert seen.headers["authorization"] == f"Bearer {TOKEN}"

    server.queue("POST", "/logistics/api/2026-02/things", Reply(409, {"title": "Conflict", "detail": "dup"}))
    with pytest.raises(errors.Conflict):
        await maybe_await(fx.request("POST", "things", json={"a": 1}, idempotency_key="my-key"))
    assert server.seen[1].headers["idempotency-key"] == "my-key"
    assert json.loads(server.seen[1].body) == {"a": 1}


async def test_custom_transport_and_http_client(policy: RetryPolicy) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=PRODUCT)

    fx = Flexport(
        "2026-02", token=lambda: "rotating-token", transport=httpx.MockTransport(handler), retry=policy
    )
    assert (await maybe_await(fx.products.get_product(logistics_sku="D1"))).name == "Mug"
    assert str(seen[0].url) == "https://logistics-api.flexport.com/logistics/api/2026-02/products/D1"
    assert seen[0].headers["authorization"] == "Bearer rotating-token"

    mine = httpx.Client(base_url="http://example.test", transport=httpx.MockTransport(handler))
    fx2 = Flexport("2026-02", token="t0k3n-value", http_client=mine, retry=policy)
    fx2.products.get_product(logistics_sku="D2")
    assert str(seen[1].url) == "http://example.test/logistics/api/2026-02/products/D2"
    fx2.close()
    assert not mine.is_closed  # an injected client belongs to the caller


def test_private_generator_helpers_still_have_the_shape_we_rely_on() -> None:
    # The facade depends on openapi-python-client 0.29.1's private _get_kwargs/_parse_response.
    module = importlib.import_module("fxtest_v2026_02.api.orders.create_order")
    kwargs = inspect.signature(module._get_kwargs).parameters
    assert list(kwargs) == ["body"]
    parse = inspect.signature(module._parse_response).parameters
    assert [(p.name, p.kind) for p in parse.values()] == [
        ("client", inspect.Parameter.KEYWORD_ONLY),
        ("response", inspect.Parameter.KEYWORD_ONLY),
    ]
    built = module._get_kwargs(body=module.NewOrder(external_order_id="x"))
    assert built["method"] == "post" and built["url"] == "/logistics/api/2026-02/orders"
    assert built["json"] == {"externalOrderId": "x"}


def test_scan_fallback_agrees_with_operations_json(generated_root: Path) -> None:
    listed = {op.module: op for op in index_for("fxtest_v2025_03").by_module.values()}
    scanned = {op.module: op for op in _scan(generated_root / "fxtest_v2025_03", "fxtest_v2025_03")}
    assert listed.keys() == scanned.keys()
    for name, op in listed.items():
        got = scanned[name]
        assert (got.method, got.has_body, got.pagination, got.query) == (
            op.method,
            op.has_body,
            op.pagination,
            op.query,
        )
    assert scanned["fxtest_v2025_03.api.products.get_product"].path == (
        "/logistics/api/2025-03/products/{logistics_sku}"
    )


async def test_async_surface(server: LocalServer, policy: RetryPolicy) -> None:
    from fxtest_v2026_02.api.products import get_product

    server.default = lambda seen: Reply(200, PRODUCT)
    server.queue("GET", "/logistics/api/2026-02/products/D1", Reply(503))
    async with AsyncFlexport("2026-02", token=TOKEN, base_url=server.url, retry=policy) as afx:
        assert (await afx.products.get_product(logistics_sku="D1")).name == "Mug"
        assert (await afx.at("2025-03").products.get_product.raw(logistics_sku="D2")).status_code == 200
        typed = await afx.call(get_product.asyncio_detailed, logistics_sku="D3", client=afx.client)
        assert typed.name == "Mug"
        assert (await afx.request("GET", "/warehouses/active")).status_code == 200
        direct = await get_product.asyncio(logistics_sku="D4", client=afx.client)  # type: ignore[arg-type]
        assert direct is not None
        assert dir(afx.products) == ["get_product", "get_products"]
    assert [s.path.rsplit("/", 1)[1] for s in server.seen] == ["D1", "D1", "D2", "D3", "active", "D4"]
