"""Returns: ReturnsCreateOrder, ReturnsGetOrder, ReturnsCancelOrder (all versions); GetReturns (unstable).

Stable pages 2023-07, 2023-10, 2024-04, 2024-07 and 2025-03 show the tag intro (create / get /
cancel) and the start of ReturnsCreateOrder: CreateReturnRequest with ``sourceAddress``
(DeliverrAddress), non-empty ``returnItems`` (RequestedReturnItem: identifier, type, quantity >= 1,
name), ``externalReturnId``, ``rma``, ``externalLabel``. The unstable Ruby client gives the rest
(ReturnsApiOrder, ShippingLabel, ReturnItem, InspectedItem) and the unstable-only list operation,
GetReturns, a ``page_info`` cursor endpoint whose next page arrives in the ``Link`` header
(research/field-facts.md 1.1: limit "maxes out around 100").

The unstable client's RequestedReturnItem has no ``name``, which every stable page shows: unstable
keeps the client's shape.
"""

from __future__ import annotations

from scripts.reconstruct.builder import (
    Confidence,
    Schema,
    SpecBuilder,
    array,
    enum,
    json_body,
    json_response,
    obj,
    path_param,
    query,
)

TAG = "Returns"
RUBY = "github:atlas-llc/flexport-ruby-api docs/ReturnsApi.md + lib/flexport/models (unstable client)"
FACTS = "research/field-facts.md 1.1 (Link cursor, limit ~100)"
READ = ["read_logistics_returns"]
WRITE = ["write_logistics_returns"]
DOCS_SEEN = {"2023-07", "2023-10", "2024-04", "2024-07", "2025-03"}

DOUBLE: Schema = {"type": "number", "format": "double"}
STRING: Schema = {"type": "string"}
TIME: Schema = {"type": "string", "format": "date-time"}


def nullable(schema: Schema) -> Schema:
    if "$ref" in schema:
        return {"allOf": [schema], "nullable": True}
    return {**schema, "nullable": True}


def deliverr_address(spec: SpecBuilder) -> Schema:
    """DeliverrAddress: shared by Returns (source address) and Outbounds (ship-to address)."""
    return spec.schema(
        "DeliverrAddress",
        obj(
            {
                "name": STRING,
                "company": STRING,
                "street1": STRING,
                "street2": STRING,
                "city": STRING,
                "zip": STRING,
                "state": STRING,
                "country": STRING,
                "phone": STRING,
                "email": STRING,
                "isResidential": {"type": "boolean"},
            },
            ["name", "street1", "city", "zip", "state", "country"],
        ),
    )


def _schemas(spec: SpecBuilder) -> dict[str, Schema]:
    v = spec.v
    r: dict[str, Schema] = {}
    address = deliverr_address(spec)
    r["ReturnItemType"] = spec.schema("ReturnItemType", enum(["LOGISTICS_SKU", "SKU"]))
    item_props: dict[str, Schema] = {
        "identifier": {
            **STRING,
            "description": "Logistics SKU, or a merchant SKU linked to the product; unknown ones fail.",
        },
        "type": r["ReturnItemType"],
        "quantity": {**DOUBLE, "minimum": 1},
    }
    if not v.is_unstable:
        item_props["name"] = STRING
    r["RequestedReturnItem"] = spec.schema(
        "RequestedReturnItem", obj(item_props, ["identifier", "type", "quantity"])
    )
    r["ExternalLabel"] = spec.schema(
        "ExternalLabel",
        obj(
            {"trackingCode": STRING, "carrier": STRING, "trackingUrl": STRING, "labelUrl": STRING},
            ["trackingCode", "carrier"],
        ),
    )
    r["CreateReturnRequest"] = spec.schema(
        "CreateReturnRequest",
        obj(
            {
                "sourceAddress": {
                    "allOf": [address],
                    "description": "Where the return ships from; required when there is no externalLabel.",
                },
                "returnItems": array(r["RequestedReturnItem"], minItems=1),
                "externalReturnId": {**STRING, "description": "Your unique reference for the return."},
                "rma": {**STRING, "description": "Return merchandise authorisation, usually the merchant's."},
                "externalLabel": r["ExternalLabel"],
                "logisticsOrderId": STRING,
            },
            ["returnItems", "externalReturnId", "rma"],
        ),
    )

    r["ReturnOrderStatus"] = spec.schema(
        "ReturnOrderStatus", enum(["CREATED", "SHIPPED", "RECEIVED_FOR_PROCESSING", "PROCESSED", "CANCELLED"])
    )
    r["ReturnOrderTrackingStatus"] = spec.schema(
        "ReturnOrderTrackingStatus", enum(["CREATED", "SHIPPED", "DELIVERED", "CANCELLED", "FAILED"])
    )
    r["ShippingLabel"] = spec.schema(
        "ShippingLabel",
        obj(
            {
                "carrier": STRING,
                "trackingCode": STRING,
                "trackingUrl": nullable(STRING),
                "labelUrl": nullable(STRING),
                "trackingStatus": r["ReturnOrderTrackingStatus"],
            },
            ["carrier", "trackingCode", "trackingStatus"],
        ),
    )
    r["InspectedItem"] = spec.schema(
        "InspectedItem",
        obj(
            {"receivedCondition": STRING, "finalCondition": STRING, "disposition": STRING},
            ["receivedCondition", "finalCondition", "disposition"],
        ),
    )
    r["ReturnItem"] = spec.schema(
        "ReturnItem",
        obj(
            {"identifier": STRING, "expectedQuantity": DOUBLE, "inspectedItems": array(r["InspectedItem"])},
            ["identifier", "expectedQuantity", "inspectedItems"],
        ),
    )
    r["ReturnsApiOrder"] = spec.schema(
        "ReturnsApiOrder",
        obj(
            {
                "id": {**DOUBLE, "description": "Return id (a whole number)."},
                "status": r["ReturnOrderStatus"],
                "sourceAddress": nullable(address),
                "shippingLabel": r["ShippingLabel"],
                "rma": STRING,
                "externalReturnId": STRING,
                "returnItems": array(r["ReturnItem"]),
                "shippedAt": nullable(TIME),
                "receivedAt": nullable(TIME),
                "inspectedAt": nullable(TIME),
            },
            ["id", "status", "shippingLabel", "rma", "externalReturnId", "returnItems"],
        ),
    )
    return r


