"""Issue 16 item 7: no object a caller can reach from an error holds a credential.

Each error class is produced the way a user meets it (a real client over a mock transport), then
every object reachable from it is walked: ``__cause__``, ``__context__``, ``args``, attributes,
requests, responses, headers. No string or bytes among them may contain the token or secret.
"""

from __future__ import annotations

import types
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest

from flexport_facade import Flexport, FlexportV1, RetryPolicy, errors
from flexport_facade.auth import FlexportOAuth, MemoryTokenStore, Token

TOKEN = "tok-LIVE-9f8e7d6c5b4a"
CLIENT_SECRET = "client-SECRET-0a1b2c3d"
ONE_TRY = RetryPolicy(attempts=1)
_SKIP = (
    type,
    types.ModuleType,
    types.FunctionType,
    types.BuiltinFunctionType,
    types.MethodType,
    types.FrameType,
    types.TracebackType,
    types.CodeType,
    int,
    float,
    complex,
    bool,
    type(None),
)


def reachable_text(root: object, limit: int = 50_000) -> Iterator[str]:
    """Every string (and bytes, decoded) reachable from ``root``, plus str/repr of every exception."""
    seen: set[int] = set()
    stack: list[Any] = [root]
    while stack and len(seen) < limit:
        obj = stack.pop()
        if id(obj) in seen or isinstance(obj, _SKIP):
            continue
        seen.add(id(obj))
        if isinstance(obj, str):
            yield obj
            continue
        if isinstance(obj, bytes | bytearray | memoryview):
            yield bytes(obj).decode("latin-1")
            continue
        if isinstance(obj, BaseException):
            yield str(obj)
            yield repr(obj)
            stack += [obj.__cause__, obj.__context__, *obj.args, *getattr(obj, "__notes__", [])]
        if isinstance(obj, httpx.Headers):
            stack += [obj.raw]
        if isinstance(obj, httpx.Request):
            stack += [obj.headers, str(obj.url), obj.content]
        if isinstance(obj, httpx.Response):
            stack += [obj.request, obj.headers, obj.content, obj.history]
        if isinstance(obj, dict):
            stack += [*obj.keys(), *obj.values()]
        elif isinstance(obj, list | tuple | set | frozenset):
            stack += list(obj)
        if hasattr(obj, "__dict__"):
            stack.append(vars(obj))
        for cls in type(obj).__mro__:
            for slot in getattr(cls, "__slots__", ()):
                if isinstance(slot, str) and hasattr(obj, slot):
                    stack.append(getattr(obj, slot))


def assert_clean(error: BaseException, *secrets: str) -> None:
    for text in reachable_text(error):
        for secret in secrets:
            assert secret not in text, f"{type(error).__name__} reaches {text[:200]!r}"


def raised(fn: Callable[[], object]) -> BaseException:
    with pytest.raises(errors.FlexportError) as info:
        fn()
    return info.value


def fx_answering(handler: Callable[[httpx.Request], httpx.Response]) -> Flexport:
    return Flexport(version="2026-02", token=TOKEN, retry=ONE_TRY, transport=httpx.MockTransport(handler))


def problem(status: int, **extra: Any) -> Callable[[httpx.Request], httpx.Response]:
    body = {"title": "nope", "detail": "it failed", **extra}
    return lambda request: httpx.Response(status, json=body, headers={"x-correlation-id": "c-1"})


@pytest.mark.parametrize("status", [400, 401, 403, 404, 409, 422, 423, 429, 500, 503, 504])
def test_api_errors_hold_no_token(status: int) -> None:
    with fx_answering(problem(status)) as fx:
        error = raised(lambda: fx.products.get_product(logistics_sku="D1"))
    assert isinstance(error, errors.APIError) and error.status == status
    assert error.response is not None and error.response.request.headers["authorization"] == "[REDACTED]"
    assert_clean(error, TOKEN)


