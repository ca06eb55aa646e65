"""A small stateful simulator of Flexport API v1 (api.flexport.com), as a Starlette ASGI app.

``create_app(token=...)`` serves every operation of openapi/legacy/v1.yaml from memory: shipments,
purchase orders, invoices, products, ports (page/per), network companies and addresses, currency
codes. It checks the ``Token token="..."`` header (401 bad_token form), the Accept version (406),
answers errors in the reference's body forms, and can be told to fail (429/5xx) for retry tests.
``run_v1_simulator()`` serves it on 127.0.0.1 in a background thread.

Where the reference is silent the simulator makes a choice and says so in a comment ("assumed").
"""

from __future__ import annotations

import contextlib
import copy
import itertools
import json
import re
import threading
import time
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import uvicorn
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from flexport_facade._core.redact import redact_headers
from flexport_facade.testing._server import _bind_loopback, uvicorn_config
from flexport_facade.v1._signature import HEADER as HUB_SIGNATURE_HEADER
from flexport_facade.v1._signature import sign_hub_signature

DEFAULT_TOKEN = "sim-v1-key"  # noqa: S105 - a fixed test credential, not a secret
SERVED_VERSION = "v1"
_VND = re.compile(r"application/vnd\.flexport\.([A-Za-z0-9_.-]+)")
Record = dict[str, Any]


class _Reject(Exception):
    """Raised inside a handler to answer an error body."""

    def __init__(self, status: int, body: Any, headers: dict[str, str] | None = None) -> None:
        super().__init__(status)
        self.status = status
        self.body = body
        self.headers = headers or {}


def _error(status: int, *messages: str) -> _Reject:
    # The general form (seed 002, Errors): {"error": ["...", ...]}.
    return _Reject(status, {"error": list(messages)})


BAD_TOKEN_BODY = {"errors": [{"code": "bad_token", "message": "Bad Token"}]}


@dataclass
class Failure:
    """An injected answer for the next ``times`` matching requests."""

    status: int
    times: int = 1
    retry_after: float | None = None
    method: str | None = None
    path: str | None = None

    def matches(self, method: str, path: str) -> bool:
        return (self.method is None or self.method == method) and (self.path is None or self.path == path)


@dataclass(frozen=True)
class SeenRequest:
    """One request as the simulator saw it; secret headers are already masked."""

    method: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]
    body: Any


@dataclass
class V1State:
    """Everything the simulator knows. Tests may read and change it directly (same process)."""

    token: str = DEFAULT_TOKEN
    shipments: dict[int, Record] = field(default_factory=dict)
    purchase_orders: dict[int, Record] = field(default_factory=dict)
    products: dict[int, Record] = field(default_factory=dict)
    invoices: list[Record] = field(default_factory=list)
    ports: list[Record] = field(default_factory=list)
    companies: dict[int, Record] = field(default_factory=dict)
    addresses: dict[int, Record] = field(default_factory=dict)
    archived: dict[int, int] = field(default_factory=dict)  # archived place id -> its replacement
    currency_codes: list[Record] = field(default_factory=list)
    requests: list[SeenRequest] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)
    _ids: Iterator[int] = field(default_factory=lambda: itertools.count(900_000))
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def next_id(self) -> int:
        return next(self._ids)

    def fail_next(
        self,
        status: int,
        times: int = 1,
        *,
        retry_after: float | None = None,
        method: str | None = None,
        path: str | None = None,
    ) -> None:
        """Answer ``status`` to the next ``times`` requests (optionally only ``method``/``path``)."""
        with self._lock:
            self.failures.append(Failure(status, times, retry_after, method, path))

    def take_failure(self, method: str, path: str) -> Failure | None:
        with self._lock:
            for failure in self.failures:
                if failure.matches(method, path):
                    failure.times -= 1
                    if failure.times <= 0:
                        self.failures.remove(failure)
                    return failure
        return None

    def archive_address(self, address_id: int, **changes: Any) -> int:
        """Edit an address the way Flexport does: archive it and create its replacement; the new id."""
        old = self.addresses[address_id]
        new_id = self.next_id()
        self.addresses[new_id] = {**copy.deepcopy(old), **changes, "id": new_id}
        self.archived[address_id] = new_id
        for company in self.companies.values():
            company["addresses"] = [new_id if a == address_id else a for a in company.get("addresses", [])]
        return new_id