def _provenance(spec: SpecBuilder, seen: set[str], inferred: list[str]) -> tuple[Confidence, list[str]]:
    v = spec.v
    if v.is_unstable:
        return "seen", [RUBY]
    if v.id in seen:
        return "seen", [f"docs.logistics-api.flexport.com/{v.id}/tag/Returns", RUBY + " (response shape)"]
    return "inferred", inferred


def build(spec: SpecBuilder) -> None:
    v = spec.v
    r = _schemas(spec)
    spec.tag(TAG, "Return orders: create, inspect and cancel.")
    basis = "seed 000 release notes: no note adds or removes it; path from the unstable client"
    intro = "stable Returns tag intro lists create / get details / cancel"

    conf, src = _provenance(spec, DOCS_SEEN, [basis, RUBY])
    spec.operation(
        tag=TAG,
        method="POST",
        path="/returns",
        operation_id="ReturnsCreateOrder",
        summary="Create a return order for inspection",
        scopes=WRITE,
        confidence=conf,
        sources=src,
        request_body=json_body(r["CreateReturnRequest"]),
        responses={"200": json_response(r["ReturnsApiOrder"])},
    )

    conf, src = _provenance(spec, set(), [basis, intro, RUBY])
    spec.operation(
        tag=TAG,
        method="GET",
        path="/returns/{returnId}",
        operation_id="ReturnsGetOrder",
        summary="Get a return with its items, inspection results and label",
        scopes=READ,
        confidence=conf,
        sources=src,
        # The client types this id as a double; an integer keeps "123" (not "123.0") in the URL.
        parameters=[path_param("returnId", {"type": "integer", "format": "int64"})],
        responses={"200": json_response(r["ReturnsApiOrder"])},
    )

    conf, src = _provenance(spec, set(), [basis, intro, RUBY])
    spec.operation(
        tag=TAG,
        method="POST",
        path="/returns/{returnId}/cancel",
        operation_id="ReturnsCancelOrder",
        summary="Cancel a return that has not been received",
        scopes=WRITE,
        confidence=conf,
        sources=src,
        parameters=[path_param("returnId", {"type": "string"})],
        # The client has no return type for this call (TSOA answers a void method with 204).
        responses={"204": json_response(None, "Cancelled")},
    )

    if v.is_unstable:
        spec.operation(
            tag=TAG,
            method="GET",
            path="/returns",
            operation_id="GetReturns",
            summary="List returns (cursor pages)",
            scopes=READ,
            confidence="seen",
            sources=[RUBY, FACTS],
            parameters=[
                query("externalReturnId", STRING),
                query("rma", STRING),
                query("trackingCode", STRING),
                query("status", array(r["ReturnOrderStatus"]), style="form", explode=True),
                query(
                    "limit",
                    {"type": "integer", "minimum": 1, "maximum": 100},
                    description="Page size; the server caps it at about 100.",
                ),
                query("page_info", STRING, description="Cursor from the previous page's Link header."),
            ],
            responses={
                "200": json_response(
                    array(r["ReturnsApiOrder"]),
                    headers={"Link": {"$ref": "#/components/headers/Link"}},
                )
            },
        )
