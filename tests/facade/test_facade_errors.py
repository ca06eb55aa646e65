"""Every error class from a real HTTP answer of a loopback server; the 401 hook; redaction."""

from __future__ import annotations

import logging
import socket
from collections.abc import Generator
from typing import Any

import httpx
import pytest
from both_clients import maybe_await
from facade_support import TOKEN, LocalServer, Reply

from flexport_facade import NO_RETRY, AsyncFlexport, BearerAuth, Flexport, RetryPolicy, errors

PATH = "/logistics/api/2026-02/products/D1"


def problem(status: int, detail: str, **extra: object) -> dict[str, object]:
    return {
        "type": "https://docs.logistics-api.flexport.com/#section/Errors",
        "title": "Error",
        "status": status,
        "detail": detail,
        "instance": "7d1f6a8e-0000-4000-8000-000000000000",
        **extra,
    }


CASES = [
    (400, problem(400, "limit must be <= 100"), errors.BadRequest),
    (401, problem(401, "invalid token"), errors.Unauthorized),
    (403, problem(403, "missing scope"), errors.Forbidden),
    (404, problem(404, "Cannot find product D1"), errors.NotFound),
    (409, problem(409, "already exists"), errors.Conflict),
    (422, problem(422, "name is required"), errors.UnprocessableEntity),
    (423, problem(423, "account frozen"), errors.Locked),
    (429, {"message": "Too Many Requests"}, errors.RateLimited),
    (500, problem(500, "internal"), errors.ServerError),
    (503, "<html><body>Service Unavailable</body></html>", errors.ServerError),
    (504, {"message": "Endpoint request timed out"}, errors.GatewayTimeout),
    (400, problem(400, "order is not Canceled", code=407001), errors.InvalidOrderStatus),
]


@pytest.mark.parametrize(("status", "body", "cls"), CASES, ids=[f"{c[0]}-{c[2].__name__}" for c in CASES])
async def test_each_status_family_raises_its_class(
    any_fx: Any, server: LocalServer, status: int, body: object, cls: type[errors.APIError]
) -> None:
    server.queue("GET", PATH, Reply(status, body))
    with pytest.raises(errors.APIError) as info:
        await maybe_await(any_fx.products.get_product(logistics_sku="D1", retry=NO_RETRY))
    err = info.value
    assert type(err) is cls
    assert (err.status, err.method, err.path, err.correlation_id) == (status, "GET", PATH, "corr-0000-1111")
    assert err.response is not None and err.response.status_code == status
    line = str(err)
    assert "\n" not in line and line.startswith(f"GET {PATH}: {status}") and err.hint in line
    assert TOKEN not in line and TOKEN not in repr(err)
    if isinstance(body, dict) and "detail" in body:
        assert err.detail == body["detail"] and err.instance == body["instance"]
    else:
        assert err.body_excerpt  # the gateway's own body, kept as an excerpt


async def test_six_digit_code_is_carried(any_fx: Any, server: LocalServer) -> None:
    server.queue("GET", PATH, Reply(400, problem(400, "not Canceled", code=407001)))
    with pytest.raises(errors.InvalidOrderStatus) as info:
        await maybe_await(any_fx.products.get_product(logistics_sku="D1"))
    assert info.value.code == 407001 and "[407001 Invalid order status]" in str(info.value)


async def test_401_says_invalid_or_expired_and_how_to_rotate(any_fx: Any, server: LocalServer) -> None:
    server.queue("GET", PATH, Reply(401, problem(401, "invalid token")))
    with pytest.raises(
        errors.Unauthorized, match=r"invalid or expired.*Seller Portal -> Settings -> API Tokens"
    ):
        await maybe_await(any_fx.products.get_product(logistics_sku="D1"))


async def test_403_names_the_scope_the_operation_needs(any_fx: Any, server: LocalServer) -> None:
    server.queue("GET", PATH, Reply(403, problem(403, "forbidden")))
    with pytest.raises(errors.Forbidden) as info:
        await maybe_await(any_fx.products.get_product(logistics_sku="D1"))
    assert info.value.required_scopes == ("read_logistics_products",)
    assert "read_logistics_products" in str(info.value)


