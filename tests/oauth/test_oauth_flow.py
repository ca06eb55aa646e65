"""The whole partner OAuth flow against the local simulator's authorize and token endpoints."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from flexport_facade import Flexport, errors
from flexport_facade.auth import (
    FileTokenStore,
    FlexportOAuth,
    MemoryTokenStore,
    ReauthorizationRequired,
    TokenRevoked,
)
from flexport_facade.testing import RunningSimulator, run_simulator

CLIENT_ID = "partner-app-1"
CLIENT_SECRET = "partner-secret-xyz-987"
REDIRECT = "https://app.example/callback"
SCOPES = ["read_logistics_warehouses", "read_logistics_orders"]


@pytest.fixture(scope="module")
def server() -> Iterator[RunningSimulator]:
    with run_simulator("2026-02") as sim:
        yield sim


@pytest.fixture
def sim(server: RunningSimulator) -> RunningSimulator:
    server.simulator.reset()
    httpx.post(
        f"{server.url}/_sim/oauth/clients",
        json={"client_id": CLIENT_ID, "redirect_uri": REDIRECT, "client_secret": CLIENT_SECRET},
    ).raise_for_status()
    return server


def make_oauth(sim: RunningSimulator, **kw: Any) -> FlexportOAuth:
    args: dict[str, Any] = dict(
        client_id=CLIENT_ID,
        client_secret=CLIENT_SECRET,
        redirect_uri=REDIRECT,
        version="2026-02",
        base_url=sim.url,
        store=MemoryTokenStore(),
    )
    args.update(kw)
    return FlexportOAuth(**args)


def merchant_approves(url: str) -> str:
    """What the merchant's browser does: follow the authorize URL to the redirect with the code."""
    response = httpx.get(url, follow_redirects=False)
    assert response.status_code == 301, response.text
    location = response.headers["location"]
    assert location.startswith(REDIRECT + "?")
    return location


def test_whole_flow_stores_the_token_and_calls_the_api_as_that_merchant(
    sim: RunningSimulator, tmp_path: Any
) -> None:
    oauth = make_oauth(sim, store=FileTokenStore(tmp_path / "tokens"))
    url, state = oauth.authorization_url(SCOPES)
    token = oauth.complete(merchant_approves(url), expected_state=state, scopes=SCOPES)
    assert token.logistics_account_id and token.kind == "partner" and token.expires_at is None
    stored = oauth.store.get(token.logistics_account_id)
    assert stored is not None and stored.access_token == token.access_token
    with Flexport(version="2026-02", auth=oauth.auth_for(token.logistics_account_id), base_url=sim.url) as fx:
        assert "ATL1" in fx.request("GET", "/warehouses/active").json()


def test_client_secret_in_the_form_works_too(sim: RunningSimulator) -> None:
    oauth = make_oauth(sim, credentials="form")
    url, state = oauth.authorization_url(SCOPES)
    assert oauth.complete(merchant_approves(url), expected_state=state).access_token


def test_wrong_client_secret_is_refused(sim: RunningSimulator) -> None:
    oauth = make_oauth(sim, client_secret="not-the-secret")
    url, state = oauth.authorization_url(SCOPES)
    with pytest.raises(errors.Unauthorized) as info:
        oauth.complete(merchant_approves(url), expected_state=state)
    assert "not-the-secret" not in str(info.value)


def test_a_code_works_once(sim: RunningSimulator) -> None:
    oauth = make_oauth(sim)
    url, state = oauth.authorization_url(SCOPES)
    callback = merchant_approves(url)
    oauth.complete(callback, expected_state=state)
    with pytest.raises(errors.InvalidCode, match="restart the OAuth flow") as info:
        oauth.complete(callback, expected_state=state)
    assert info.value.code == 405005


