"""Fixtures: a real uvicorn simulator on loopback per test, httpx clients, a schema check, a receiver."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from both_clients import maybe_await
from openapi_schema_validator import OAS30Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT4
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from flexport_facade.testing import Faults, RunningSimulator, load_snapshot, run_simulator
from flexport_facade.testing._server import serve_in_thread
from flexport_facade.testing._validation import SpecResponse, Validator

STEP = 60.0


@pytest.fixture(scope="session")
def doc() -> dict[str, Any]:
    return load_snapshot("2026-02")


@pytest.fixture(scope="session")
def validator(doc: dict[str, Any]) -> Validator:
    return Validator(doc)


@pytest.fixture
def faults() -> Faults:
    return Faults(
        allow_http_loopback_webhooks=True,
        inbound_receive_after=STEP,
        order_ship_after=STEP,
        outbound_step_after=STEP,
    )


@pytest.fixture(scope="session")
def server(doc: dict[str, Any]) -> Iterator[RunningSimulator]:
    """One uvicorn server for the session; each test resets its state (starting one costs ~0.3 s)."""
    with run_simulator(spec=doc) as running:
        yield running


@pytest.fixture
def sim(server: RunningSimulator, faults: Faults) -> RunningSimulator:
    server.simulator.reset(faults=faults)
    return server


# Clients live for the session: building one loads the CA bundle (~30 ms), and the default token
# survives resets. ``verify=False`` only because everything here is plain http on loopback.
@pytest.fixture(scope="session")
def _api_client(server: RunningSimulator) -> Iterator[httpx.Client]:
    headers = {"authorization": f"Bearer {server.token}"}
    with httpx.Client(base_url=server.api_url, headers=headers, timeout=10, verify=False) as client:
        yield client


@pytest.fixture(scope="session")
def _admin_client(server: RunningSimulator) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=f"{server.url}/_sim", timeout=10, verify=False) as client:
        yield client


@pytest.fixture
def api(sim: RunningSimulator, _api_client: httpx.Client) -> httpx.Client:
    return _api_client


@pytest.fixture
def admin(sim: RunningSimulator, _admin_client: httpx.Client) -> httpx.Client:
    return _admin_client


def conformance_check(validator: Validator) -> Callable[[httpx.Response], httpx.Response]:
    """A check that a response validates against ``validator``'s snapshot (body and headers)."""

    def check(response: httpx.Response) -> httpx.Response:
        req = response.request
        spec_req = validator.request(
            method=req.method,
            path=req.url.raw_path.decode().split("?")[0],
            query=list(req.url.params.multi_items()),
            headers=dict(req.headers),
            body=req.content or None,
            content_type=req.headers.get("content-type", "application/json"),
        )
        spec_resp = SpecResponse(
            data=response.content,
            status_code=response.status_code,
            content_type=response.headers.get("content-type", "application/json"),
            headers=response.headers,
        )
        errors = validator.check_response(spec_req, spec_resp)
        assert errors == [], f"{req.method} {req.url.path} -> {response.status_code}: {errors}"
        return response

    return check


async def checked(conforms: Callable[[httpx.Response], httpx.Response], operation: Any, **kwargs: Any) -> Any:
    """``operation(**kwargs)`` (sync or async) through its raw variant: the answer must pass ``conforms``,
    then errors raise as they would from the plain call; returns the parsed answer."""
    answer = await maybe_await(operation.raw(**kwargs))
    conforms(answer.http)
    answer.raise_for_status()
    return answer.parsed


@pytest.fixture
def conforms(validator: Validator) -> Callable[[httpx.Response], httpx.Response]:
    """Assert a response validates against the snapshot (body and headers); returns it."""
    return conformance_check(validator)


class Receiver:
    """A webhook subscriber on loopback that records what it gets and answers ``status``."""

    def __init__(self) -> None:
        self.calls: list[tuple[dict[str, str], Any]] = []
        self.status = 200
        self.url = ""

    async def endpoint(self, request: Request) -> JSONResponse:
        self.calls.append((dict(request.headers), await request.json()))
        return JSONResponse({}, status_code=self.status)


@pytest.fixture(scope="session")
def _receiver() -> Iterator[Receiver]:
    rec = Receiver()
    app = Starlette(routes=[Route("/hook", rec.endpoint, methods=["POST", "PUT"])])
    with serve_in_thread(app) as (_, url):
        rec.url = f"{url}/hook"
        yield rec


@pytest.fixture
def receiver(_receiver: Receiver) -> Receiver:
    _receiver.calls.clear()
    _receiver.status = 200
    return _receiver


# -- small helpers shared by the tests ----------------------------------------------------------
def make_product(api: httpx.Client, sku: str = "SKU-1") -> dict[str, Any]:
    body = {
        "name": f"Product {sku}",
        "merchantSku": sku,
        "dimensions": {
            "weight": 1,
            "weightUnit": "lb",
            "height": 1,
            "width": 1,
            "length": 1,
            "lengthUnit": "in",
        },
    }
    response = api.post("/products", json=body)
    assert response.status_code == 201, response.text
    return dict(response.json())


ADDRESS = {"address1": "1 Main St", "city": "Reno", "provinceCode": "NV", "zip": "89502", "countryCode": "US"}


def stock(api: httpx.Client, admin: httpx.Client, sku: str, qty: int) -> None:
    """Inbound ``qty`` units of ``sku`` and let the sandbox auto-receive them."""
    body = {
        "from": ADDRESS,
        "prep": {"boxContentLabels": False},
        "items": [{"logisticsSku": sku, "quantity": qty}],
    }
    response = api.post("/inbounds/shipments", json=body)
    assert response.status_code in (200, 201), response.text
    admin.post("/clock/advance", json={"seconds": STEP})


def event_types(api: httpx.Client) -> list[str]:
    return [e["type"] for e in api.get("/events").json()]


def webhook_errors(doc: dict[str, Any], event_type: str, body: Any) -> list[str]:
    """What is wrong with a delivery body against the version's x-webhooks schema for its type."""
    schema = doc["x-webhooks"][event_type]["post"]["requestBody"]["content"]["application/json"]["schema"]
    registry: Registry[Any] = Registry().with_resource(
        "urn:snapshot", Resource.from_contents(doc, default_specification=DRAFT4)
    )
    validator = OAS30Validator({"$ref": "urn:snapshot" + schema["$ref"]}, registry=registry)
    return [f"{'.'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(body)]


# The shipped plugin's fixture and marker, exercised by test_plugin.py (non-root conftests may not
# set pytest_plugins, so they are imported).
from flexport_facade.testing.pytest_plugin import flexport_simulator, pytest_configure  # noqa: E402, F401