# -- Seed data: the reference's examples plus enough ports to page through ----------------------


def seeded_state(token: str = DEFAULT_TOKEN, *, extra_ports: int = 30) -> V1State:
    state = V1State(token=token)
    state.ports = [
        _port(
            567007,
            "San Francisco International Airport",
            "San Francisco, California, United States",
            "SFO",
            "airport",
            "US",
            "37.623908",
            "-122.381592",
        ),
        _port(
            4934,
            "Hong Kong International Airport",
            "Chek Lap Kok, Hong Kong",
            "HKG",
            "airport",
            "HK",
            "22.308046",
            "113.918480",
        ),
        _port(
            210,
            "Cincinnati/Northern Kentucky International Airport",
            "Hebron, Kentucky (near Cincinnati), United States",
            "CVG",
            "airport",
            "US",
            "39.048836",
            "-84.667822",
        ),
        _port(
            1003,
            "Port of Oakland",
            "Oakland, California, United States",
            None,
            "seaport",
            "US",
            "37.795",
            "-122.279",
        ),
        _port(
            1004,
            "Port of Shenzhen (Yantian)",
            "Shenzhen, Guangdong, China",
            None,
            "seaport",
            "CN",
            "22.57",
            "114.27",
        ),
        _port(
            1005,
            "Chicago Rail Terminal",
            "Chicago, Illinois, United States",
            None,
            "railport",
            "US",
            "41.85",
            "-87.65",
        ),
    ]
    state.ports += [
        _port(20_000 + n, f"Sample Seaport {n:02d}", "Testland", None, "seaport", "ZZ", "0.0", "0.0")
        for n in range(1, extra_ports + 1)
    ]
    state.addresses = {
        123: {
            "id": 123,
            "name": "Some NY Warehouse",
            "country_code": "US",
            "city": "New York",
            "state": "NY",
            "street_address": "34 Park Ave.",
            "street_address2": "",
            "lat": "37.123345",
            "lng": "-74.133212",
            "business_hours": "9-5",
            "external_ref": None,
            "contact": {"name": "John", "phone": "987654321", "email": "email@email.com"},
        },
        551804: {
            "id": 551804,
            "name": None,
            "country_code": "CN",
            "city": "Shenzhen",
            "state": None,
            "street_address": "1234 Madison Ave",
            "street_address2": None,
            "lat": "22.5500",
            "lng": "114.1000",
            "business_hours": None,
            "external_ref": None,
            "contact": {"name": None, "phone": None, "email": None},
        },
    }
    state.companies = {
        1: {
            "id": 1,
            "name": "Your Company",
            "relationship_type": "self",
            "addresses": [123],
            "contact": {"name": "Contact Person", "phone": "123456789", "email": "email@email.com"},
        },
        2: {
            "id": 2,
            "name": "Your Seller",
            "relationship_type": "seller",
            "addresses": [551804],
            "contact": {"name": None, "phone": "136-1234-5678", "email": None},
        },
    }
    state.products = {
        30667: {
            "id": 30667,
            "sku": "TEX-2 L",
            "name": "Polo Shirt (Large)",
            "category": "Apparel",
            "country_of_origin": "Vietnam",
            "hs_codes": [{"hs_code": "6205.20.2026", "region": "US"}],
            "product_properties": {"Size": "Large"},
        },
        30668: {
            "id": 30668,
            "sku": "ABCD123",
            "name": "Widget",
            "category": None,
            "country_of_origin": "China",
            "hs_codes": [],
            "product_properties": {},
        },
        30669: {
            "id": 30669,
            "sku": "ABCD124",
            "name": "Gadget",
            "category": None,
            "country_of_origin": "China",
            "hs_codes": [],
            "product_properties": {},
        },
    }
    state.purchase_orders = {
        123: {
            "id": 123,
            "name": "PO 1",
            "role": "buyer",
            "other_party_ref": "seller_1",
            "currency_code": "USD",
            "must_arrive_date": "2017-04-20",
            "cargo_ready_date": "2017-03-20",
            "transportation_mode": "ocean",
            "incoterm": "FOB",
            "memo": "Memo",
            "origin_port_ref": "origin_port_1",
            "destination_port_ref": "destination_port_1",
            "origin_location_ref": "origin_location_1",
            "destination_location_ref": "destination_location_1",
            "archived": False,
            "po_line_items": [
                {
                    "id": 10,
                    "line_item_number": 1,
                    "product_sku": "ABCD123",
                    "cargo_ready_date": "2017-03-20",
                    "units": 50,
                    "unit_cost": "10.5",
                    "booking_line_items": [{"units": 10, "shipment_id": 12345}],
                },
                {
                    "id": 11,
                    "line_item_number": 2,
                    "product_sku": "ABCD124",
                    "cargo_ready_date": "2017-03-20",
                    "units": 170,
                    "unit_cost": "40.5",
                    "booking_line_items": [],
                },
            ],
        },
    }
    state.shipments = {
        12345: _shipment(
            12345,
            {
                "name": "Test Shipment #1",
                "transportation_mode": "air",
                "container_type": "high_cubed",
                "freight_type": "port_to_door",
                "metric_units": True,
                "total_weight": 321.1,
                "total_volume": 233.2,
                "cargo_ready_date": "2015-07-22",
            },
            "Hong Kong International Airport",
            "Greenwood, IN, United States",
        ),
    }
    state.invoices = [
        {
            "id": 4321,
            "invoice_id": "FLEX-12345-1",
            "currency": "USD",
            "first_shared_at": "2015-12-13T21:53:11.728Z",
            "due_date": "2016-01-01",
            "total": "2266.77",
            "amount_paid": "123.77",
            "status": "paid",
            "type": "Shipment",
            "shipment_id": "12345",
            "shipment_name": "Test Shipment #1",
            "lines": [
                {"id": 111, "amount": "1588.77", "category": "freight", "name": "Air Freight"},
                {"id": 113, "amount": "65.0", "category": "destination", "name": "Airline Terminal "},
            ],
        },
        {
            "id": 4322,
            "invoice_id": "FLEX-CLIENT-7",
            "currency": "USD",
            "first_shared_at": "2016-02-01T10:00:00.000Z",
            "due_date": "2016-03-01",
            "total": "99.0",
            "amount_paid": "0.0",
            "status": "outstanding",
            "type": "Client",
            "lines": [{"id": 120, "amount": "99.0", "category": "additional", "name": "Fee"}],
        },
    ]
    state.currency_codes = [
        {"code": "AED", "symbol": "د.إ", "name": "United Arab Emirates Dirham"},
        {"code": "ARS", "symbol": "$", "name": "Argentine Peso"},
        {"code": "AUD", "symbol": "$", "name": "Australian Dollar"},
        {"code": "USD", "symbol": "$", "name": "United States Dollar"},
    ]
    # One edited address, so the archived-place 422 can be exercised: 551800 was replaced by 551805.
    state.addresses[551800] = {**copy.deepcopy(state.addresses[551804]), "id": 551800, "name": "Supplier ABC"}
    state.companies[2]["addresses"].append(551800)
    state.archive_address(551800, name="Supplier ABC, Brussels", city="Brussels", country_code="BE")
    return state


