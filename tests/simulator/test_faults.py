"""Gateway and origin misbehaviours: 429 both ways, outage windows, drops, lost answers, idempotency."""

from __future__ import annotations

import uuid

import httpx
import pytest

from flexport_facade.testing import RunningSimulator
from tests.simulator.conftest import make_product


def test_429_with_retry_after_is_problem_json(api: httpx.Client, admin: httpx.Client) -> None:
    admin.post("/faults", json={"throttle_next": 1, "throttle_retry_after": 7})
    response = api.get("/products")
    assert response.status_code == 429 and response.headers["retry-after"] == "7"
    assert response.headers["content-type"].startswith("application/problem+json")
    assert api.get("/products").status_code == 200


def test_429_from_the_gateway_has_no_retry_after(api: httpx.Client, admin: httpx.Client) -> None:
    admin.post("/faults", json={"throttle_next": 1, "throttle_retry_after": None})
    response = api.get("/products")
    assert response.status_code == 429 and "retry-after" not in response.headers
    assert response.headers["content-type"] == "application/json"
    assert response.json() == {"message": "Too Many Requests"}


def test_rate_limit_per_minute_in_simulated_time(api: httpx.Client, admin: httpx.Client) -> None:
    admin.post("/faults", json={"rate_limit_per_minute": 2})
    assert [api.get("/products").status_code for _ in range(3)] == [200, 200, 429]
    admin.post("/clock/advance", json={"seconds": 60})
    assert api.get("/products").status_code == 200


@pytest.mark.parametrize("status", [500, 502, 503])
def test_outage_window_then_recovery(api: httpx.Client, admin: httpx.Client, status: int) -> None:
    admin.post("/outage", json={"seconds": 30, "status": status})
    assert api.get("/products").status_code == status
    admin.post("/clock/advance", json={"seconds": 30})
    assert api.get("/products").status_code == 200


def test_dropped_connection_has_no_answer(api: httpx.Client, admin: httpx.Client) -> None:
    admin.post("/faults", json={"drop_next": 1})
    with pytest.raises(httpx.TransportError):
        api.get("/products")
    assert api.get("/products").status_code == 200


def test_answer_lost_after_a_committed_post(api: httpx.Client, admin: httpx.Client) -> None:
    admin.post("/faults", json={"lose_after_commit": 1})
    with pytest.raises(httpx.TransportError):
        api.post("/products", json={"name": "Lost", "merchantSku": "LOST-1"})
    assert [p["merchantSku"] for p in api.get("/products").json()] == ["LOST-1"]


def test_idempotency_replay_and_mismatch(api: httpx.Client, admin: httpx.Client) -> None:
    key = {"idempotency-key": "k-1"}
    body = {"name": "Mug", "merchantSku": "MUG-1"}
    first = api.post("/products", json=body, headers=key)
    replay = api.post("/products", json=body, headers=key)
    assert replay.status_code == first.status_code == 201
    assert replay.json() == first.json() and replay.headers["idempotent-replayed"] == "true"
    assert "idempotent-replayed" not in first.headers
    assert len(api.get("/products").json()) == 1
    assert api.post("/products", json={**body, "name": "Other"}, headers=key).status_code == 422
    admin.post("/faults", json={"idempotency_mismatch_status": 409})
    assert api.post("/products", json={**body, "name": "Other"}, headers=key).status_code == 409


def test_replay_survives_a_lost_answer(api: httpx.Client, admin: httpx.Client) -> None:
    admin.post("/faults", json={"lose_after_commit": 1})
    key = {"idempotency-key": "retry-me"}
    with pytest.raises(httpx.TransportError):
        api.post("/products", json={"name": "A", "merchantSku": "A"}, headers=key)
    again = api.post("/products", json={"name": "A", "merchantSku": "A"}, headers=key)
    assert again.status_code == 201 and again.headers["idempotent-replayed"] == "true"
    assert len(api.get("/products").json()) == 1


def test_admin_rejects_unknown_switches(admin: httpx.Client, api: httpx.Client) -> None:
    assert admin.post("/faults", json={"no_such_switch": 1}).status_code == 400
    make_product(api)


def test_gateway_504_has_aws_headers_and_is_not_problem_json(
    api: httpx.Client, admin: httpx.Client, sim: RunningSimulator, monkeypatch: pytest.MonkeyPatch
) -> None:
    waited: list[float] = []

    async def record(seconds: float) -> None:  # stands in for the real wait; no test sleeps
        waited.append(seconds)

    monkeypatch.setattr(sim.simulator.engine, "sleep", record)
    admin.post("/faults", json={"gateway_cost_threshold": 1})
    response = api.get("/products", params={"limit": 5})
    assert response.status_code == 504 and waited == []  # gateway_delay_seconds defaults to 0
    assert response.headers["content-type"] == "application/json"
    assert response.json() == {"message": "Endpoint request timed out"}
    assert response.headers["x-amzn-errortype"] == "IntegrationTimeout"
    assert uuid.UUID(response.headers["x-amzn-requestid"]) and response.headers["x-amz-apigw-id"]
    admin.post("/faults", json={"gateway_delay_seconds": 29})
    assert api.get("/products", params={"limit": 5}).status_code == 504
    assert waited == [29]
    assert api.get("/warehouses/active").status_code == 200  # no limit/offset: no cost, no wait
    assert waited == [29]


def _client(sim: RunningSimulator, token: str) -> httpx.Client:
    return httpx.Client(base_url=sim.api_url, headers={"authorization": f"Bearer {token}"})


def test_rate_limit_is_per_account_not_shared(sim: RunningSimulator, admin: httpx.Client) -> None:
    admin.post("/faults", json={"rate_limit_per_minute": 2})
    same_a = admin.post("/tokens", json={"account_id": "2001"}).json()["token"]
    same_b = admin.post("/tokens", json={"account_id": "2001"}).json()["token"]
    other = admin.post("/tokens", json={"account_id": "2002"}).json()["token"]
    with _client(sim, same_a) as a, _client(sim, same_b) as b, _client(sim, other) as c:
        assert [a.get("/products").status_code for _ in range(2)] == [200, 200]
        assert b.get("/products").status_code == 429  # another token, the same account's budget
        assert [c.get("/products").status_code for _ in range(2)] == [200, 200]  # its own budget
        assert c.get("/products").status_code == 429
        admin.post("/faults", json={"rate_limit_key": "token"})
        admin.post("/clock/advance", json={"seconds": 60})
        assert [a.get("/products").status_code for _ in range(3)] == [200, 200, 429]
        assert b.get("/products").status_code == 200  # now each token counts alone
    assert admin.post("/faults", json={"rate_limit_key": "ip"}).status_code == 400
