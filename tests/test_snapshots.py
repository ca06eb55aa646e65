"""The reconstructed snapshots: valid, labelled, and faithful to every release-note delta (seed 000).

Each delta is checked both ways: absent in the release before it, present from it on (stable versions).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import Any

import pytest
from openapi_spec_validator import validate

from flexport_facade._core.versions import known_versions
from scripts import speclib

STABLE = [v.id for v in known_versions("logistics") if v.status == "stable"]
ALL_LOGISTICS = [v.id for v in known_versions("logistics")]
METHODS = {"get", "put", "post", "delete", "patch"}


@cache
def spec(version: str) -> dict[str, Any]:
    row = next(v for v in known_versions(None) if v.id == version)
    return speclib.load_spec(speclib.OPENAPI_DIR / row.snapshot)


def ops(version: str) -> dict[str, tuple[str, str, dict[str, Any]]]:
    """operationId (lower-cased: the reference spells some getBundles, others GetBundles)
    -> (METHOD, path without the version prefix, operation)."""
    prefix = f"/logistics/api/{version}"
    out = {}
    for path, item in spec(version)["paths"].items():
        for method, op in item.items():
            if method in METHODS:
                out[op["operationId"].lower()] = (method.upper(), path.removeprefix(prefix), op)
    return out


def method_paths(version: str) -> set[tuple[str, str]]:
    """(METHOD, path) with path parameters normalised to {}, so names do not matter."""
    return {(m, re.sub(r"{[^}]+}", "{}", p)) for m, p, _ in ops(version).values()}


def resolve(doc: dict[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = doc
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def walk(doc: dict[str, Any], node: Any, seen: set[int] | None = None) -> Iterator[dict[str, Any]]:
    """Every schema reachable from ``node`` (refs followed once)."""
    seen = set() if seen is None else seen
    node = resolve(doc, node)
    if not isinstance(node, dict) or id(node) in seen:
        return
    seen.add(id(node))
    yield node
    for key in ("properties",):
        for child in (node.get(key) or {}).values():
            yield from walk(doc, child, seen)
    for key in ("items", "additionalProperties"):
        if isinstance(node.get(key), dict):
            yield from walk(doc, node[key], seen)
    for key in ("allOf", "anyOf", "oneOf"):
        for child in node.get(key) or []:
            yield from walk(doc, child, seen)


def request_schemas(version: str, method: str, path_re: str) -> list[dict[str, Any]]:
    doc = spec(version)
    found = []
    for m, p, op in ops(version).values():
        if m == method and re.fullmatch(path_re, p):
            for media in (op.get("requestBody", {}).get("content") or {}).values():
                found.extend(walk(doc, media.get("schema")))
    return found


def response_schemas(version: str, method: str, path_re: str) -> list[dict[str, Any]]:
    doc = spec(version)
    found = []
    for m, p, op in ops(version).values():
        if m == method and re.fullmatch(path_re, p):
            for status, resp in op["responses"].items():
                if status.startswith("2"):
                    for media in (resolve(doc, resp).get("content") or {}).values():
                        found.extend(walk(doc, media.get("schema")))
    return found


def has_property(schemas: list[dict[str, Any]], name: str) -> bool:
    return any(name in (s.get("properties") or {}) for s in schemas)


def has_enum_value(schemas: list[dict[str, Any]], value: str) -> bool:
    return any(value in (s.get("enum") or []) for s in schemas)


def before(version: str) -> list[str]:
    return STABLE[: STABLE.index(version)]


def since(version: str) -> list[str]:
    return STABLE[STABLE.index(version) :]


@pytest.mark.parametrize("version", [v.id for v in known_versions(None)])
def test_every_snapshot_validates_and_is_labelled(version: str) -> None:
    # Any API family: the overlaid document validates, the manifest matches, and our x-provenance
    # labels are demanded only of documents we wrote (a vendor's "fetched" spec has none).
    row = next(v for v in known_versions(None) if v.id == version)
    assert speclib.snapshot_problems(row) == []
    validate(spec(version))
    assert speclib.read_manifest()["versions"][version]["provenance"] in speclib.PROVENANCES


@pytest.mark.parametrize("version", ALL_LOGISTICS)
def test_paths_belong_to_their_version(version: str) -> None:
    assert all(p.startswith(f"/logistics/api/{version}/") for p in spec(version)["paths"])


# (first stable version, METHOD, path with {} for parameters)
OPERATION_DELTAS = [
    ("2023-07", "GET", "/products/inventory/all"),  # GetAllInventory
    ("2023-07", "GET", "/products"),  # GetProducts
    ("2023-07", "GET", "/parcels/tracking/{}"),  # tracking by carrier code
    ("2023-07", "POST", "/parcels/cancel"),  # cancel parcel
    ("2024-01", "POST", "/orders/rs"),  # Outbounds (reserve storage)
    ("2024-01", "GET", "/oauth/authorize"),  # partner OAuth
    ("2024-01", "POST", "/oauth/token"),
    ("2024-04", "POST", "/parcels/jobs"),  # bulk parcel jobs
    ("2024-04", "GET", "/parcels/jobs/{}"),
    ("2025-03", "GET", "/orders/rs/external_id/{}"),  # Outbounds getOrderByExternalId
    ("2025-03", "POST", "/orders/rs/{}/attachments"),  # getShipmentAttachmentUrl
    ("2025-03", "GET", "/warehouses/active"),  # GetActiveWarehouses
]

# Release-note additions whose paths no reference page showed: checked by operationId.
OPERATION_ID_DELTAS = [
    ("2024-01", "GetProductAliases"),
    ("2024-01", "GetProductsByMerchantSku"),
    ("2024-01", "CreateProductBarcode"),
    ("2025-03", "GetBundles"),
    ("2025-03", "CreateMasterCarton"),
    ("2025-03", "LinkMasterCarton"),
    ("2025-03", "GetStorageWarehouses"),
    ("2025-03", "GetInboundsWarehouses"),
]


@pytest.mark.parametrize(("first", "method", "path"), OPERATION_DELTAS)
def test_release_note_operations(first: str, method: str, path: str) -> None:
    for version in before(first):
        assert (method, path) not in method_paths(version), f"{method} {path} already in {version}"
    for version in since(first):
        assert (method, path) in method_paths(version), f"{method} {path} missing from {version}"


@pytest.mark.parametrize(("first", "operation_id"), OPERATION_ID_DELTAS)
def test_release_note_operation_ids(first: str, operation_id: str) -> None:
    for version in before(first):
        assert operation_id.lower() not in ops(version), f"{operation_id} already in {version}"
    for version in since(first):
        assert operation_id.lower() in ops(version), f"{operation_id} missing from {version}"


def _field_delta(first: str, present: Any) -> None:
    for version in before(first):
        assert not present(version), f"already in {version}"
    for version in since(first):
        assert present(version), f"missing from {version}"


def test_2023_10_parcel_fields() -> None:
    _field_delta(
        "2023-10", lambda v: has_property(request_schemas(v, "POST", "/parcels"), "customsInformation")
    )
    _field_delta(
        "2023-10", lambda v: has_property(request_schemas(v, "POST", "/parcels"), "customLabelFooterFields")
    )
    _field_delta(
        "2023-10",
        lambda v: has_property(response_schemas(v, "GET", "/parcels/{[^}]+}"), "flexportTrackingUrl"),
    )


def test_2023_10_inbound_shipping_plan_fields() -> None:
    for field in ("shippingPlanName", "shippingPlanExternalId"):
        _field_delta(
            "2023-10", lambda v, f=field: has_property(request_schemas(v, "POST", "/inbounds/shipments"), f)
        )


def test_2024_01_order_fields() -> None:
    _field_delta("2024-01", lambda v: has_property(request_schemas(v, "POST", "/orders"), "packingSlipUrl"))


def test_2024_01_damaged_on_inbound_received_event() -> None:
    def present(version: str) -> bool:
        doc = spec(version)
        hooks = doc.get("x-webhooks", {})
        return any(
            "Inbound" in name
            and "Received" in name
            and has_enum_value(
                list(walk(doc, hook["post"]["requestBody"]["content"]["application/json"]["schema"])),
                "DAMAGED",
            )
            for name, hook in hooks.items()
        )

    _field_delta("2024-01", present)


def test_2024_04_parcel_fields_and_tiktok() -> None:
    _field_delta("2024-04", lambda v: has_property(request_schemas(v, "POST", "/parcels"), "isReturn"))
    _field_delta(
        "2024-04", lambda v: has_property(response_schemas(v, "GET", "/parcels/{[^}]+}"), "carrierBarcode")
    )
    _field_delta("2024-04", lambda v: has_enum_value(request_schemas(v, "POST", "/orders"), "TIKTOK"))

    def tracking_url_is_uri(version: str) -> bool:
        return any(
            (s.get("properties") or {}).get("flexportTrackingUrl", {}).get("format") == "uri"
            for s in response_schemas(version, "GET", "/parcels/{[^}]+}")
        )

    _field_delta("2024-04", tracking_url_is_uri)


def test_2024_07_outbounds_v2_and_b2b_scopes() -> None:
    def b2b_scoped(version: str) -> bool:
        return any(
            "write_logistics_orders_b2b" in op.get("x-required-scopes", [])
            for m, p, op in ops(version).values()
            if p == "/orders/rs" and m == "POST"
        )

    _field_delta("2024-07", b2b_scoped)
    _field_delta("2024-07", lambda v: has_property(request_schemas(v, "POST", "/orders/rs"), "type"))


def test_2026_02_lifecycle_events() -> None:
    new = [
        f"{kind}.{step}"
        for kind in ("Order", "Shipment")
        for step in ("Submitted", "PickingStarted", "Packed", "Dispatched", "Delivered")
    ]
    for event in new:
        _field_delta("2026-02", lambda v, e=event: e in spec(v).get("x-webhooks", {}))


def test_2024_07_drop_ship_orders() -> None:
    _field_delta("2024-07", lambda v: has_property(request_schemas(v, "POST", "/orders"), "dropShipDetails"))
    _field_delta(
        "2024-07", lambda v: has_property(response_schemas(v, "GET", "/orders/{[^}]+}"), "dropShipDetails")
    )


def test_2025_03_seller_lpns_on_inbound_packages() -> None:
    _field_delta(
        "2025-03", lambda v: has_property(request_schemas(v, "POST", "/inbounds/shipments"), "sellerLPNs")
    )


def test_unstable_only_families() -> None:
    for version in STABLE:
        assert not any(
            p.startswith(("/freight", "/channels", "/uploads", "/accounts"))
            for _, p, _ in ops(version).values()
        )
    unstable = {p for _, p, _ in ops("unstable").values()}
    for prefix in ("/freight/orders", "/channels", "/uploads", "/accounts/status"):
        assert any(p.startswith(prefix) for p in unstable), prefix