def _port(
    id: int, port_name: str, where: str, iata: str | None, port_type: str, country: str, lat: str, lng: str
) -> Record:
    return {
        "id": id,
        "name": f"{port_name}, {where}",
        "iata_code": iata,
        "lat": lat,
        "lng": lng,
        "port_name": port_name,
        "port_type": port_type,
        "country_code": country,
    }


_SHIPMENT_NULLS = (
    "master_bill_number",
    "origin_pickup_date",
    "pickup_date",
    "departure_date",
    "arrival_date",
    "delivery_date",
    "pieces",
)


def _shipment(id: int, fields: Record, origin: str | None, destination: str | None) -> Record:
    weight, volume = fields.get("total_weight"), fields.get("total_volume")
    record: Record = {"id": id, "flex_id": f"FLEX-{id}", "name": fields.get("name") or f"Shipment {id}"}
    for key in ("transportation_mode", "container_type", "freight_type", "metric_units", "cargo_ready_date"):
        record[key] = fields.get(key)
    record.update({name: None for name in _SHIPMENT_NULLS})
    record.update(
        house_bill_number="",
        total_weight=weight,
        total_volume=volume,
        calculated_weight=weight,
        calculated_volume=volume,
        chargeable_weight=weight,
        chargeable_volume=volume,
        status="Seller's Location",
        freight_cost=0,
        customs_cost=0,
        origin_address=origin,
        destination_address=destination,
        containers=[],
        commercial_invoices=[],
    )
    return record


