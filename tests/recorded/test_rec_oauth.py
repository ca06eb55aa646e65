"""The partner OAuth code flow from a cassette: authorize redirect, code exchange, a call as the merchant.

The cassette holds neither the code, the client secret nor the access token ([REDACTED] in their
place); replay feeds the masked code back through the same flow and must still end in a working
client, so the flow is checked, not only the recording.
"""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from rec_retries import Retries
from rec_target import OAUTH_CLIENT_ID, OAUTH_CLIENT_SECRET, OAUTH_REDIRECT_URI, VERSION, SimControl, Target

from flexport_facade import Flexport
from flexport_facade.auth import FlexportOAuth
from flexport_facade.errors import InvalidCode

# The authorize step needs a merchant signed in to a browser on the real API.
pytestmark = [pytest.mark.vcr, pytest.mark.simulator_only]

SCOPES = ["read_logistics_products"]
STATE = "rec-fixed-state-for-replay"  # replay compares the callback's state with this one


@pytest.fixture
def http() -> Iterator[httpx.Client]:
    with httpx.Client(timeout=30) as client:
        yield client


@pytest.mark.parametrize("credentials", ["basic", "form"])
def test_code_exchange_then_call_as_the_merchant(
    credentials: str, target: Target, sim: SimControl, http: httpx.Client, retries: Retries
) -> None:
    sim.oauth_client(OAUTH_CLIENT_ID, OAUTH_REDIRECT_URI, OAUTH_CLIENT_SECRET)
    oauth = FlexportOAuth(
        client_id=OAUTH_CLIENT_ID,
        client_secret=OAUTH_CLIENT_SECRET,
        redirect_uri=OAUTH_REDIRECT_URI,
        version=VERSION,
        base_url=target.base_url,
        credentials=credentials,  # type: ignore[arg-type]
        http_client=http,
    )
    url, state = oauth.authorization_url(SCOPES, state=STATE)

    redirect = http.get(url)  # what the merchant's browser does; not followed
    assert redirect.is_redirect
    callback = redirect.headers["location"]
    assert callback.startswith(OAUTH_REDIRECT_URI) and parse_qs(urlsplit(callback).query)["state"] == [STATE]

    token = oauth.complete(callback, expected_state=state, scopes=SCOPES)
    assert token.access_token and token.logistics_account_id and token.kind == "partner"
    assert oauth.store.get(token.logistics_account_id) == token

    code = parse_qs(urlsplit(callback).query)["code"][0]
    with pytest.raises(InvalidCode):  # a code works once
        oauth.exchange_code(code)

    auth = oauth.auth_for(token.logistics_account_id)
    with Flexport(VERSION, auth=auth, base_url=target.base_url, retry=retries.policy()) as fx:
        assert fx.request("GET", "/products", params={"limit": 1}).status_code == 200