def test_a_stale_code_is_refused(sim: RunningSimulator) -> None:
    oauth = make_oauth(sim)
    url, state = oauth.authorization_url(SCOPES)
    callback = merchant_approves(url)
    httpx.post(f"{sim.url}/_sim/clock/advance", json={"seconds": 301}).raise_for_status()
    with pytest.raises(errors.InvalidCode):
        oauth.complete(callback, expected_state=state)


def test_redirect_uri_must_match_the_authorize_call(sim: RunningSimulator) -> None:
    url, state = make_oauth(sim).authorization_url(SCOPES)
    callback = merchant_approves(url)
    other = make_oauth(sim, redirect_uri="https://app.example/other")
    with pytest.raises(errors.InvalidRedirectUri, match="exactly") as info:
        other.complete(callback, expected_state=state)
    assert info.value.code == 405001


def test_unregistered_redirect_at_authorize_is_a_405001_page(sim: RunningSimulator) -> None:
    url, _ = make_oauth(sim, redirect_uri="https://evil.example/cb").authorization_url(SCOPES)
    response = httpx.get(url)
    assert response.status_code == 400 and response.json()["code"] == 405001


def test_revoked_token_is_marked_inactive_and_names_the_account(sim: RunningSimulator, caplog: Any) -> None:
    oauth = make_oauth(sim)
    url, state = oauth.authorization_url(SCOPES)
    token = oauth.complete(merchant_approves(url), expected_state=state)
    httpx.post(f"{sim.url}/_sim/tokens/revoke", json={"token": token.access_token}).raise_for_status()
    account = token.logistics_account_id
    with (
        caplog.at_level(logging.DEBUG),
        Flexport(version="2026-02", auth=oauth.auth_for(account), base_url=sim.url) as fx,
    ):
        with pytest.raises(TokenRevoked) as info:
            fx.request("GET", "/warehouses/active")
        assert account in str(info.value) and isinstance(info.value, errors.Unauthorized)
        carried = info.value.response
        assert carried is not None and token.access_token not in str(dict(carried.request.headers))
        stored = oauth.store.get(account)
        assert stored is not None and not stored.active
        # The next call fails before any request: the merchant must authorize again.
        with pytest.raises(ReauthorizationRequired, match=account):
            fx.request("GET", "/warehouses/active")
    assert token.access_token not in caplog.text
    assert CLIENT_SECRET not in caplog.text


def test_complete_records_the_scopes_the_flow_asked_for(sim: RunningSimulator) -> None:
    oauth = make_oauth(sim)
    url, state = oauth.authorization_url(SCOPES)
    token = oauth.complete(merchant_approves(url), expected_state=state)  # no scopes= passed
    assert token.scopes == tuple(SCOPES)
    stored = oauth.store.get(token.logistics_account_id)
    assert stored is not None and stored.scopes == tuple(SCOPES)


def test_a_late_401_for_an_old_token_leaves_the_fresh_token_active(sim: RunningSimulator) -> None:
    oauth = make_oauth(sim)
    url, state = oauth.authorization_url(SCOPES)
    old = oauth.complete(merchant_approves(url), expected_state=state)
    url, state = oauth.authorization_url(SCOPES)
    fresh = oauth.complete(merchant_approves(url), expected_state=state)  # the merchant re-authorized
    assert fresh.access_token != old.access_token
    oauth.store.mark_inactive(
        old.logistics_account_id, "401 for the old token", access_token=old.access_token
    )
    stored = oauth.store.get(fresh.logistics_account_id)
    assert stored is not None and stored.active and stored.access_token == fresh.access_token


def test_wrong_secret_error_points_at_the_credentials_not_seller_portal(sim: RunningSimulator) -> None:
    oauth = make_oauth(sim, client_secret="not-the-secret")
    url, state = oauth.authorization_url(SCOPES)
    with pytest.raises(errors.Unauthorized, match="client_secret") as info:
        oauth.complete(merchant_approves(url), expected_state=state)
    assert "Seller Portal" not in str(info.value)
    with pytest.raises(ValueError, match='"basic" or "form"'):
        make_oauth(sim, credentials="post")