# -- Request plumbing ---------------------------------------------------------------------------

Handler = Callable[[Request, V1State], Awaitable[Any]]


def _authorized(request: Request, token: str) -> bool:
    value = request.headers.get("authorization", "")
    m = re.fullmatch(r'\s*Token\s+token="?([^"]*)"?\s*', value)
    return m is not None and m.group(1) == token


def _acceptable(request: Request) -> bool:
    """No Accept: the current version (v1). Another vnd.flexport version, or no JSON at all: 406."""
    accept = request.headers.get("accept")
    if not accept:
        return True
    for part in accept.split(","):
        media = part.split(";")[0].strip().lower()
        m = _VND.fullmatch(media)
        if m:
            # "v1" and the json-suffixed form both name v1.
            if m.group(1) in (SERVED_VERSION, f"{SERVED_VERSION}+json"):
                return True
        elif media in ("application/json", "application/*", "*/*"):
            return True
    return False


async def _body(request: Request) -> Any:
    raw = await request.body()
    if not raw:
        return None
    try:
        return json.loads(raw)
    except (json.JSONDecodeError, UnicodeDecodeError):
        raise _error(400, "Request body is not valid JSON") from None


async def _record(request: Request) -> Record:
    body = await _body(request)
    if not isinstance(body, dict) or not isinstance(body.get("record"), dict):
        raise _error(400, 'Request body must be {"record": {...}}')
    return dict(body["record"])


def _endpoint(handler: Handler, state: V1State) -> Callable[[Request], Awaitable[Response]]:
    async def endpoint(request: Request) -> Response:
        try:
            body = await request.body()
            seen_body = json.loads(body) if body else None
        except (json.JSONDecodeError, UnicodeDecodeError):
            seen_body = "<not json>"
        state.requests.append(
            SeenRequest(
                request.method,
                request.url.path,
                dict(request.query_params),
                redact_headers(dict(request.headers)),
                seen_body,
            )
        )
        failure = state.take_failure(request.method, request.url.path)
        if failure is not None:
            headers = {} if failure.retry_after is None else {"Retry-After": f"{failure.retry_after:g}"}
            return JSONResponse({"error": [f"simulated {failure.status}"]}, failure.status, headers=headers)
        if not _authorized(request, state.token):
            return JSONResponse(BAD_TOKEN_BODY, 401)
        if not _acceptable(request):
            return JSONResponse(
                {"error": ["Not Acceptable: this server speaks application/vnd.flexport.v1"]}, 406
            )
        try:
            result = await handler(request, state)
        except _Reject as rejected:
            return JSONResponse(rejected.body, rejected.status, headers=rejected.headers)
        return JSONResponse(result, 200)

    return endpoint


def _int_param(request: Request, name: str, default: int) -> int:
    raw = request.query_params.get(name)
    if raw is None or raw == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        raise _error(400, f"{name} must be a number") from None
    if value < 1:
        raise _error(400, f"{name} must be at least 1")
    return value


