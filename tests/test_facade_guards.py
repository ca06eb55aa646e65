"""Guards a user relies on: the token stays on its host, a body the model cannot read is a typed
error (not a KeyError), and error messages stay on one line."""

from __future__ import annotations

import json

import httpx
import pytest

from flexport_facade import Flexport, VersionError, errors
from flexport_facade._core.snapshots import load_snapshot
from flexport_facade.testing._synth import Schemas

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


def test_a_versioned_base_url_is_refused_with_the_host_to_use_instead() -> None:
    with pytest.raises(ValueError, match=r"host only \(http://127\.0\.0\.1:8080\)"):
        Flexport(version="2026-02", token=TOKEN, base_url="http://127.0.0.1:8080/logistics/api/2026-02")


@pytest.mark.parametrize(
    ("version", "needle"),
    [
        ("v1", "use FlexportV1"),
        ("2026-2", "did you mean '2026-02'"),
        ("2099-01", "add a \\[\\[version\\]\\] row"),
    ],
)
def test_version_mistakes_get_the_right_advice(version: str, needle: str) -> None:
    with pytest.raises(VersionError, match=needle):
        Flexport(version=version, token=TOKEN)


def test_a_pasted_token_with_a_newline_works_and_a_broken_one_is_refused_up_front() -> None:
    seen: list[str] = []
    with Flexport(
        version="2026-02",
        token=TOKEN + "\n",
        transport=httpx.MockTransport(
            lambda r: seen.append(r.headers["authorization"]) or httpx.Response(200, json=[])
        ),
    ) as fx:
        fx.request("GET", "/warehouses/active")
    assert seen == [f"Bearer {TOKEN}"]
    with pytest.raises(ValueError, match="whitespace or control characters") as info:
        Flexport(version="2026-02", token="abc def")
    assert "abc def" not in str(info.value)


@pytest.mark.parametrize(
    ("kwargs", "needle"),
    [
        ({"timeout": "5"}, "timeout must be seconds"),
        ({"retry": {"attempts": 2}}, "retry must be a RetryPolicy"),
    ],
)
def test_wrong_option_types_fail_at_construction(kwargs: dict[str, object], needle: str) -> None:
    with pytest.raises(TypeError, match=needle):
        Flexport(version="2026-02", token=TOKEN, **kwargs)  # type: ignore[arg-type]


def test_a_dict_body_becomes_the_generated_model() -> None:
    sent: list[bytes] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request.content)
        doc = load_snapshot("2026-02")
        return httpx.Response(
            201, json=Schemas(doc).example_for(doc["components"]["schemas"]["ApiProductResponse"])
        )

    with client(handler) as fx:
        fx.products.create_product(body={"name": "Mug", "merchantSku": "M1"})
        with pytest.raises(TypeError, match="body does not fit CreateProductModel"):
            fx.products.create_product(body={"name": "Mug"})
        with pytest.raises(TypeError, match="body must be CreateProductModel or a dict"):
            fx.products.create_product(body=42)
    assert json.loads(sent[0]) == {"name": "Mug", "merchantSku": "M1"}


def test_an_error_never_carries_the_live_token() -> None:
    with (
        client(lambda r: httpx.Response(404, json={"title": "Not Found"})) as fx,
        pytest.raises(errors.NotFound) as info,
    ):
        fx.request("GET", "/orders/1")
    response = info.value.response
    assert response is not None
    assert TOKEN not in str(dict(response.request.headers))
    assert response.request.headers["authorization"] == "[REDACTED]"
    assert response.json() == {"title": "Not Found"}


def test_a_403_on_a_raw_request_names_the_scope_of_the_matching_operation() -> None:
    forbidden = client(lambda r: httpx.Response(403, json={"title": "Forbidden"}))
    with forbidden as fx, pytest.raises(errors.Forbidden) as info:
        fx.request("GET", "/products/D123/inventory")
    assert info.value.required_scopes == ("read_logistics_products",)
    assert "read_logistics_products" in str(info.value)
