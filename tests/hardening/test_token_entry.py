"""Issue 16 items 6 and 14 (token part): a token that cannot travel in a header is refused where it
enters (argument, environment, store, OAuth token answer), with a message that never shows it."""

from __future__ import annotations

import json
import logging
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest

from flexport_facade import Flexport, errors
from flexport_facade.auth import FlexportOAuth, MemoryTokenStore, Token
from flexport_facade.auth._oauth import StoredTokenAuth

SECRET_TAIL = "SECRET42xyz"
BROKEN = f"Xy9\n...{SECRET_TAIL}"  # what a token answer once carried: a newline inside


def oauth_answering(access_token: str) -> tuple[FlexportOAuth, MemoryTokenStore]:
    def token_endpoint(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"access_token": access_token, "logisticsAccountId": "acct-1"})

    store = MemoryTokenStore()
    oauth = FlexportOAuth(
        client_id="app",
        client_secret="client-secret-123",
        version="2026-02",
        store=store,
        http_client=httpx.Client(transport=httpx.MockTransport(token_endpoint)),
    )
    return oauth, store


def test_a_token_answer_with_a_newline_is_refused_and_not_stored(caplog: Any) -> None:
    oauth, store = oauth_answering(BROKEN)
    _url, state = oauth.authorization_url(["read_logistics_orders"])
    with caplog.at_level(logging.DEBUG), pytest.raises(errors.FlexportError) as info:
        oauth.complete(f"https://app.example/cb?code=c0de&state={state}", expected_state=state)
    message = f"{info.value} {info.value!r}"
    assert "access_token" in message and "whitespace or control characters" in message
    assert SECRET_TAIL not in message and SECRET_TAIL not in caplog.text
    assert store.list() == []


@pytest.mark.parametrize(
    ("value", "kind"),
    [
        (BROKEN, "whitespace or control characters"),
        ("tok\x00en-abcdef", "whitespace or control characters"),
        ("tok en-abcdef", "whitespace or control characters"),
        ("tökén-abcdef", "non-ASCII characters"),
        ("tok\u2028en-abcdef", "whitespace or control characters"),
    ],
)
def test_bad_tokens_are_refused_at_every_entry(value: str, kind: str, monkeypatch: Any) -> None:
    entries = [
        lambda: Flexport(version="2026-02", token=value),
        lambda: Token(access_token=value, logistics_account_id="a", scopes=(), obtained_at=datetime.now(UTC)),
        lambda: Token.from_json(
            {"access_token": value, "logistics_account_id": "a", "obtained_at": "2026-02-01T00:00:00+00:00"}
        ),
    ]
    if "\x00" not in value:  # the environment cannot hold a NUL
        monkeypatch.setenv("FLEXPORT_TOKEN", value)
        entries.append(lambda: Flexport(version="2026-02"))
    for entry in entries:
        with pytest.raises(ValueError, match=kind) as info:
            entry()
        assert value not in str(info.value) and value.strip()[-6:] not in str(info.value)


def test_a_callable_token_is_checked_on_each_request_before_httpx_sees_it() -> None:
    tokens = iter(["good-token-1234", BROKEN])
    seen: list[str] = []
    transport = httpx.MockTransport(
        lambda r: seen.append(r.headers["authorization"]) or httpx.Response(200, json=[])
    )
    with Flexport(version="2026-02", token=lambda: next(tokens), transport=transport) as fx:
        fx.request("GET", "/warehouses/active")
        with pytest.raises(ValueError, match="whitespace or control") as info:
            fx.request("GET", "/warehouses/active")
    assert seen == ["Bearer good-token-1234"]
    assert SECRET_TAIL not in str(info.value)


def test_a_custom_store_handing_back_a_bad_token_is_refused_before_sending() -> None:
    class Sloppy:
        """A store that builds its records without Token (e.g. straight from a database row)."""

        def get(self, account: str) -> Any:
            record = Token(
                access_token="placeholder",
                logistics_account_id=account,
                scopes=(),
                obtained_at=datetime.now(UTC),
            )
            object.__setattr__(record, "access_token", BROKEN)  # as a raw row would hold it
            return record

    sent: list[httpx.Request] = []
    transport = httpx.MockTransport(lambda r: sent.append(r) or httpx.Response(200, json=[]))
    auth = StoredTokenAuth(Sloppy(), "acct-1")  # type: ignore[arg-type]
    with (
        Flexport(version="2026-02", auth=auth, transport=transport) as fx,
        pytest.raises(ValueError, match="stored token contains whitespace") as info,
    ):
        fx.request("GET", "/warehouses/active")
    assert sent == [] and SECRET_TAIL not in str(info.value)


def test_a_stored_file_with_a_bad_token_is_refused_naming_the_file(tmp_path: Any) -> None:
    from flexport_facade.auth import FileTokenStore

    store = FileTokenStore(tmp_path / "tokens")
    (tmp_path / "tokens" / "acct-1.json").write_text(
        json.dumps(
            {
                "access_token": BROKEN,
                "logistics_account_id": "acct-1",
                "obtained_at": "2026-02-01T00:00:00+00:00",
            }
        )
    )
    with pytest.raises(ValueError, match=r"acct-1\.json is not a stored token") as info:
        store.get("acct-1")
    assert SECRET_TAIL not in str(info.value)