def _path_id(request: Request) -> int:
    return int(request.path_params["id"])


def _required(record: Record, *names: str) -> None:
    missing = [
        f"{n.replace('_', ' ').capitalize()} can't be blank" for n in names if record.get(n) in (None, "")
    ]
    if missing:
        raise _error(400, *missing)


# -- Handlers -----------------------------------------------------------------------------------


async def list_shipments(request: Request, state: V1State) -> Any:
    return {"records": list(state.shipments.values())}


def _place_name(state: V1State, field_name: str, place_id: Any) -> str | None:
    if place_id is None:
        return None
    if not isinstance(place_id, int):
        raise _error(400, f"{field_name} must be a place id")
    if place_id in state.archived:
        new = state.addresses[state.archived[place_id]]
        location = ", ".join(str(p) for p in (new.get("name"), new.get("city")) if p)
        # The 422 form of seed 002 (Shipments, PlaceId).
        raise _Reject(
            422,
            {
                "errors": {
                    field_name: [
                        {
                            "error": "address is archived",
                            "updated_address": {"id": new["id"], "type": "Address", "location": location},
                        }
                    ]
                }
            },
        )
    if place_id in state.addresses:
        return str(state.addresses[place_id].get("name") or state.addresses[place_id].get("street_address"))
    for port in state.ports:
        if port["id"] == place_id:
            return str(port["name"])
    raise _error(400, f"{field_name} {place_id} is not a known port or network address")


async def create_shipment(request: Request, state: V1State) -> Any:
    record = await _record(request)
    _required(record, "name")
    origin = _place_name(state, "origin_id", record.get("origin_id"))
    destination = _place_name(state, "destination_id", record.get("destination_id"))
    shipment = _shipment(state.next_id(), record, origin, destination)
    state.shipments[shipment["id"]] = shipment
    return {"record": shipment}


async def list_purchase_orders(request: Request, state: V1State) -> Any:
    return {"records": list(state.purchase_orders.values())}


async def get_purchase_order(request: Request, state: V1State) -> Any:
    po = state.purchase_orders.get(_path_id(request))
    if po is None:
        raise _error(404, "Purchase order not found")
    return {"record": po}


def _line_items(record: Record, state: V1State) -> list[Record]:
    known = {p.get("sku") for p in state.products.values()}
    items = []
    for item in record.get("po_line_items") or []:
        if not isinstance(item, dict) or item.get("product_sku") in (None, ""):
            raise _error(400, "Product sku can't be blank")
        sku = str(item["product_sku"])
        if sku not in known and not item.get("product_name"):
            raise _error(400, f"Product name can't be blank for new product {sku}")
        items.append({"id": state.next_id(), "booking_line_items": [], **item})
    return items


async def save_purchase_order(request: Request, state: V1State) -> Any:
    key = request.query_params.get("key")
    if key not in (None, "id", "name"):
        raise _error(400, "key must be id or name")
    record = await _record(request)
    _required(record, "role", "other_party_ref", "currency_code", "transportation_mode")
    attr = key or "name"
    _required(record, attr)
    if key is None:
        _required(record, "po_line_items")
    match = next((po for po in state.purchase_orders.values() if po.get(attr) == record[attr]), None)
    if key is not None and match is None:
        # Assumed: replacing by an explicit key that matches nothing is a 404 (the reference is silent).
        raise _error(404, f"Purchase order with {attr} {record[attr]!r} not found")
    po_id = match["id"] if match is not None else state.next_id()
    po = {**record, "id": po_id, "po_line_items": _line_items(record, state)}
    po.setdefault("archived", False)
    state.purchase_orders[po_id] = po
    return {"record": po}


async def list_invoices(request: Request, state: V1State) -> Any:
    status = request.query_params.get("status")
    # Assumed: no status means every invoice, like status=all.
    chosen = [i for i in state.invoices if status in (None, "", "all") or i.get("status") == status]
    return {"records": chosen}


async def list_products(request: Request, state: V1State) -> Any:
    return {"records": list(state.products.values())}


