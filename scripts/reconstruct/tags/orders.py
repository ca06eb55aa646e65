"""Orders (D2C fulfilment): CreateOrder, GetOrder, GetOrderByExternalId, CancelOrder, RetryOrder.

Field lists come from the unstable Ruby client (atlas-llc/flexport-ruby-api, models under
lib/flexport/models) and the start of each stable docs page (AddressInput with ``string or null``
optional fields). Stable versions apply the seed 000 release notes on top of that shape:

* 2024-01: bundle SKUs accepted in line items; ``packingSlipUrl`` on CreateOrder.
* 2024-04: ``TIKTOK`` among the source marketplaces (``SourceId``).
* 2024-07: drop-ship orders on CreateOrder and drop-ship details on GetOrder.

The unstable client predates all three (its ``SourceId`` has no TIKTOK, its create input has no
``packingSlipUrl``), so unstable keeps the client's shape. The client names the create operation
``create_order202307`` (operationId ``CreateOrder202307``, summary "CreateOrder"); the stable pages
and the migration guide's anchors (``#tag/Orders/operation/CreateOrder``) use ``CreateOrder``.

Fields whose type in the reference is ``Maybe<X>`` (X or null) are ``nullable``; so are the order's
``cost`` (null until shipped), ``deliveredAt`` and ``shippedAt`` (null at first), research/field-facts.md
section 1.3.
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

TAG = "Orders"
RUBY = "github:atlas-llc/flexport-ruby-api docs/OrdersApi.md + lib/flexport/models (unstable client)"
NOTES = "seed 000 release notes"
GUIDE = "seed 000 migration guide (Orders table, 'retrieve order' link)"
ERRORS = "seed 000 Errors 407001"
FACTS = "research/field-facts.md 1.3"

READ = ["read_logistics_orders"]
WRITE = ["write_logistics_orders"]

DOUBLE: Schema = {"type": "number", "format": "double"}
STRING: Schema = {"type": "string"}
TIME: Schema = {"type": "string", "format": "date-time"}
BOOL: Schema = {"type": "boolean"}

# SourceId as the unstable client lists it; 2024-04 adds TIKTOK.
SOURCE_IDS = [
    "AMAZON",
    "BED_BATH_BEYOND",
    "BELK",
    "CHORD",
    "CHORD_ADMIN",
    "CHORD_FERMAT",
    "CHORD_GIFTING",
    "CHORD_SUBSCRIPTIONS",
    "CHORD_WHOLESALE_PORT",
    "CMS_SHOPIFY",
    "DELIVERR_API",
    "EBAY",
    "GO_TIME_GEAR",
    "JEST_TEST",
    "KENSIUM",
    "KOHLSUS_PROD",
    "KROGER",
    "LEASHBOSS",
    "LUSSOGEAR",
    "MACYS",
    "MAGENTO",
    "NETSUITE",
    "SHOPIFY",
    "SKUPREME",
    "SLEEPONITKIDS",
    "TARGET",
    "WALMART",
    "WEBSITE",
    "WOOCOMMERCE",
    "XTREMEBANDS",
]

ORDER_ERROR_TYPES = [
    "PARTIALLY_SHIPPED",
    "BAD_ADDRESS",
    "BAD_PRODUCT_INFO",
    "CANNOT_SHIP_HAZMAT",
    "CARRIER_NETWORK_ERR",
    "DSKU_NEVER_INBOUNDED",
    "INTERNATIONAL_ADDRESS",
    "INVENTORY_ERR",
    "INVENTORY_TIMEOUT",
    "LABEL_PURCHASE_FAILURE",
    "MISSING_CUSTOMS_INFO",
    "MISSING_DDP_TAG",
    "MISSING_REMOVAL_FEE_SPECS",
    "MISSING_SHIPPING_SPECIFICATIONS_FOR_HAZMAT",
    "NON_PLT_ORDER_NOT_SUPPORTED",
    "NO_FEDEX_RATES",
    "NO_RATES",
    "NO_REMOVAL_PROPOSAL",
    "OVERSIZED_DIMS",
    "PARTIAL_FULFILL_FAILED",
    "PARTIAL_SHIP_UPDATE_FAILED",
    "PROMISE_TIME_EXPIRED",
    "REMOVALS_MINIMUM_NOT_MET",
    "REMOVAL_ON_HOLD",
    "STOCKOUT",
    "STOCKOUT_AT_INGESTION",
    "UNKNOWN",
    "UNKNOWN_SFP_STATUS",
    "UNREGISTERED_PRIME_PRODUCTS",
    "UNSUPPORTED_DESTINATION",
    "WAREHOUSE_ERR",
]

# Shipment statuses: the same eight values in the D2C client and the 2026-02 Outbounds guide.
SHIPMENT_STATUSES = [
    "CANCELLED",
    "ERROR",
    "CREATED",
    "NOT_SYNCED",
    "OVER_SHIPPED",
    "PARTIALLY_SHIPPED",
    "SHIPPED",
    "WAREHOUSE",
]

# Docs pages seen per version (first operation on the page is CreateOrder).
DOCS_SEEN = {"2023-07", "2023-10", "2024-04", "2024-07", "2025-03"}


def nullable(schema: Schema) -> Schema:
    """``schema`` or null; a $ref is wrapped in allOf so ``nullable`` applies (OpenAPI 3.0)."""
    if "$ref" in schema:
        return {"allOf": [schema], "nullable": True}
    return {**schema, "nullable": True}


def shared_schemas(spec: SpecBuilder) -> dict[str, Schema]:
    """Small shared components (units, labels, money). Also used by other order-family modules."""
    s: dict[str, Schema] = {}
    s["LengthUnit"] = spec.schema("LengthUnit", enum(["in", "cm", "mm", "m"]))
    s["WeightUnit"] = spec.schema("WeightUnit", enum(["oz", "kg", "lb", "g"]))
    s["ShipmentStatus"] = spec.schema("ShipmentStatus", enum(SHIPMENT_STATUSES))
    s["Incoterm"] = spec.schema("Incoterm", enum(["DAP", "DDP", "DDU"]))
    return s


def _schemas(spec: SpecBuilder) -> dict[str, Schema]:
    v = spec.v
    shared = shared_schemas(spec)
    r: dict[str, Schema] = {}

    sources = list(SOURCE_IDS)
    if v.since("2024-04", unstable=False):
        sources.append("TIKTOK")
    r["SourceId"] = spec.schema(
        "SourceId",
        enum(sources, description="System the order came from; send WEBSITE when none fits."),
    )

    # -- request ---------------------------------------------------------------------------
    r["AddressInput"] = spec.schema(
        "AddressInput",
        obj(
            {
                "address1": STRING,
                "address2": nullable(STRING),
                "city": STRING,
                "company": nullable(STRING),
                "countryCode": {**STRING, "description": "Two-letter country code, e.g. US, CA, MX."},
                "name": nullable(STRING),
                "phone": nullable(STRING),
                "provinceCode": nullable(STRING),
                "zip": nullable(STRING),
            },
            ["address1", "city", "countryCode"],
        ),
    )
    r["MoneyInput"] = spec.schema(
        "MoneyInput", obj({"amount": DOUBLE, "currencyCode": STRING}, ["amount", "currencyCode"])
    )
    sku_desc = "Logistics SKU of the product"
    if v.since("2024-01", unstable=False):
        sku_desc += " or of a Flexport bundle"
    r["OrderLineItemInput"] = spec.schema(
        "OrderLineItemInput",
        obj(
            {
                "customsUnitValue": nullable(r["MoneyInput"]),
                "logisticsSku": {**STRING, "description": sku_desc + "."},
                "quantity": {**DOUBLE, "description": "Units to ship."},
            },
            ["logisticsSku", "quantity"],
        ),
    )
    r["MerchantOfRecordProvider"] = spec.schema("MerchantOfRecordProvider", enum(["GLOBALE", "MARKETS_PRO"]))
    r["MerchantOfRecordSkuMapInput"] = spec.schema(
        "MerchantOfRecordSkuMapInput", obj({"dsku": STRING, "msku": STRING, "quantity": DOUBLE})
    )
    r["DutiesInput"] = spec.schema(
        "DutiesInput",
        obj(
            {
                "incoterm": nullable(shared["Incoterm"]),
                "merchantOfRecordAccountId": STRING,
                "merchantOfRecordCarrierCode": nullable(STRING),
                "merchantOfRecordOrderId": STRING,
                "merchantOfRecordProvider": r["MerchantOfRecordProvider"],
                "merchantOfRecordSkuMap": nullable(array(nullable(r["MerchantOfRecordSkuMapInput"]))),
            },
            ["merchantOfRecordAccountId", "merchantOfRecordOrderId", "merchantOfRecordProvider"],
        ),
    )
    if v.since("2024-07", unstable=False):
        # The 2024-07 note says only "allow drop ship orders" / "get drop ship details": the field
        # name and its contents were not visible on any page, so this is an open object.
        r["DropShipDetails"] = spec.schema(
            "DropShipDetails",
            {
                "type": "object",
                "description": "Drop-ship details (2024-07 on). Shape not shown by the reference; kept open.",
                "additionalProperties": True,
                "x-reconstruction-note": "name and contents inferred from the 2024-07 release note only",
            },
        )

    create_props: dict[str, Schema] = {
        "address": r["AddressInput"],
        "deliveryDays": nullable({**DOUBLE, "description": "Days after the ship date to promise delivery."}),
        "duties": nullable(r["DutiesInput"]),
        "externalOrderId": {**STRING, "description": "Your unique reference for the order."},
        "isSubscriptionOrder": nullable(BOOL),
        "lineItems": array(r["OrderLineItemInput"]),
        "promisedDeliveryByTime": nullable(TIME),
        "promisedShipByTime": nullable(TIME),
        "shipMethod": nullable(STRING),
        "source": nullable(r["SourceId"]),
    }
    if v.since("2024-01", unstable=False):
        create_props["packingSlipUrl"] = nullable(
            {**STRING, "description": "URL of a packing slip that replaces the default one."}
        )
    if v.since("2024-07", unstable=False):
        create_props["dropShipDetails"] = nullable(r["DropShipDetails"])
    # The "202307" suffix is the unstable client's name; 2023-04 predates it.
    input_name = "CreateOrderInput" if v.id == "2023-04" else "CreateOrderInput202307"
    r["CreateOrderInput"] = spec.schema(
        input_name,
        obj(dict(sorted(create_props.items())), ["address", "externalOrderId", "lineItems"]),
    )

    # -- response --------------------------------------------------------------------------
    r["Address"] = spec.schema(
        "Address",
        obj(
            {
                "address1": STRING,
                "address2": nullable(STRING),
                "city": STRING,
                "company": nullable(STRING),
                "countryCode": STRING,
                "name": nullable(STRING),
                "phone": STRING,
                "provinceCode": {**STRING, "description": "For US addresses, the two-letter state code."},
                "zip": STRING,
            },
            ["address1", "city", "countryCode", "phone", "provinceCode", "zip"],
        ),
    )
    r["Money"] = spec.schema(
        "Money", obj({"amount": DOUBLE, "currencyCode": STRING}, ["amount", "currencyCode"])
    )
    r["OrderLineItem"] = spec.schema(
        "OrderLineItem",
        obj(
            {"customsUnitValue": nullable(r["Money"]), "logisticsSku": STRING, "quantity": DOUBLE},
            ["logisticsSku", "quantity"],
        ),
    )
    r["OrderErrorType"] = spec.schema("OrderErrorType", enum(ORDER_ERROR_TYPES))
    r["LineItemError"] = spec.schema("LineItemError", obj({"logisticsSku": STRING}, ["logisticsSku"]))
    r["OrderError"] = spec.schema(
        "OrderError",
        obj(
            {
                "code": DOUBLE,
                "lineItemErrors": array(r["LineItemError"]),
                "message": STRING,
                "retriable": {
                    **BOOL,
                    "description": "True when the error is transient; use RetryOrder, not a new CreateOrder.",
                },
                "type": r["OrderErrorType"],
            },
            ["code", "message", "retriable", "type"],
        ),
    )
    r["ExternalOrderStatus"] = spec.schema(
        "ExternalOrderStatus", enum(["DELIVERED", "SHIPPED", "ROUTING_IN_PROGRESS", "STOPPED"])
    )
    r["InternalOrderStatus"] = spec.schema(
        "InternalOrderStatus", enum(["CANCELLED", "ERROR", "CREATED", "DELIVERED", "SHIPPED"])
    )
    r["OrderState"] = spec.schema(
        "OrderState",
        obj(
            {
                "fulfillmentDelayed": BOOL,
                "fulfillmentInProgress": BOOL,
                "fulfillmentStatus": r["ExternalOrderStatus"],
                "internalStatus": r["InternalOrderStatus"],
            },
            ["fulfillmentDelayed", "fulfillmentInProgress", "fulfillmentStatus", "internalStatus"],
        ),
    )
    r["LabelFormat"] = spec.schema("LabelFormat", enum(["PDF", "PNG", "ZPL203"]))
    r["Dimensions"] = spec.schema(
        "Dimensions",
        obj(
            {
                "height": DOUBLE,
                "length": DOUBLE,
                "lengthUnit": shared["LengthUnit"],
                "weight": DOUBLE,
                "weightUnit": shared["WeightUnit"],
                "width": DOUBLE,
            },
            ["height", "length", "lengthUnit", "weight", "weightUnit", "width"],
        ),
    )
    r["PackageLabel"] = spec.schema(
        "PackageLabel",
        obj(
            {
                "carrier": STRING,
                "createdAt": nullable(TIME),
                "id": STRING,
                "labelFormat": nullable(r["LabelFormat"]),
                "labelUrl": nullable(STRING),
                "packageDimensions": r["Dimensions"],
                "shippingMethod": nullable(STRING),
                "trackingCode": STRING,
                "trackingUrl": nullable(STRING),
            },
            ["carrier", "id", "packageDimensions", "trackingCode"],
        ),
    )
    r["FulfillmentPackageItem"] = spec.schema(
        "FulfillmentPackageItem",
        obj(
            {
                "expirationDate": nullable(TIME),
                "logisticsSku": STRING,
                "lotNumber": nullable(STRING),
                "quantity": DOUBLE,
            },
            ["logisticsSku", "quantity"],
        ),
    )
    r["FulfillmentPackage"] = spec.schema(
        "FulfillmentPackage",
        obj(
            {
                "attemptedDeliveryTime": nullable(TIME),
                "carrierDeliveryTime": nullable(TIME),
                "carrierPickUpTime": nullable(TIME),
                "carrierShipTime": nullable(TIME),
                "createdAt": nullable(TIME),
                "id": STRING,
                "label": nullable(r["PackageLabel"]),
                "labelCreateTime": nullable(TIME),
                "lineItems": array(r["FulfillmentPackageItem"]),
            },
            ["id", "lineItems"],
        ),
    )
    r["FulfillmentShipmentItem"] = spec.schema(
        "FulfillmentShipmentItem",
        obj({"logisticsSku": STRING, "quantity": DOUBLE}, ["logisticsSku", "quantity"]),
    )
    # The reference's name: TypeScript Pick<FulfillmentShipment, Exclude<keyof ..., "warehouse">>.
    r["Shipment"] = spec.schema(
        "PickFulfillmentShipmentExcludeKeyofFulfillmentShipmentWarehouse",
        obj(
            {
                "packages": array(r["FulfillmentPackage"]),
                "id": STRING,
                "createdAt": nullable(TIME),
                "status": shared["ShipmentStatus"],
                "estimatedDeliveryTime": nullable(TIME),
                "lineItems": array(r["FulfillmentShipmentItem"]),
                "shippedAt": nullable(TIME),
                "estimatedShipTime": nullable(TIME),
                "labelPrintTime": nullable(TIME),
                "warehouseId": STRING,
                "warehouseOrderId": nullable(STRING),
            },
            ["packages", "id", "status", "lineItems", "warehouseId"],
        ),
    )
    order_props: dict[str, Schema] = {
        "address": r["Address"],
        "cost": nullable({**DOUBLE, "description": "Fulfilment cost; null until the order ships."}),
        "id": {**STRING, "description": "Flexport order id (digits)."},
        "createdAt": nullable(TIME),
        "updatedAt": nullable(TIME),
        "error": nullable(r["OrderError"]),
        "deliveredAt": nullable({**TIME, "description": "Null until delivered."}),
        "externalOrderId": nullable(STRING),
        "lineItems": array(r["OrderLineItem"]),
        "promisedDeliveryByTime": nullable(TIME),
        "promisedShipByTime": nullable(TIME),
        "shippedAt": nullable(TIME),
        "source": nullable(r["SourceId"]),
        "state": r["OrderState"],
        "shipments": array(r["Shipment"]),
    }
    if v.since("2024-07", unstable=False):
        order_props["dropShipDetails"] = nullable(r["DropShipDetails"])
    r["OrderModel"] = spec.schema(
        "OrderModel", obj(order_props, ["address", "id", "lineItems", "state", "shipments"])
    )
    return r


def _provenance(
    spec: SpecBuilder, seen: dict[str, list[str]], inferred: list[str]
) -> tuple[Confidence, list[str]]:
    """Unstable: the Ruby client. Stable: "seen" with that version's sources, else "inferred"."""
    v = spec.v
    if v.is_unstable:
        return "seen", [RUBY]
    if v.id in seen:
        return "seen", seen[v.id]
    return "inferred", inferred


