"""Routing, example synthesis, validation, auth and the error format, through a real server."""

from __future__ import annotations

import re
import uuid
from typing import Any

import httpx

from flexport_facade._core.versions import known_versions
from flexport_facade.testing import RunningSimulator, run_simulator
from flexport_facade.testing._synth import Schemas
from tests.simulator.conftest import make_product

PROBLEM_FIELDS = {"type", "title", "status", "detail", "instance"}


def assert_problem(response: httpx.Response, status: int, code: int | None = None) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    assert response.headers["content-language"] == "en"
    body = response.json()
    assert set(body) >= PROBLEM_FIELDS
    assert body["status"] == status
    assert body["type"].startswith("https://docs.logistics-api.flexport.com/")
    uuid.UUID(body["instance"])
    if code is not None:
        assert body["code"] == code
    return dict(body)


def test_every_get_operation_answers_schema_valid(
    doc: dict[str, Any], api: httpx.Client, conforms: Any
) -> None:
    answered = 0
    schemas = Schemas(doc)
    for template, item in doc["paths"].items():
        op = item.get("get")
        if op is None or op["operationId"] == "AuthorizationRedirect":
            continue
        params = op.get("parameters", [])
        if any(p.get("required") and p.get("in") == "query" for p in params if isinstance(p, dict)):
            continue
        values = {p["name"]: schemas.example_for(p["schema"]) for p in params if p.get("in") == "path"}
        path = re.sub(r"{([^}]+)}", lambda m, v=values: str(v[m.group(1)]), template)
        path = path.removeprefix(api.base_url.path.rstrip("/"))
        response = api.get(path)
        # Stateful lookups of an unknown id answer 404; everything else answers its success example.
        assert response.status_code in (200, 404), (template, response.status_code, response.text)
        if response.status_code == 200:
            conforms(response)
            answered += 1
    assert answered >= 10


def test_synthesised_write_answers_validate(api: httpx.Client, conforms: Any) -> None:
    response = api.post("/reports", json={"reportName": "x"})
    assert response.status_code in (201, 400, 422), response.text
    if response.status_code == 201:
        conforms(response)


def test_correlation_id_on_every_response(api: httpx.Client) -> None:
    for response in (api.get("/warehouses/active"), api.get("/nope"), api.get("/products/DXXXXXXXXXX")):
        assert uuid.UUID(response.headers["x-correlation-id"]).version == 4


def test_unknown_path_and_method_are_400_and_version_404(api: httpx.Client, sim: RunningSimulator) -> None:
    assert_problem(api.get("/no/such/path"), 400)
    assert_problem(api.put("/warehouses/active"), 400)
    with httpx.Client(base_url=sim.url) as raw:
        assert_problem(raw.get("/logistics/api/1999-01/products"), 404)


def test_body_that_fails_schema_is_422_listing_every_problem(api: httpx.Client, conforms: Any) -> None:
    body = assert_problem(conforms(api.post("/products", json={"dimensions": {"weight": "heavy"}})), 422)
    text = " ".join(body["errors"])
    assert "name" in text and "merchantSku" in text


def test_malformed_json_and_bad_parameters_are_400(api: httpx.Client) -> None:
    assert_problem(
        api.post("/products", content=b"{not json", headers={"content-type": "application/json"}), 400
    )
    assert_problem(api.get("/orders/abc"), 400)  # orderId must be digits


def test_missing_and_unknown_tokens_are_401(sim: RunningSimulator) -> None:
    with httpx.Client(base_url=sim.api_url) as anonymous:
        assert_problem(anonymous.get("/products"), 401)
        body = assert_problem(anonymous.get("/products", headers={"authorization": "Bearer sim_nope"}), 401)
        assert "sim_nope" not in str(body)


def test_scope_missing_is_403_without_secrets(sim: RunningSimulator, admin: httpx.Client) -> None:
    token = admin.post("/tokens", json={"scopes": ["read_logistics_products"]}).json()["token"]
    with httpx.Client(base_url=sim.api_url, headers={"authorization": f"Bearer {token}"}) as client:
        assert client.get("/products").status_code == 200
        body = assert_problem(client.get("/webhooks"), 403)
        assert token not in str(body) and "read_logistics_webhooks" in body["detail"]