def _product(request: Request, state: V1State) -> Record:
    product = state.products.get(_path_id(request))
    if product is None:
        raise _error(404, "Product not found")
    return product


async def get_product(request: Request, state: V1State) -> Any:
    return {"record": _product(request, state)}


async def create_product(request: Request, state: V1State) -> Any:
    record = await _record(request)
    _required(record, "name")
    product = {"hs_codes": [], "product_properties": {}, **record, "id": state.next_id()}
    state.products[product["id"]] = product
    return {"record": product}


async def update_product(request: Request, state: V1State) -> Any:
    product = _product(request, state)
    record = await _record(request)
    record.pop("id", None)
    product.update(record)  # only the fields sent; null clears
    if not product.get("name"):
        raise _error(400, "Name can't be blank", "Product is not valid")
    return {"record": product}


async def delete_product(request: Request, state: V1State) -> Any:
    del state.products[_product(request, state)["id"]]
    return {}


async def search_ports(request: Request, state: V1State) -> Any:
    q = (request.query_params.get("q") or "").strip().lower()
    port_type = request.query_params.get("port_type")
    page = _int_param(request, "page", 1)
    per = _int_param(request, "per", 15)
    found = [
        p
        for p in state.ports
        if (not q or any(q in str(p.get(k) or "").lower() for k in ("name", "port_name", "iata_code")))
        and (not port_type or p["port_type"] == port_type)
    ]
    return {"records": found[(page - 1) * per : page * per]}


def _company_view(company: Record, state: V1State) -> Record:
    view = {k: v for k, v in company.items() if k != "addresses"}
    view["addresses"] = [state.addresses[a] for a in company.get("addresses", []) if a not in state.archived]
    return view


async def list_network(request: Request, state: V1State) -> Any:
    return {"records": [_company_view(c, state) for c in state.companies.values()]}


async def create_company(request: Request, state: V1State) -> Any:
    record = await _record(request)
    _required(record, "name")
    company = {
        "contact": {"name": None, "phone": None, "email": None},
        "relationship_type": None,
        **record,
        "id": state.next_id(),
        "addresses": [],
    }
    state.companies[company["id"]] = company
    return {"record": {k: v for k, v in company.items() if k != "addresses"}}


def _company(request: Request, state: V1State) -> Record:
    company = state.companies.get(_path_id(request))
    if company is None:
        raise _error(404, "Company not found")
    return company


async def update_company(request: Request, state: V1State) -> Any:
    company = _company(request, state)
    record = await _record(request)
    for key in ("id", "addresses"):
        record.pop(key, None)
    company.update(record)
    return {"record": {k: v for k, v in company.items() if k != "addresses"}}


async def create_address(request: Request, state: V1State) -> Any:
    company = _company(request, state)
    record = await _record(request)
    _required(record, "street_address", "country_code")
    address = {**record, "id": state.next_id()}
    state.addresses[address["id"]] = address
    company.setdefault("addresses", []).append(address["id"])
    return {"record": address}


async def list_currency_codes(request: Request, state: V1State) -> Any:
    return {"records": state.currency_codes}


_ROUTES: list[tuple[str, list[str], Handler]] = [
    ("/shipments", ["GET"], list_shipments),
    ("/shipments", ["POST"], create_shipment),
    ("/purchase_orders", ["GET"], list_purchase_orders),
    ("/purchase_orders", ["POST"], save_purchase_order),
    ("/purchase_orders/{id:int}", ["GET"], get_purchase_order),
    ("/invoices", ["GET"], list_invoices),
    ("/products", ["GET"], list_products),
    ("/products", ["POST"], create_product),
    ("/products/{id:int}", ["GET"], get_product),
    ("/products/{id:int}", ["PUT"], update_product),
    ("/products/{id:int}", ["DELETE"], delete_product),
    ("/ports", ["GET"], search_ports),
    ("/network", ["GET"], list_network),
    ("/network", ["POST"], create_company),
    ("/network/{id:int}", ["PUT"], update_company),
    ("/network/{id:int}/create_address", ["POST"], create_address),
    ("/currency_codes", ["GET"], list_currency_codes),
]


