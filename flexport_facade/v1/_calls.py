"""Every v1 operation as a ``Call``: method, path, query, body and how to read the answer.

Pure data, no I/O, so the sync and async clients share one description of the API
(openapi/legacy/v1.yaml; operationIds in the comments).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Generic, Literal, TypeVar
from urllib.parse import quote

from flexport_facade._constants import V1_DEFAULT_PER
from flexport_facade.v1._envelope import Record, RecordInput, unwrap_record, unwrap_records, wrap

T = TypeVar("T")
RecordId = int | str
PurchaseOrderKey = Literal["id", "name"]

# Only /ports is paginated (page/per); the other lists return everything in one answer.
PAGINATED_PATHS = frozenset({"/ports"})
DEFAULT_PER = V1_DEFAULT_PER


@dataclass(frozen=True)
class Call(Generic[T]):
    method: str
    path: str
    unwrap: Callable[[Any], T]
    params: Mapping[str, Any] | None = None
    body: Any = None


def _id(value: RecordId) -> str:
    text = str(value)
    if not text:
        raise ValueError("an id is required")
    if text in (".", ".."):  # unreserved, so quote() keeps them, and URLs resolve them away
        raise ValueError(f"id {text!r} cannot be sent: '.' and '..' would make the URL name another endpoint")
    return quote(text, safe="")


def _nothing(_: Any) -> None:
    return None


def list_shipments() -> Call[list[Record]]:  # listShipments
    return Call("GET", "/shipments", unwrap_records)


def create_shipment(record: RecordInput) -> Call[Record]:  # createShipment
    return Call("POST", "/shipments", unwrap_record, body=wrap(record))


def list_purchase_orders() -> Call[list[Record]]:  # listPurchaseOrders
    return Call("GET", "/purchase_orders", unwrap_records)


def get_purchase_order(id: RecordId) -> Call[Record]:  # getPurchaseOrder
    return Call("GET", f"/purchase_orders/{_id(id)}", unwrap_record)


def create_purchase_order(record: RecordInput) -> Call[Record]:  # savePurchaseOrder without key
    return Call("POST", "/purchase_orders", unwrap_record, body=wrap(record))


def update_purchase_order(record: RecordInput, key: PurchaseOrderKey = "name") -> Call[Record]:
    """savePurchaseOrder with ?key=: replaces the purchase order whose ``key`` matches the record's."""
    if key not in ("id", "name"):
        raise ValueError(f"key must be 'id' or 'name', not {key!r}")
    body = wrap(record)
    if body["record"].get(key) in (None, ""):
        raise ValueError(f"the record must carry {key!r}: it picks the purchase order to replace")
    return Call("POST", "/purchase_orders", unwrap_record, params={"key": key}, body=body)


def list_invoices(status: str | None = None) -> Call[list[Record]]:  # listInvoices
    return Call("GET", "/invoices", unwrap_records, params={"status": status})


def list_products() -> Call[list[Record]]:  # listProducts
    return Call("GET", "/products", unwrap_records)


def get_product(id: RecordId) -> Call[Record]:  # getProduct
    return Call("GET", f"/products/{_id(id)}", unwrap_record)


def create_product(record: RecordInput) -> Call[Record]:  # createProduct
    return Call("POST", "/products", unwrap_record, body=wrap(record))


def update_product(id: RecordId, record: RecordInput) -> Call[Record]:  # updateProduct
    return Call("PUT", f"/products/{_id(id)}", unwrap_record, body=wrap(record))


def delete_product(id: RecordId) -> Call[None]:  # deleteProduct; the answer is {}
    return Call("DELETE", f"/products/{_id(id)}", _nothing)


def search_ports(
    q: str | None = None, *, port_type: str | None = None, page: int | None = None, per: int | None = None
) -> Call[list[Record]]:  # searchPorts: one page
    params = {"q": q, "port_type": port_type, "page": page, "per": per}
    return Call("GET", "/ports", unwrap_records, params=params)


def list_network() -> Call[list[Record]]:  # listNetwork
    return Call("GET", "/network", unwrap_records)


def create_company(record: RecordInput) -> Call[Record]:  # createNetworkCompany
    return Call("POST", "/network", unwrap_record, body=wrap(record))


def update_company(id: RecordId, record: RecordInput) -> Call[Record]:  # updateNetworkCompany
    return Call("PUT", f"/network/{_id(id)}", unwrap_record, body=wrap(record))


def create_address(company_id: RecordId, record: RecordInput) -> Call[Record]:  # createNetworkAddress
    return Call("POST", f"/network/{_id(company_id)}/create_address", unwrap_record, body=wrap(record))


def list_currency_codes() -> Call[list[Record]]:  # listCurrencyCodes
    return Call("GET", "/currency_codes", unwrap_records)


def get_path(path: str, params: Mapping[str, Any]) -> Call[list[Record]]:
    """A GET on a list path given as a string (``paginate("/ports", ...)``)."""
    if not path.startswith("/") or ":" in path:
        raise ValueError(f"path must start with '/' and use no ':id' templates, got {path!r}")
    return Call("GET", path.rstrip("/") or "/", unwrap_records, params=dict(params))