def test_revoked_expired_and_frozen(sim: RunningSimulator, admin: httpx.Client, api: httpx.Client) -> None:
    issued = admin.post("/tokens", json={"expires_in": 3600}).json()["token"]
    revoked = admin.post("/tokens").json()["token"]
    admin.post("/tokens/revoke", json={"token": revoked})
    with httpx.Client(base_url=sim.api_url) as client:
        auth = {"authorization": f"Bearer {issued}"}
        assert client.get("/products", headers=auth).status_code == 200
        admin.post("/clock/advance", json={"seconds": 3601})
        assert_problem(client.get("/products", headers=auth), 401)
        assert_problem(client.get("/products", headers={"authorization": f"Bearer {revoked}"}), 401)
    admin.post("/accounts", json={"frozen": True})
    assert_problem(api.get("/products"), 423)
    admin.post("/accounts", json={"frozen": False})
    assert api.get("/products").status_code == 200


def test_stateful_product_answers_validate(api: httpx.Client, conforms: Any) -> None:
    product = make_product(api)
    conforms(api.get(f"/products/{product['logisticsSku']}"))
    conforms(api.get(f"/products/{product['logisticsSku']}/inventory"))


def test_unpublished_version_is_404_naming_the_known_ones(sim: RunningSimulator) -> None:
    with httpx.Client(base_url=sim.url) as raw:
        body = assert_problem(raw.get("/logistics/api/2024-06/orders/1"), 404)
        assert "2024-06" in body["detail"]
        for known in [v.id for v in known_versions("logistics")]:
            assert known in body["detail"]
        # A registered version this instance does not serve says which one it does.
        served = assert_problem(raw.get("/logistics/api/2024-04/products"), 404)
        assert "2026-02" in served["detail"]


def test_account_without_billing_gets_403_on_orders_inbounds(api: httpx.Client, admin: httpx.Client) -> None:
    assert admin.post("/accounts", json={"has_billing": False}).json()["has_billing"] is False
    for response in (
        api.get("/orders/1"),
        api.post("/orders", json={}),  # access is checked before the body
        api.get("/orders/rs/1"),
        api.get("/inbounds/shipments"),
    ):
        assert "billing" in assert_problem(response, 403)["detail"]
    assert api.get("/products").status_code == 200  # Products and Webhooks need no billing
    assert api.get("/webhooks").status_code == 200
    assert api.get("/returns/1").status_code == 404  # not billing-gated (not found, as usual)
    admin.post("/accounts", json={"has_billing": True})
    assert api.get("/orders/1").status_code == 404  # back to the usual answer


def test_sandbox_account_has_no_returns_or_parcels(
    sim: RunningSimulator, api: httpx.Client, admin: httpx.Client
) -> None:
    made = admin.post("/accounts", json={"account_id": "sbx-1", "create": True, "sandbox": True})
    assert made.json() == {"account_id": "sbx-1", "frozen": False, "has_billing": True, "sandbox": True}
    token = admin.post("/tokens", json={"account_id": "sbx-1"}).json()["token"]
    with httpx.Client(base_url=sim.api_url, headers={"authorization": f"Bearer {token}"}) as sandbox:
        for response in (sandbox.post("/returns", json={}), sandbox.get("/parcels/1")):
            assert "Sandbox" in assert_problem(response, 403)["detail"]
        assert sandbox.get("/products").status_code == 200
        assert sandbox.get("/orders/1").status_code == 404  # orders work in sandbox
    assert api.get("/returns/1").status_code == 404  # the production account is unaffected
    state = admin.get("/state").json()["accounts"]
    assert state["sbx-1"]["sandbox"] is True and state["1001"]["sandbox"] is False
    assert admin.post("/accounts", json={"sandbox": "yes"}).status_code == 400
    assert admin.post("/accounts", json={"account_id": "nope"}).status_code == 400


def test_freight_needs_billing_too() -> None:
    # Only unstable has /freight paths.
    with run_simulator("unstable") as unstable:
        httpx.post(f"{unstable.url}/_sim/accounts", json={"has_billing": False}).raise_for_status()
        headers = {"authorization": f"Bearer {unstable.token}"}
        with httpx.Client(base_url=unstable.api_url, headers=headers) as api:
            assert_problem(api.get("/freight/orders"), 403)
            assert api.get("/products").status_code == 200