def test_unexpected_response_holds_no_token() -> None:
    with fx_answering(lambda request: httpx.Response(200, json=["not", "a", "product"])) as fx:
        error = raised(lambda: fx.products.get_product(logistics_sku="D1"))
    assert isinstance(error, errors.UnexpectedResponse)
    assert_clean(error, TOKEN)


@pytest.mark.parametrize(
    ("exc", "expected"),
    [
        (httpx.ConnectError, errors.ConnectionFailed),
        (httpx.RemoteProtocolError, errors.ConnectionFailed),
        (httpx.ReadTimeout, errors.RequestTimeout),
        (httpx.ConnectTimeout, errors.RequestTimeout),
    ],
)
def test_transport_errors_and_their_causes_hold_no_token(
    exc: type[httpx.TransportError], expected: type
) -> None:
    def fail(request: httpx.Request) -> httpx.Response:
        # h11 quotes the header value it refuses; a message may carry the credential.
        raise exc(f"Illegal header value b'Bearer {TOKEN}'", request=request)

    with fx_answering(fail) as fx:
        error = raised(lambda: fx.products.get_product(logistics_sku="D1"))
    assert isinstance(error, expected)
    assert isinstance(error.__cause__, httpx.TransportError)  # the cause is kept, cleaned
    assert error.__cause__.request.url.path.endswith("/products/D1")
    assert_clean(error, TOKEN)


def test_token_revoked_from_a_stored_token_holds_no_token() -> None:
    store = MemoryTokenStore()
    store.put(
        Token(access_token=TOKEN, logistics_account_id="acct-1", scopes=(), obtained_at=datetime.now(UTC))
    )
    oauth = FlexportOAuth(client_id="app", client_secret=CLIENT_SECRET, version="2026-02", store=store)
    with Flexport(
        version="2026-02",
        auth=oauth.auth_for("acct-1"),
        retry=ONE_TRY,
        transport=httpx.MockTransport(problem(401)),
    ) as fx:
        error = raised(lambda: fx.products.get_product(logistics_sku="D1"))
        again = raised(lambda: fx.products.get_product(logistics_sku="D1"))
    assert isinstance(error, errors.TokenRevoked)
    assert isinstance(again, errors.ReauthorizationRequired)
    assert_clean(error, TOKEN, CLIENT_SECRET)
    assert_clean(again, TOKEN, CLIENT_SECRET)


def test_oauth_exchange_errors_hold_no_client_secret_or_code() -> None:
    code = "one-time-CODE-77aa88bb"
    for answer in (problem(400, code=405005), problem(401)):
        http = httpx.Client(transport=httpx.MockTransport(answer))
        oauth = FlexportOAuth(
            client_id="app",
            client_secret=CLIENT_SECRET,
            version="2026-02",
            http_client=http,
            credentials="form",
        )
        error = raised(lambda oauth=oauth: oauth.exchange_code(code))
        assert_clean(error, CLIENT_SECRET, code)


def test_v1_errors_hold_no_key() -> None:
    key = "v1-KEY-1234567890abcdef"
    answers = {
        401: {"errors": [{"message": "bad token", "code": "bad_token"}]},
        404: {"errors": [{"message": "not found"}]},
        500: {"errors": [{"message": "boom"}]},
    }
    for status, body in answers.items():
        transport = httpx.MockTransport(lambda request, s=status, b=body: httpx.Response(s, json=b))
        with FlexportV1(token=key, retry=ONE_TRY, transport=transport) as v1:
            error = raised(lambda v1=v1: v1.shipments.list())
        assert isinstance(error, errors.APIError)
        assert_clean(error, key)


def test_the_walk_finds_a_token_where_one_is_held() -> None:
    """The walk can fail: a raw live response reachable from an exception is caught."""
    request = httpx.Request("GET", "https://x/y", headers={"Authorization": f"Bearer {TOKEN}"})
    holder = RuntimeError("wrapper")
    holder.response = httpx.Response(200, request=request)  # type: ignore[attr-defined]
    with pytest.raises(AssertionError, match="reaches"):
        assert_clean(holder, TOKEN)
