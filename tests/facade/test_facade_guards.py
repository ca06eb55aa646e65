"""Guards a user relies on: the token stays on its host, a body the model cannot read is a typed
error (not a KeyError), and error messages stay on one line."""

from __future__ import annotations

import json

import httpx
import pytest

from flexport_facade import Flexport, errors

TOKEN = "guard-test-token-0123456789"


def client(handler: object) -> Flexport:
    return Flexport(version="2026-02", token=TOKEN, transport=httpx.MockTransport(handler))  # type: ignore[arg-type]


def test_the_token_never_goes_to_another_host() -> None:
    seen: list[httpx.Request] = []
    with client(lambda r: seen.append(r) or httpx.Response(200, json={})) as fx:
        with pytest.raises(ValueError, match="not under base_url") as info:
            fx.request("GET", "https://evil.example/steal")
        assert TOKEN not in str(info.value)
        fx.request("GET", "https://logistics-api.flexport.com/logistics/api/2026-02/warehouses/active")
    assert [r.url.host for r in seen] == ["logistics-api.flexport.com"]


def test_a_2xx_body_the_model_cannot_read_is_a_typed_error() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"unexpected": True}, headers={"x-correlation-id": "corr-1"})

    with client(handler) as fx:
        with pytest.raises(
            errors.UnexpectedResponse, match="does not match the pinned version's model"
        ) as info:
            fx.products.get_product(logistics_sku="D123")
        assert info.value.status == 200 and info.value.correlation_id == "corr-1"
        assert "corr-1" in str(info.value) and "unexpected" in str(info.value)
        answer = fx.products.get_product.raw(logistics_sku="D123")  # the raw variant keeps the whole answer
        assert answer.ok and answer.parsed is None and isinstance(answer.parse_error, KeyError)


def test_error_text_is_one_line_even_when_the_server_detail_is_not() -> None:
    body = {"title": "Bad Request", "detail": "line one\nline two\r\n\tline three", "status": 400}

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            400, content=json.dumps(body), headers={"content-type": "application/problem+json"}
        )

    with client(handler) as fx, pytest.raises(errors.BadRequest) as info:
        fx.request("GET", "/warehouses/active")
    text = str(info.value)
    assert "\n" not in text and "\r" not in text and "line one line two line three" in text
