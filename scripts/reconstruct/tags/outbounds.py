"""Outbounds (B2B / wholesale, reserve storage), 2024-01 on; paths under /orders/rs. Not in unstable.

Sources: the start of the 2024-01, 2024-07 and 2025-03 Outbounds pages (create request only),
seed 001 (the whole Outbounds reference, matching 2026-02) and the seed 000 Outbounds guide.

Two shapes:

* 2024-01, 2024-04: ``distributionChannel`` (Channel: WHOLESALE) and ReplenishmentOrderItem
  {logisticsSku, unitsPerPack, totalUnits}, ship-to DeliverrAddress. The page was cut after the
  address, so the array and address property names (``orderItems``, ``shipToAddress``) are taken
  from the later shape, and the response shape is a guess (``ReplenishmentOrder``).
* 2024-07 on: ``type`` (B2B) and ReplenishmentOrderItemV2 {logisticsSku, quantity, quantityUOM,
  quantityPerPack, lineItemId, lotNumber, unitPrice, totalPrice, productData}; transportation
  details, retailer data; shipments with packs and freight details (seed 001). Items per order:
  at most 10000 (2024-07, 2025-03 pages), 1,000 (2026-02 guide). ``discount`` on items appears
  only in seed 001, so it starts in 2026-02.

2025-03 adds GetOrderByExternalId and GetShipmentAttachmentUrl (release notes).

operationIds: the reference's headings are "CreateOrder" (2024-01) and "Create Order" / "Get Order"
/ "Cancel Order" / "Get Order By External ID" (later), which collide with the D2C Orders ids in the
same document. These take the tag as a prefix, the way Returns does (ReturnsCreateOrder):
OutboundsCreateOrder, OutboundsGetOrder, OutboundsGetOrderByExternalId, OutboundsCancelOrder.
GetShipmentAttachmentUrl does not collide and keeps its name.

Names of nested objects that no page showed (TransportationDuties, PackDetail, FreightDetail, ...)
are ours; names the pages did show (Type, OrderStatus, QuantityUom, ReplenishmentOrderItemV2,
ReplenishmentShipmentV2, RetailerData, IngestionChannel, AttachmentType, DeliverrAddress) are kept.
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
)
from scripts.reconstruct.tags.orders import shared_schemas
from scripts.reconstruct.tags.returns import deliverr_address

TAG = "Outbounds"
SEED1 = "seed 001 (Outbounds reference, matches 2026-02)"
GUIDE = "seed 000 Outbounds (B2B / Wholesale) guide"
NOTES = "seed 000 release notes"

DOUBLE: Schema = {"type": "number", "format": "double"}
STRING: Schema = {"type": "string"}
TIME: Schema = {"type": "string", "format": "date-time"}


def nullable(schema: Schema) -> Schema:
    if "$ref" in schema:
        return {"allOf": [schema], "nullable": True}
    return {**schema, "nullable": True}


def loose(properties: dict[str, Schema], required: list[str] | None = None, **extra: object) -> Schema:
    """An object whose optional fields may also come back as null."""
    req = required or []
    props = {k: (s if k in req else nullable(s)) for k, s in properties.items()}
    return obj(props, req, **extra)


def _page(version: str) -> str:
    return f"docs.logistics-api.flexport.com/{version}/tag/Outbounds (create request, start of page)"


def _v1_schemas(spec: SpecBuilder, address: Schema) -> tuple[Schema, Schema]:
    channel = spec.schema(
        "Channel", enum(["WHOLESALE"], description="Distribution channel; only WHOLESALE is supported.")
    )
    item = spec.schema(
        "ReplenishmentOrderItem",
        obj(
            {
                "logisticsSku": STRING,
                "unitsPerPack": {**DOUBLE, "description": "Case pack quantity."},
                "totalUnits": {**DOUBLE, "description": "Total units to send."},
            },
            ["logisticsSku", "unitsPerPack", "totalUnits"],
        ),
    )
    request = spec.schema(
        "CreateReplenishmentOrderRequest",
        obj(
            {
                "distributionChannel": channel,
                "orderItems": array(
                    item,
                    description="One line per SKU; one SKU with two case quantities is not allowed.",
                ),
                "shipToAddress": {"allOf": [address], "description": "Where the order is delivered."},
            },
            ["distributionChannel", "orderItems", "shipToAddress"],
            **{"x-reconstruction-note": "page cut after the address: array/address names from 2024-07 on"},
        ),
    )
    response = spec.schema(
        "ReplenishmentOrder",
        loose(
            {
                "orderId": STRING,
                "distributionChannel": channel,
                "orderStatus": {**STRING, "description": "Order status, e.g. PLANNED or BOOKED."},
                "orderItems": array(item),
                "shipToAddress": address,
            },
            ["orderId"],
            **{
                "x-reconstruction-note": "2024-01/2024-04 response not shown; fields guessed from the request"
            },
        ),
    )
    return request, response


def _v2_schemas(spec: SpecBuilder, address: Schema) -> tuple[Schema, Schema]:
    v = spec.v
    shared = shared_schemas(spec)
    order_type = spec.schema(
        "Type", enum(["B2B"], description="Order type (EDI and DROP_SHIP are planned); only B2B is accepted.")
    )
    uom = spec.schema("QuantityUom", enum(["EACH", "CASE"]))
    order_status = spec.schema(
        "OrderStatus",
        enum(
            [
                "PLANNED",
                "BOOKED",
                "IN_PROGRESS",
                "TENDERED",
                "COMPLETED",
                "CANCELLED",
                "LOST_DAMAGED",
                "ERROR",
            ]
        ),
    )
    product_data = spec.schema(
        "ProductData",
        loose(
            {
                "upc": STRING,
                "buyerPartNumber": STRING,
                "sku": {**STRING, "description": "Merchant SKU."},
                "gtin": {
                    "type": "integer",
                    "format": "int64",
                    "description": "GTIN as a number, not a string.",
                },
            },
            ["sku"],
            description="Used to find the product when logisticsSku is absent.",
        ),
    )
    item_props: dict[str, Schema] = {
        "logisticsSku": {**STRING, "description": "Preferred identifier; else give productData."},
        "quantity": {**DOUBLE, "description": "Total quantity to send."},
        "quantityUOM": uom,
        "quantityPerPack": {**DOUBLE, "description": "Case pack quantity."},
        "lineItemId": {**STRING, "description": "Your line identifier."},
        "lotNumber": {**STRING, "description": "Lot to ship; FEFO allocation when absent."},
        "unitPrice": DOUBLE,
        "totalPrice": DOUBLE,
    }
    if v.since("2026-02", unstable=False):
        item_props["discount"] = DOUBLE
    item_props["productData"] = product_data
    item = spec.schema("ReplenishmentOrderItemV2", loose(item_props, ["quantity", "quantityUOM"]))

    partner = spec.schema(
        "ShippingPartner", enum(["FLEXPORT", "SELLER", "THIRD_PARTY", "RECEIVER", "COLLECT"])
    )
    shipping_type = spec.schema("ShippingType", enum(["LTL", "FTL", "PARCEL"]))
    speed = spec.schema("ShippingSpeed", enum(["ONE_DAY", "TWO_DAY", "THREE_DAY", "STANDARD"]))
    carrier_account = spec.schema(
        "CarrierAccountDetails",
        loose(
            {
                "carrierName": {**STRING, "description": "UPS or FEDEX."},
                "carrierAccountId": STRING,
                "country": STRING,
                "postalCode": STRING,
            },
            description="Needed for THIRD_PARTY, RECEIVER, COLLECT (COLLECT: carrierName FEDEX only).",
        ),
    )
    duty_account = spec.schema(
        "DutyPaymentAccountDetails",
        loose(
            {"carrierName": STRING, "dutyPaymentAccountId": STRING, "country": STRING, "postalCode": STRING}
        ),
    )
    duties = spec.schema(
        "TransportationDuties",
        loose({"dutyPaymentAccountDetails": duty_account, "incoterm": shared["Incoterm"], "eelPfc": STRING}),
    )
    transport = spec.schema(
        "TransportationDetails",
        loose(
            {
                "shippingPartner": partner,
                "shippingType": shipping_type,
                "carrierAccountDetails": carrier_account,
                "duties": duties,
                "shippingMethod": {
                    **STRING,
                    "description": "Carrier service such as UPS.GROUND; wins over shippingSpeed.",
                },
                "shippingSpeed": {
                    "allOf": [speed],
                    "description": "Only with shippingPartner FLEXPORT and shippingType PARCEL.",
                },
            }
        ),
    )
    adjustment = spec.schema("RetailerAdjustment", loose({"type": STRING, "value": DOUBLE}))
    terms = spec.schema("PaymentTerms", loose({"term": STRING, "dueDate": TIME}))
    retailer = spec.schema(
        "RetailerData",
        loose(
            {
                "retailer": STRING,
                "purchaseOrderNumber": STRING,
                "tradingPartnerId": STRING,
                "customerPoNumber": STRING,
                "invoiceNumber": STRING,
                "markForStore": STRING,
                "department": STRING,
                "address": address,
                "discounts": array(adjustment),
                "charges": array(adjustment),
                "paymentTerms": terms,
                "deliveryDate": TIME,
                "shipByDate": TIME,
                "shipAfterDate": TIME,
            },
            description="Extra data for EDI and DROP_SHIP orders.",
        ),
    )
    channel = spec.schema("IngestionChannel", {**STRING, "example": "SPS"})
    vas = spec.schema("VasData", loose({"code": STRING}))

    max_items = 1000 if v.since("2026-02", unstable=False) else 10000
    request = spec.schema(
        "CreateReplenishmentOrderRequestV2",
        obj(
            {
                "type": order_type,
                "orderItems": array(
                    item, minItems=1, maxItems=max_items, description="Each SKU at most once per order."
                ),
                "shipToAddress": address,
                "transportationDetails": transport,
                "currencyCode": STRING,
                "externalId": {**STRING, "description": "Your unique reference; reuse fails the order."},
                "shipBy": {
                    **TIME,
                    "description": "UTC; at least three business days ahead. Schedules a future order.",
                },
                "notes": STRING,
                "locationId": STRING,
                "retailerData": retailer,
                "ingestionChannel": channel,
                "vasData": vas,
            },
            ["type", "orderItems", "shipToAddress"],
        ),
    )

    pack_item = spec.schema(
        "PackItem", loose({"logisticsSku": STRING, "quantity": DOUBLE, "quantityUOM": uom})
    )
    pack_dims = spec.schema(
        "PackDims",
        loose(
            {
                "length": DOUBLE,
                "width": DOUBLE,
                "height": DOUBLE,
                "lengthUnit": shared["LengthUnit"],
                "weight": DOUBLE,
                "weightUnit": shared["WeightUnit"],
            }
        ),
    )
    pack = spec.schema(
        "PackDetail",
        loose(
            {
                "packItems": array(pack_item),
                "carrierName": STRING,
                "carrierSCAC": STRING,
                "trackingNumber": STRING,
                "packageStatus": {**STRING, "description": "Carrier tracking state, e.g. PRE_TRANSIT."},
                "sscc": STRING,
                "packDims": pack_dims,
                "boxId": STRING,
            }
        ),
    )
    freight = spec.schema(
        "FreightDetail",
        loose({"bolId": STRING, "proNumber": STRING, "carrierName": STRING, "carrierSCAC": STRING}),
    )
    ship_item_props: dict[str, Schema] = {
        "logisticsSku": STRING,
        "quantity": DOUBLE,
        "shippedQuantity": DOUBLE,
        "quantityUOM": uom,
        "quantityPerPack": DOUBLE,
        "lineItemId": STRING,
        "lotNumber": STRING,
        "unitPrice": DOUBLE,
        "totalPrice": DOUBLE,
    }
    if v.since("2026-02", unstable=False):
        ship_item_props["discount"] = DOUBLE
    ship_item = spec.schema("ReplenishmentShipmentItemV2", loose(ship_item_props))
    shipment = spec.schema(
        "ReplenishmentShipmentV2",
        loose(
            {
                "status": shared["ShipmentStatus"],
                "externalChannelShipmentId": STRING,
                "externalChannelReferenceNumber": STRING,
                "shipmentId": {**STRING, "description": "Key for GetShipmentAttachmentUrl (2025-03 on)."},
                "shipmentChargedWeight": DOUBLE,
                "shipmentChargedWeightUnit": shared["WeightUnit"],
                "shipFromAddress": address,
                "shipToAddress": address,
                "transportationDetails": transport,
                "packDetails": array(pack),
                "freightDetails": array(freight),
                "shipmentItems": array(ship_item),
            }
        ),
    )
    response = spec.schema(
        "ReplenishmentOrderV2",
        loose(
            {
                "orderId": STRING,
                "externalId": STRING,
                "externalChannelId": {**STRING, "description": "The external channel's order id."},
                "locationId": {**STRING, "description": "Warehouse the order ships from."},
                "type": order_type,
                "orderStatus": order_status,
                "orderItems": array(item),
                "shipments": array(shipment),
                "shipBy": TIME,
                "notes": STRING,
                "retailerData": retailer,
                "ingestionChannel": channel,
            },
            ["orderId", "type", "orderStatus", "orderItems", "shipments"],
        ),
    )
    return request, response


def _provenance(
    spec: SpecBuilder, seen: dict[str, list[str]], inferred: list[str]
) -> tuple[Confidence, list[str]]:
    if spec.v.id in seen:
        return "seen", seen[spec.v.id]
    return "inferred", inferred


def build(spec: SpecBuilder) -> None:
    v = spec.v
    if v.is_unstable or not v.since("2024-01"):
        return
    spec.tag(TAG, "B2B (wholesale) outbound orders from reserve storage, under /orders/rs.")
    address = deliverr_address(spec)
    v2 = v.since("2024-07")
    request, response = _v2_schemas(spec, address) if v2 else _v1_schemas(spec, address)
    if v2:
        read, write = ["read_logistics_orders_b2b"], ["write_logistics_orders_b2b"]
    else:
        read, write = ["read_logistics_orders"], ["write_logistics_orders"]
    added = f"{NOTES} 2024-01 (Outbounds Reserve Storage: create, track status, cancel)"
    carried = f"{NOTES}: added 2024-01, no later note removes it; path from {GUIDE}"
    latest = [SEED1, GUIDE]
    order_id = path_param("orderId")
    order_ok = json_response(response)

    conf, src = _provenance(
        spec,
        {
            "2024-01": [_page("2024-01"), added],
            "2024-07": [_page("2024-07"), SEED1 + " (rest of the shape)"],
            "2025-03": [_page("2025-03"), SEED1 + " (rest of the shape)"],
            "2026-02": latest,
        },
        [carried, _page("2024-01")],
    )
    spec.operation(
        tag=TAG,
        method="POST",
        path="/orders/rs",
        operation_id="OutboundsCreateOrder",  # reference: CreateOrder / "Create Order" (collides with D2C)
        summary="Create Order" if v2 else "CreateOrder",
        scopes=write,
        confidence=conf,
        sources=src,
        request_body=json_body(request),
        responses={"200": order_ok},
        extra={
            "description": (
                "Create a B2B outbound order; the origin warehouse comes from the account's configuration. "
                "All items must be in one warehouse."
            )
        },
    )

    conf, src = _provenance(spec, {"2026-02": latest}, [carried, added, SEED1 + " (shape)"])
    spec.operation(
        tag=TAG,
        method="GET",
        path="/orders/rs/{orderId}",
        operation_id="OutboundsGetOrder",  # reference: "Get Order"
        summary="Get Order",
        scopes=read,
        confidence=conf,
        sources=src,
        parameters=[order_id],
        responses={"200": order_ok},
    )

    if v.since("2025-03"):
        note = f"{NOTES} 2025-03 (Outbounds: getOrderByExternalId); path from {GUIDE}"
        conf, src = _provenance(
            spec, {"2025-03": [note, SEED1 + " (shape)"], "2026-02": latest}, [note, SEED1]
        )
        spec.operation(
            tag=TAG,
            method="GET",
            path="/orders/rs/external_id/{externalId}",
            operation_id="OutboundsGetOrderByExternalId",  # reference: "Get Order By External ID"
            summary="Get Order By External ID",
            scopes=read,
            confidence=conf,
            sources=src,
            parameters=[path_param("externalId")],
            responses={"200": order_ok},
        )

        attachment_type = spec.schema(
            "AttachmentType",
            enum(["SHIPPING_LABELS", "CASE_LABELS", "PALLET_LABELS", "BILL_OF_LADING", "COMMERCIAL_INVOICE"]),
        )
        att_request = spec.schema(
            "ShipmentAttachmentUrlRequest",
            obj(
                {
                    "attachmentType": attachment_type,
                    "contentType": {
                        **STRING,
                        "description": "Only application/pdf is accepted.",
                        "example": "application/pdf",
                    },
                },
                ["attachmentType", "contentType"],
            ),
        )
        att_response = spec.schema(
            "ShipmentAttachmentUrlResponse",
            obj(
                {
                    "uploadUrl": {
                        **STRING,
                        "description": "Pre-signed URL: PUT the PDF there, without the bearer token.",
                    },
                    "attachmentType": attachment_type,
                    "expirationTime": {**TIME, "description": "One hour after the URL was made."},
                },
                ["uploadUrl", "attachmentType", "expirationTime"],
            ),
        )
        note = f"{NOTES} 2025-03 (Outbounds: getShipmentAttachmentUrl); path from {GUIDE}"
        conf, src = _provenance(
            spec, {"2025-03": [note, SEED1 + " (shape)"], "2026-02": latest}, [note, SEED1]
        )
        spec.operation(
            tag=TAG,
            method="POST",
            path="/orders/rs/{shipmentId}/attachments",
            operation_id="GetShipmentAttachmentUrl",
            summary="Get Shipment Attachment Url",
            scopes=write,
            confidence=conf,
            sources=src,
            parameters=[path_param("shipmentId")],
            request_body=json_body(att_request),
            responses={"200": json_response(att_response)},
        )

    conf, src = _provenance(spec, {"2026-02": latest}, [carried, added])
    spec.operation(
        tag=TAG,
        method="POST",
        path="/orders/rs/{orderId}/cancel",
        operation_id="OutboundsCancelOrder",  # reference: "Cancel Order"
        summary="Cancel Order",
        scopes=write,
        confidence=conf,
        sources=src,
        parameters=[order_id],
        responses={"200": json_response(None, "Cancelled")},
        extra={"description": "Only PLANNED or BOOKED orders can be cancelled."},
    )
