"""Routing, example synthesis, validation, auth and the error format, through a real server."""

from __future__ import annotations

import re
import uuid
from typing import Any

import httpx

from flexport_facade.testing import RunningSimulator
from flexport_facade.testing.synth import Schemas
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
