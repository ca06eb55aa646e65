"""openapi/legacy/v1.yaml: valid, complete, traceable, and what the simulator actually answers."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from openapi_core import OpenAPI
from openapi_core.datatypes import RequestParameters
from openapi_spec_validator import validate
from werkzeug.datastructures import Headers, ImmutableMultiDict

from flexport_facade._core.versions import get_version
from flexport_facade.testing._v1 import V1Simulator

from .conftest import KEY

ROOT = Path(__file__).resolve().parents[2]
SPEC_PATH = ROOT / "openapi" / get_version("v1").snapshot
METHODS = ("get", "put", "post", "delete", "patch")

# Every endpoint of the v1 reference (seed 002). Purchase-order create and update share one
# operation: the same POST, told apart by the optional ?key= (id|name).
EXPECTED = {
    ("GET", "/shipments"),
    ("POST", "/shipments"),
    ("GET", "/purchase_orders"),
    ("POST", "/purchase_orders"),
    ("GET", "/purchase_orders/{id}"),
    ("GET", "/invoices"),
    ("GET", "/products"),
    ("POST", "/products"),
    ("GET", "/products/{id}"),
    ("PUT", "/products/{id}"),
    ("DELETE", "/products/{id}"),
    ("GET", "/ports"),
    ("GET", "/network"),
    ("POST", "/network"),
    ("PUT", "/network/{id}"),
    ("POST", "/network/{id}/create_address"),
    ("GET", "/currency_codes"),
}


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text())
    return loaded


def operations(spec: dict[str, Any]) -> list[tuple[str, str, dict[str, Any], dict[str, Any]]]:
    return [
        (method.upper(), path, item, op)
        for path, item in spec["paths"].items()
        for method, op in item.items()
        if method in METHODS
    ]


def _resolve(spec: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    if "$ref" not in node:
        return node
    target: Any = spec
    for part in node["$ref"].removeprefix("#/").split("/"):
        target = target[part]
    return dict(target)


def test_registry_row_points_here() -> None:
    row = get_version("v1")
    assert (row.api, row.package, row.snapshot) == ("v1", "flexport_v1", "legacy/v1.yaml")


def test_spec_is_valid_openapi_303(spec: dict[str, Any]) -> None:
    assert spec["openapi"] == "3.0.3"
    validate(spec)


def test_every_endpoint_of_the_reference(spec: dict[str, Any]) -> None:
    assert {(m, p) for m, p, _, _ in operations(spec)} == EXPECTED


def test_operation_ids_provenance_and_path_params(spec: dict[str, Any]) -> None:
    ids = []
    for method, path, item, op in operations(spec):
        assert ":" not in path
        ids.append(op["operationId"])
        prov = op["x-provenance"]
        assert prov["confidence"] == "seen" and prov["sources"]
        assert all(s.startswith("seed 002 ") for s in prov["sources"])
        params = [_resolve(spec, p) for p in [*item.get("parameters", []), *op.get("parameters", [])]]
        declared = {p["name"] for p in params if p["in"] == "path" and p["required"]}
        assert set(re.findall(r"{(\w+)}", path)) == declared, (method, path)
        assert {"401", "406", "429", "500", "503"} <= set(op["responses"]), (method, path)
    assert len(ids) == len(set(ids))


def test_auth_accept_envelopes_errors_and_webhooks_are_described(spec: dict[str, Any]) -> None:
    scheme = spec["components"]["securitySchemes"]["TokenAuth"]
    assert (scheme["type"], scheme["in"], scheme["name"]) == ("apiKey", "header", "Authorization")
    assert spec["security"] == [{"TokenAuth": []}]
    assert spec["x-flexport-accept"] == "application/vnd.flexport.v1"
    schemas = spec["components"]["schemas"]
    for name in ("CodedErrorBody", "ErrorBody", "ArchivedPlaceErrorBody", "PingEvent", "ShipmentEvent"):
        assert name in schemas
    assert set(spec["x-webhooks"]) == {"ping", "shipment_event"}
    assert spec["paths"]["/shipments"]["post"]["responses"]["422"]
    key = schemas["PurchaseOrderKey"]
    assert key["enum"] == ["id", "name"] and key["default"] == "name"


# -- The simulator answers every operation, and its answers match the document ----------------


@dataclass
class _Req:
    host_url: str
    path: str
    method: str
    body: bytes | None
    content_type: str
    parameters: RequestParameters


@dataclass
class _Resp:
    data: bytes
    status_code: int
    content_type: str
    headers: Headers


def _walk(base_url: str) -> list[httpx.Response]:
    headers = {"Authorization": f'Token token="{KEY}"', "Accept": "application/vnd.flexport.v1"}
    po = {
        "name": "PO 9",
        "role": "buyer",
        "other_party_ref": "s",
        "currency_code": "USD",
        "transportation_mode": "ocean",
        "po_line_items": [{"product_sku": "ABCD123", "units": 1}],
    }
    calls: list[tuple[str, str, dict[str, Any] | None, dict[str, str] | None]] = [
        ("GET", "/shipments", None, None),
        ("POST", "/shipments", {"record": {"name": "S", "origin_id": 4934, "destination_id": 123}}, None),
        ("POST", "/shipments", {"record": {"name": "S", "destination_id": 551800}}, None),  # 422
        ("GET", "/purchase_orders", None, None),
        ("POST", "/purchase_orders", {"record": po}, None),
        ("POST", "/purchase_orders", {"record": {**po, "memo": "m"}}, {"key": "name"}),
        ("GET", "/purchase_orders/123", None, None),
        ("GET", "/purchase_orders/999", None, None),  # 404
        ("GET", "/invoices", None, {"status": "all"}),
        ("GET", "/products", None, None),
        ("POST", "/products", {"record": {"name": "P", "sku": "P-1"}}, None),
        ("POST", "/products", {"record": {"sku": "P-2"}}, None),  # 400
        ("GET", "/products/30667", None, None),
        ("PUT", "/products/30667", {"record": {"category": "Shirts"}}, None),
        ("DELETE", "/products/30668", None, None),
        ("GET", "/ports", None, {"q": "SFO", "port_type": "airport", "page": "1", "per": "5"}),
        ("GET", "/network", None, None),
        ("POST", "/network", {"record": {"name": "C", "relationship_type": "seller"}}, None),
        ("PUT", "/network/1", {"record": {"name": "Renamed"}}, None),
        (
            "POST",
            "/network/2/create_address",
            {"record": {"street_address": "x", "country_code": "US"}},
            None,
        ),
        ("GET", "/currency_codes", None, None),
    ]
    with httpx.Client(base_url=base_url, headers=headers, timeout=5.0) as client:
        out = [client.request(m, p, json=b, params=q) for m, p, b, q in calls]
        out.append(client.get("/shipments", headers={"Authorization": 'Token token="nope"'}))  # 401
    return out


def test_simulator_answers_match_the_spec(spec: dict[str, Any], sim: V1Simulator) -> None:
    api = OpenAPI.from_dict(spec)
    responses = _walk(sim.base_url)
    statuses = sorted({r.status_code for r in responses})
    assert statuses == [200, 400, 401, 404, 422]
    for response in responses:
        req = response.request
        path = req.url.path
        spec_req = _Req(
            "https://api.flexport.com",
            path,
            req.method.lower(),
            req.content or None,
            req.headers.get("content-type", ""),
            RequestParameters(query=ImmutableMultiDict(list(req.url.params.multi_items()))),
        )
        spec_resp = _Resp(response.content, response.status_code, "application/json", Headers())
        api.validate_response(spec_req, spec_resp)  # raises on any mismatch


@pytest.mark.slow
def test_generates_cleanly(tmp_path: Path) -> None:
    bin_dir = Path(sys.executable).parent
    env = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}"}
    result = subprocess.run(
        [
            str(bin_dir / "openapi-python-client"),
            "generate",
            "--path",
            str(SPEC_PATH),
            "--meta",
            "none",
            "--output-path",
            str(tmp_path / "out" / "flexport_v1"),
            "--overwrite",
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=180,
        check=False,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "warning" not in output.lower() and "error" not in output.lower(), output
    assert (tmp_path / "out" / "flexport_v1" / "api" / "ports" / "search_ports.py").is_file()
