"""The cassettes themselves: no secret in any of them, no admin call, and replay that cannot leak.

The scrubbers and matchers are checked here on hand-made requests too, so a regression shows up
without re-recording anything.
"""

from __future__ import annotations

import os
import socket
from pathlib import Path

import httpx
import pytest
from rec_match import stable_body, stable_query
from rec_scrub import before_record_request, before_record_response, find_secrets
from rec_target import CASSETTES, OAUTH_CLIENT_SECRET, REPLAY_BASE_URL, Mode, Target, current_target
from vcr.errors import CannotOverwriteExistingCassetteException
from vcr.request import Request

from flexport_facade import Flexport

SCAN_ENV = "FLEXPORT_SCAN_SECRETS"  # set by scripts/record.py: the token it recorded with
SIM_TOKEN = "sim_AbCdEfGhIjKlMnOpQrStUvWxYz012345"
CODE = "Zx9_oauth-code-value-1234"


def cassette_files() -> list[Path]:
    return sorted(CASSETTES.rglob("*.yaml"))


def test_no_cassette_holds_a_secret(target: Target) -> None:
    files = cassette_files()
    assert len(files) >= 10, f"expected the recorded cassettes under {CASSETTES}"
    known = (
        OAUTH_CLIENT_SECRET,
        *os.environ.get(SCAN_ENV, "").split(),
        target.token if target.mode.recording else "",
    )
    leaks = {
        str(f.relative_to(CASSETTES)): hits for f in files if (hits := find_secrets(f.read_text(), known))
    }
    assert leaks == {}


def test_no_admin_call_is_recorded() -> None:
    assert [f.name for f in cassette_files() if "/_sim/" in f.read_text()] == []


@pytest.mark.vcr
@pytest.mark.replay_only
def test_a_request_missing_from_the_cassette_fails(fx: Flexport) -> None:
    # This test's cassette is empty: the request must fail, not reach a server or be retried away.
    with pytest.raises(CannotOverwriteExistingCassetteException):
        fx.request("GET", "/products")


@pytest.mark.replay_only
def test_sockets_are_blocked_on_replay() -> None:
    with pytest.raises(RuntimeError, match="Network is disabled"):
        socket.create_connection(("127.0.0.1", 9), timeout=1)


def test_replay_ignores_credentials_in_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("FLEXPORT_RECORD", raising=False)
    monkeypatch.setenv("FLEXPORT_TOKEN", "a-real-token-in-a-dev-shell")
    monkeypatch.setenv("FLEXPORT_BASE_URL", "https://logistics-api.flexport.com")
    chosen = current_target()
    assert chosen.mode is Mode.REPLAY and chosen.base_url == REPLAY_BASE_URL
    assert "a-real-token" not in repr(chosen)


# -- scrubbing ---------------------------------------------------------------------------------
def vcr_request(
    method: str = "POST",
    uri: str = "https://x.invalid/logistics/api/2026-02/oauth/token",
    body: bytes = b"",
    **headers: str,
) -> Request:
    return Request(method, uri, body, headers)


def test_request_scrubbing_masks_headers_query_form_and_json() -> None:
    form = f"grant_type=authorization_code&code={CODE}&client_secret={OAUTH_CLIENT_SECRET}".encode()
    scrubbed = before_record_request(
        vcr_request(
            uri=f"https://x.invalid/cb?code={CODE}&state=s1",
            body=form,
            Authorization=f"Bearer {SIM_TOKEN}",
            Cookie="session=abc",
        )
    )
    assert scrubbed is not None
    text = f"{scrubbed.uri} {scrubbed.body!r} {dict(scrubbed.headers)}"
    assert (
        CODE not in text and OAUTH_CLIENT_SECRET not in text and SIM_TOKEN not in text and "abc" not in text
    )
    assert "state=s1" in scrubbed.uri and b"grant_type=authorization_code" in scrubbed.body
    json_body = before_record_request(vcr_request(body=b'{"access_token": "tok-12345678", "name": "Mug"}'))
    assert json_body is not None and json_body.body == b'{"access_token": "[REDACTED]", "name": "Mug"}'