async def test_429_exposes_retry_after(any_fx: Any, server: LocalServer) -> None:
    server.queue("GET", PATH, Reply(429, problem(429, "slow down"), headers={"Retry-After": "7"}))
    with pytest.raises(errors.RateLimited) as info:
        await maybe_await(any_fx.products.get_product(logistics_sku="D1", retry=NO_RETRY))
    assert info.value.retry_after == 7.0


class RecordingAuth(httpx.Auth):
    """What an OAuth token store would do: learn about a 401 and mark the token inactive."""

    def __init__(self) -> None:
        self.inactive: list[errors.Unauthorized] = []

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["Authorization"] = f"Bearer {TOKEN}"
        yield request

    def on_unauthorized(self, error: errors.Unauthorized) -> None:
        self.inactive.append(error)


def test_401_hook_on_any_auth(server: LocalServer, policy: RetryPolicy) -> None:
    auth = RecordingAuth()
    fx = Flexport("2026-02", auth=auth, base_url=server.url, retry=policy)
    server.queue("GET", PATH, Reply(401, problem(401, "expired")))
    with pytest.raises(errors.Unauthorized):
        fx.products.get_product(logistics_sku="D1")
    assert len(auth.inactive) == 1 and auth.inactive[0].path == PATH
    server.queue("GET", PATH, Reply(404, problem(404, "nope")))
    with pytest.raises(errors.NotFound):
        fx.products.get_product(logistics_sku="D1")
    assert len(auth.inactive) == 1  # only 401s


async def test_async_401_hook_may_be_a_coroutine(server: LocalServer, policy: RetryPolicy) -> None:
    told: list[int] = []

    class AsyncStore(RecordingAuth):
        async def on_unauthorized(self, error: errors.Unauthorized) -> None:  # type: ignore[override]
            told.append(error.status)

    server.queue("GET", PATH, Reply(401, problem(401, "expired")))
    async with AsyncFlexport("2026-02", auth=AsyncStore(), base_url=server.url, retry=policy) as afx:
        with pytest.raises(errors.Unauthorized):
            await afx.products.get_product(logistics_sku="D1")
    assert told == [401]


def test_connection_failed(policy: RetryPolicy) -> None:
    with socket.socket() as s:  # a port that was free a moment ago and has no listener
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    fx = Flexport("2026-02", token=TOKEN, base_url=f"http://127.0.0.1:{port}", retry=policy)
    with pytest.raises(errors.ConnectionFailed) as info:
        fx.products.get_product(logistics_sku="D1")
    assert info.value.path == PATH and TOKEN not in str(info.value)


def test_timeout(fx: Flexport, server: LocalServer) -> None:
    server.queue("GET", PATH, Reply(200, {"logisticsSku": "D1", "name": "x"}, delay=0.5))
    with pytest.raises(errors.RequestTimeout, match="no answer within the timeout"):
        fx.products.get_product(logistics_sku="D1", timeout=0.1, retry=NO_RETRY)


def test_no_secret_in_reprs_logs_or_errors(
    fx: Flexport, server: LocalServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    echo = {"title": "Unauthorized", "detail": f"bad header Authorization: Bearer {TOKEN}"}
    server.queue("GET", PATH, Reply(503), Reply(401, echo))
    with pytest.raises(errors.Unauthorized) as info:
        fx.products.get_product(logistics_sku="D1")
    server.queue("GET", PATH, Reply(401, f"<html>token={TOKEN}</html>"))
    with pytest.raises(errors.Unauthorized) as info2:
        fx.products.get_product(logistics_sku="D1")
    texts = [
        str(info.value),
        repr(info.value),
        str(info2.value),
        repr(info2.value),
        info2.value.body_excerpt or "",
        repr(fx),
        repr(fx._pipeline.auth),
        repr(BearerAuth(lambda: TOKEN)),
        repr(fx.products.get_product.raw(logistics_sku="D1")),
        caplog.text,
    ]
    assert server.seen[0].headers["authorization"] == f"Bearer {TOKEN}"  # it was sent...
    for text in texts:
        assert TOKEN not in text  # ...and appears nowhere else