def _routes(state: V1State) -> list[Route]:
    # Starlette matches the first route by path, so one Route per path dispatches on the method.
    by_path: dict[str, dict[str, Handler]] = {}
    for path, methods, handler in _ROUTES:
        for method in methods:
            by_path.setdefault(path, {})[method] = handler

    def dispatch(table: dict[str, Handler]) -> Handler:
        async def handler(request: Request, st: V1State) -> Any:
            return await table[request.method](request, st)

        return handler

    return [
        Route(path, _endpoint(dispatch(table), state), methods=list(table)) for path, table in by_path.items()
    ]


async def _http_error(request: Request, exc: Exception) -> Response:
    status = exc.status_code if isinstance(exc, HTTPException) else 500
    return JSONResponse(
        {"error": [f"{status} {'Not Found' if status == 404 else 'Method Not Allowed'}"]}, status
    )


def create_app(token: str = DEFAULT_TOKEN, *, state: V1State | None = None) -> Starlette:
    """The simulator app; its state is ``app.state.v1`` (seeded unless ``state`` is given)."""
    state = state or seeded_state(token)
    app = Starlette(routes=_routes(state), exception_handlers={404: _http_error, 405: _http_error})
    app.state.v1 = state
    return app


# -- Webhooks -----------------------------------------------------------------------------------


def ping_event(created_at: str = "2016-02-18T00:54:47.529Z") -> Record:
    return {"data": {}, "type": "ping", "created_at": created_at}


def shipment_event(
    shipment: Record,
    event_type: str,
    message: str | None = None,
    created_at: str = "2016-02-18T00:54:47.529Z",
) -> Record:
    data: Record = {"shipment": shipment}
    if message is not None:
        data["message"] = message
    return {"data": data, "type": f"shipment_event.{event_type}", "created_at": created_at}


def webhook_delivery(event: Record, secret: str | bytes) -> tuple[bytes, dict[str, str]]:
    """The raw body and headers Flexport would POST to a webhook endpoint for ``event``."""
    body = json.dumps(event).encode()
    return body, {"Content-Type": "application/json", HUB_SIGNATURE_HEADER: sign_hub_signature(body, secret)}


# -- Serving ------------------------------------------------------------------------------------


@dataclass(frozen=True, repr=False)
class V1Simulator:
    """What ``run_v1_simulator`` yields: the URL to pass as ``base_url``, the key, state and app."""

    base_url: str
    token: str
    state: V1State
    app: Starlette

    @property
    def url(self) -> str:
        """``http://127.0.0.1:PORT``, as ``RunningSimulator.url``; the same as ``base_url``."""
        return self.base_url

    def __repr__(self) -> str:
        return f"V1Simulator(url={self.base_url!r}, token='***')"


@contextlib.contextmanager
def run_v1_simulator(
    token: str = DEFAULT_TOKEN, *, state: V1State | None = None, startup_timeout: float = 10.0
) -> Iterator[V1Simulator]:
    """Serve the simulator on a free 127.0.0.1 port in a background thread; stopped on exit."""
    # The Logistics simulator's socket and uvicorn setup: its protocol sets TCP_NODELAY on every
    # accepted connection (without it a keep-alive client waits ~40 ms per response).
    app = create_app(token, state=state)
    sock = _bind_loopback(0)  # the OS picks a free port; no race between choosing and binding
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn_config(app, port=port))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, name="v1-simulator", daemon=True)
    thread.start()
    try:
        deadline = time.monotonic() + startup_timeout
        while not server.started:
            if not thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the v1 simulator did not start")
            time.sleep(0.01)
        yield V1Simulator(f"http://127.0.0.1:{port}", token, app.state.v1, app)
    finally:
        server.should_exit = True
        thread.join(timeout=startup_timeout)
        if thread.is_alive():
            server.force_exit = True
            thread.join(timeout=startup_timeout)
        sock.close()
