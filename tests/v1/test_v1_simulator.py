"""The simulator's own rules: Accept negotiation, token forms, the failure switch, lifecycle."""

from __future__ import annotations

import httpx
import pytest

from flexport_facade.testing._v1 import V1Simulator, run_v1_simulator

from .conftest import KEY

AUTH = {"Authorization": f'Token token="{KEY}"'}


@pytest.mark.parametrize(
    ("accept", "status"),
    [
        (None, 200),  # no Accept: the current version
        ("application/vnd.flexport.v1", 200),
        ("application/json", 200),
        ("application/vnd.flexport.v2", 406),
        ("text/html", 406),
    ],
)
def test_accept_negotiation(sim: V1Simulator, accept: str | None, status: int) -> None:
    headers = dict(AUTH) if accept is None else {**AUTH, "Accept": accept}
    with httpx.Client(base_url=sim.base_url) as client:
        if accept is None:
            client.headers.pop("accept", None)
        assert client.get("/currency_codes", headers=headers).status_code == status


@pytest.mark.parametrize(
    ("value", "status"),
    [(f'Token token="{KEY}"', 200), (f"Token token={KEY}", 200), (f"Bearer {KEY}", 401), (None, 401)],
)
def test_token_forms(sim: V1Simulator, value: str | None, status: int) -> None:
    headers = {} if value is None else {"Authorization": value}
    response = httpx.get(f"{sim.base_url}/shipments", headers=headers)
    assert response.status_code == status
    if status == 401:
        assert response.json() == {"errors": [{"code": "bad_token", "message": "Bad Token"}]}


def test_failure_switch_filters_by_method_and_path(sim: V1Simulator) -> None:
    sim.state.fail_next(500, times=2, method="GET", path="/ports")
    with httpx.Client(base_url=sim.base_url, headers=AUTH) as client:
        assert client.get("/shipments").status_code == 200
        assert client.get("/ports").status_code == 500
        response = client.get("/ports")
        assert response.status_code == 500 and response.json() == {"error": ["simulated 500"]}
        assert client.get("/ports").status_code == 200
    sim.state.fail_next(429, retry_after=3)
    assert httpx.get(f"{sim.base_url}/ports", headers=AUTH).headers["retry-after"] == "3"


def test_server_stops_on_exit() -> None:
    with run_v1_simulator() as server:
        url = server.base_url
        assert httpx.get(
            f"{url}/currency_codes", headers={"Authorization": 'Token token="sim-v1-key"'}
        ).is_success
    with pytest.raises(httpx.ConnectError):
        httpx.get(f"{url}/currency_codes", timeout=2.0)


def test_repr_masks_the_token_and_url_matches_the_logistics_simulator(sim: V1Simulator) -> None:
    assert KEY not in repr(sim)
    assert repr(sim) == f"V1Simulator(url={sim.url!r}, token='***')"
    assert sim.url == sim.base_url and sim.url.startswith("http://127.0.0.1:")
