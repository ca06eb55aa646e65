"""Issue 16 item 14: arguments that would reach the wrong endpoint or fail inside httpx are refused at
the call, with a message naming the argument; nothing is sent."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from flexport_facade import Flexport, FlexportV1


def recording() -> tuple[Flexport, list[httpx.Request]]:
    sent: list[httpx.Request] = []
    transport = httpx.MockTransport(lambda r: sent.append(r) or httpx.Response(200, json=[]))
    return Flexport(version="2026-02", token="tok-abcdefgh", transport=transport), sent


@pytest.mark.parametrize("sku", ["..", ".", ""])
def test_dot_segments_and_empty_path_ids_are_refused(sku: str) -> None:
    fx, sent = recording()
    with fx, pytest.raises(ValueError, match=f"logistics_sku={sku!r} cannot be sent as a path id"):
        fx.products.get_product(logistics_sku=sku)
    assert sent == []


def test_ids_that_only_look_odd_are_encoded_and_sent() -> None:
    fx, sent = recording()
    with fx:
        for sku in ("...", "a/..", "%2e%2e", "D 1?x=1#f"):
            fx.products.get_product.raw(logistics_sku=sku)
    paths = [r.url.raw_path.decode() for r in sent]
    assert paths == [
        "/logistics/api/2026-02/products/...",
        "/logistics/api/2026-02/products/a%2F..",
        "/logistics/api/2026-02/products/%252e%252e",
        "/logistics/api/2026-02/products/D%201%3Fx%3D1%23f",
    ]


@pytest.mark.parametrize(("kwargs", "needle"), [({"offset": -50}, "offset=-50"), ({"limit": 0}, "limit=0")])
def test_out_of_range_paging_arguments_are_refused(kwargs: dict[str, Any], needle: str) -> None:
    fx, sent = recording()
    with fx, pytest.raises(ValueError, match=needle):
        fx.products.get_products(**kwargs)
    with fx, pytest.raises(ValueError, match="offset=-50"):
        list(fx.paginate(fx.products.get_products, offset=-50))
    assert sent == []


def test_a_non_ascii_token_or_header_is_refused_before_sending() -> None:
    with pytest.raises(ValueError, match="non-ASCII characters"):
        Flexport(version="2026-02", token="tökén-abcdef")
    fx, sent = recording()
    with fx, pytest.raises(ValueError, match="header idempotency-key has a non-ASCII character"):
        fx.orders.get_order(order_id="1", idempotency_key="ключ")
    assert sent == []


@pytest.mark.parametrize("bad", [".", ".."])
def test_v1_ids_refuse_dot_segments(bad: str) -> None:
    sent: list[httpx.Request] = []
    transport = httpx.MockTransport(lambda r: sent.append(r) or httpx.Response(200, json={"data": {}}))
    with (
        FlexportV1(token="v1-key-abcdef", transport=transport) as v1,
        pytest.raises(ValueError, match="cannot be sent"),
    ):
        v1.purchase_orders.get(bad)
    assert sent == []