def test_admin_requests_are_not_recorded() -> None:
    assert before_record_request(vcr_request(uri="http://127.0.0.1:1/_sim/faults")) is None


def test_response_scrubbing_drops_cookies_and_masks_location_and_tokens() -> None:
    body = b'{"access_token":"' + SIM_TOKEN.encode() + b'","logisticsAccountId":"1001"}'
    response = {
        "status": {"code": 200, "message": "OK"},
        "headers": {
            "Set-Cookie": ["sid=secret-cookie"],
            "Location": [f"https://partner.example.com/cb?code={CODE}&state=s1"],
            "Content-Length": [str(len(body))],
        },
        "body": {"string": body},
    }
    scrubbed = before_record_response(response)
    headers = scrubbed["headers"]
    assert "Set-Cookie" not in headers and CODE not in headers["Location"][0]
    assert SIM_TOKEN.encode() not in scrubbed["body"]["string"]
    assert headers["Content-Length"] == [str(len(scrubbed["body"]["string"]))]


def test_problem_codes_survive_scrubbing() -> None:
    # "code" is a secret key for OAuth codes (strings); a problem's six-digit code is a number.
    body = b'{"title":"Bad Request","status":400,"code":405005}'
    scrubbed = before_record_response({"headers": {}, "body": {"string": body}})
    assert scrubbed["body"]["string"] == body


# -- matching ----------------------------------------------------------------------------------
def test_volatile_values_do_not_break_matching() -> None:
    url = "https://a.invalid/logistics/api/2026-02/orders?state=one&limit=5"
    live = vcr_request(
        uri=url,
        body=b'{"b": 1, "a": [1, 2]}',
        **{"idempotency-key": "k1", "content-type": "application/json"},
    )
    other = url.replace("a.invalid", "127.0.0.1:9").replace("state=one", "state=two")
    recorded = vcr_request(
        uri=other, body=b'{"a":[1,2],"b":1}', **{"idempotency-key": "k2", "content-type": "application/json"}
    )
    stable_query(live, recorded)
    stable_body(live, recorded)


def test_real_differences_do_break_matching() -> None:
    json_type = {"content-type": "application/json"}
    with pytest.raises(AssertionError):
        stable_query(
            vcr_request(uri="https://a.invalid/p?limit=5"), vcr_request(uri="https://a.invalid/p?limit=6")
        )
    with pytest.raises(AssertionError):
        stable_body(vcr_request(body=b'{"a": 1}', **json_type), vcr_request(body=b'{"a": 2}', **json_type))


# -- the scan itself ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    "leak",
    [
        "authorization:\n  - Bearer abcdefgh12345678",
        "authorization:\n  - Basic cmVjLXBhcnRuZXI6c2VjcmV0",
        f"string: '{SIM_TOKEN}'",
        '{"access_token": "abc"}',
        "grant_type=authorization_code&code=abc123",
        "client_secret=hunter22&x=1",
        "set-cookie:\n  - sid=1",
    ],
)
def test_the_scan_finds_secrets(leak: str) -> None:
    assert find_secrets(leak)


def test_the_scan_accepts_masked_values() -> None:
    masked = (
        "authorization:\n  - '[REDACTED]'\n"
        '{"access_token":"[REDACTED]","code":405005}\n'
        "code=[REDACTED]&client_secret=[REDACTED]&state=x\n"
        "https://p.example.com/cb?code=%5BREDACTED%5D\n"
        "cookie:\n  - '[REDACTED]'\n"
        "the token lacks a scope\n"
    )
    assert find_secrets(masked) == []
    assert find_secrets(masked, known=("hunter2",)) == []
    assert find_secrets(masked + "hunter2", known=("hunter2",))


def test_httpx_requests_are_what_vcr_sees() -> None:
    # The scrubbers take vcrpy's Request; make sure an httpx request body reaches it as bytes.
    request = httpx.Request("POST", "https://x.invalid/t", data={"code": CODE})
    assert isinstance(request.read(), bytes)