def build(spec: SpecBuilder) -> None:
    v = spec.v
    r = _schemas(spec)
    spec.tag(TAG, "D2C fulfilment orders: create, track, cancel and retry.")
    order_id = path_param("orderId", {"type": "string", "pattern": r"^\d+$"})
    order_ok = json_response(r["OrderModel"])
    page = f"docs.logistics-api.flexport.com/{v.id}/tag/Orders (first operation on the page)"
    shape = RUBY + " (field shape)"
    basis = f"{NOTES}: no note adds or removes it; path from the unstable client, version substituted"

    # CreateOrder: first operation on every stored Orders page; the 2024-01 and 2024-07 notes
    # change it; the 2026-02 migration guide lists its fields.
    create_seen = {ver: [page, shape] for ver in DOCS_SEEN}
    create_seen["2024-01"] = [f"{NOTES} 2024-01 (Orders: Update CreateOrder)", shape]
    create_seen["2024-07"] = [page, f"{NOTES} 2024-07 (Orders: createOrder)", shape]
    create_seen["2026-02"] = [GUIDE, shape]
    conf, src = _provenance(spec, create_seen, [basis, GUIDE, shape])
    spec.operation(
        tag=TAG,
        method="POST",
        path="/orders",
        # The unstable client's method is create_order202307; stable pages show CreateOrder.
        operation_id="CreateOrder202307" if v.is_unstable else "CreateOrder",
        summary="CreateOrder",
        scopes=WRITE,
        confidence=conf,
        sources=src,
        request_body=json_body(r["CreateOrderInput"]),
        responses={"200": order_ok},
        extra={
            "description": (
                "Create an order to fulfil. The delivery promise comes from promisedDeliveryByTime, "
                "else deliveryDays after the ship date, else shipMethod (5 days when unknown)."
            )
        },
    )

    # GetOrder: named by the 2024-07 note and linked from the migration guide (2026-02 docs).
    get_seen = {
        "2024-07": [f"{NOTES} 2024-07 (Orders: getOrder)", shape, FACTS],
        "2026-02": [GUIDE, shape, FACTS],
    }
    conf, src = _provenance(spec, get_seen, [basis, GUIDE, shape, FACTS])
    spec.operation(
        tag=TAG,
        method="GET",
        path="/orders/{orderId}",
        operation_id="GetOrder",
        summary="Get an order by id",
        scopes=READ,
        confidence=conf,
        sources=src,
        parameters=[order_id],
        responses={"200": order_ok},
    )

    conf, src = _provenance(spec, {}, [basis, RUBY, FACTS])
    spec.operation(
        tag=TAG,
        method="GET",
        path="/orders/external_id/{externalOrderId}",
        operation_id="GetOrderByExternalId",
        summary="Get an order by your external order id",
        scopes=READ,
        confidence=conf,
        sources=src,
        parameters=[
            path_param(
                "externalOrderId",
                {"type": "string", "description": "Percent-encode it: external ids may contain '/'."},
            )
        ],
        responses={"200": order_ok},
        extra={"description": "404 is the normal answer while Flexport has not received the order yet."},
    )

    conf, src = _provenance(spec, {}, [basis, RUBY])
    spec.operation(
        tag=TAG,
        method="POST",
        path="/orders/{orderId}/cancel",
        operation_id="CancelOrder",
        summary="Cancel an order",
        scopes=WRITE,
        confidence=conf,
        sources=src,
        parameters=[order_id],
        responses={"200": order_ok},
        extra={"description": "Orders already processed and shipped cannot be cancelled."},
    )

    conf, src = _provenance(spec, {}, [basis, RUBY, ERRORS])
    if v.is_unstable:
        src = [RUBY, ERRORS]
    spec.operation(
        tag=TAG,
        method="POST",
        path="/orders/{orderId}/retry",
        operation_id="RetryOrder",
        summary="Retry a cancelled order",
        scopes=WRITE,
        confidence=conf,
        sources=src,
        parameters=[order_id],
        responses={"200": order_ok},
        extra={
            "description": (
                "Retry an order whose state is Canceled. Any other state answers 400 problem+json "
                "with code 407001 (invalid order status)."
            ),
            "x-error-codes": {"407001": "order is not Canceled"},
        },
    )
