"""Events: GetEvents in every version, plus one payload schema per webhook event type.

Sources: seed 004 is the whole 2023-10 Events page (GetEvents and every 2023-10 webhook body);
seed 000 gives the release-note deltas (2024-01 DAMAGED on Inbound.Received, 2026-02's ten new
order/shipment events) and the 2026-02 Outbounds guide (Order.Held, payload envelope); the Ruby
client atlas-llc/flexport-ruby-api (generated from the unstable spec) gives unstable.

Naming rule, so code can map ``logisticsEventType`` to a model without a table: the payload schema
of event type ``A.B`` is ``ABEvent`` (``Order.Shipped`` -> ``OrderShippedEvent``). Each version also
has ``LogisticsEventType``, a string enum of its event types whose ``x-event-schemas`` extension
holds the same mapping, and ``EventWebhookResponse``, the four envelope fields alone (for event
types a client does not know yet). Every payload schema carries ``x-event-type``; where the Ruby
client names the shape differently (OrderEvent, ShipmentEvent, InboundShipmentStatusChangeEvent),
``x-reference-name`` says so. Payloads are flat: envelope fields sit beside the resource fields,
except Freight.TrackingUpdated, whose 2023-10 body has no envelope.

openapi-python-client 0.29.1 generates a model for every component schema, referenced or not, so
the payload models are generated although GetEvents keeps ``payload`` a plain string map.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from types import ModuleType

from scripts.reconstruct.builder import (
    Confidence,
    Schema,
    SpecBuilder,
    array,
    enum,
    json_response,
    obj,
    query,
    ref,
)

SEED_EVENTS = "seed 004 (docs.logistics-api.flexport.com/2023-10/tag/Events)"
SEED_NOTES = "seed 000 release notes"
SEED_OUTBOUNDS = "seed 000 Outbounds guide (Outbound webhook events, 2026-02)"
RUBY = "github:atlas-llc/flexport-ruby-api"
FIELD_FACTS = "research/field-facts.md §1.1 (S8-events 2023-10/2024-04/2024-07, S7-EventsApi)"

STR: Schema = {"type": "string"}
DATE_TIME: Schema = {"type": "string", "format": "date-time"}
DOUBLE: Schema = {"type": "number", "format": "double"}
INT32: Schema = {"type": "integer", "format": "int32"}
DIGITS = r"^\d+$"

# The 2023-10 page's twelve event types (seed 004), in page order.
BASE_TYPES = [
    "Parcel.TrackingUpdated",
    "Return.Updated",
    "Inventory.Adjusted",
    "Shipment.Created",
    "Shipment.Cancelled",
    "Shipment.Shipped",
    "Shipment.PartiallyShipped",
    "Inbound.Received",
    "Inbound.ShipmentStatusChanged",
    "Freight.TrackingUpdated",
    "Order.Cancelled",
    "Order.Shipped",
]
# 2026-02 release notes, "Events and Webhooks".
NEW_2026_02 = [
    "Order.Submitted",
    "Order.PickingStarted",
    "Order.Packed",
    "Order.Dispatched",
    "Order.Delivered",
    "Shipment.Submitted",
    "Shipment.PickingStarted",
    "Shipment.Packed",
    "Shipment.Dispatched",
    "Shipment.Delivered",
]
# Named by the 2026-02 Outbounds guide's event table but not by the release notes.
GUIDE_ONLY_2026_02 = ["Order.Held"]
# Event types the 2026-02 Outbounds guide lists (so "seen" for 2026-02).
GUIDE_LISTED = {
    "Order.Submitted",
    "Order.Held",
    "Order.Shipped",
    "Order.Delivered",
    "Order.Cancelled",
    "Shipment.Submitted",
    "Shipment.Shipped",
    "Shipment.PartiallyShipped",
    "Shipment.Delivered",
    "Shipment.Cancelled",
}
# Unstable: return events that only the Ruby client has (model classes ReturnShippedEvent, ...).
# The type strings are derived from the class names; the client never spells them out.
UNSTABLE_RETURN_TYPES = ["Return.Shipped", "Return.Received", "Return.ShipmentReceived", "Return.Inspected"]
# Unstable types the Ruby client's WebhookCreateModel lists as examples.
UNSTABLE_LISTED = {
    "Freight.TrackingUpdated",
    "Inbound.Received",
    "Inbound.ShipmentStatusChanged",
    "Inventory.Adjusted",
    "Order.Cancelled",
    "Order.Shipped",
    "Return.Updated",
    "Shipment.Cancelled",
    "Shipment.Created",
    "Shipment.Shipped",
}


def schema_name(event_type: str) -> str:
    """Payload schema name for an event type: ``Order.Shipped`` -> ``OrderShippedEvent``."""
    return event_type.replace(".", "") + "Event"


def shared(spec: SpecBuilder, name: str, schema: Schema) -> Schema:
    """Register a schema another tag module may also define (Returns, Orders); reuse theirs if first."""
    if name in spec.schemas:
        return ref(name)
    return spec.schema(name, schema)


# -- envelope and common pieces ----------------------------------------------------------------
def envelope() -> dict[str, Schema]:
    return {
        "logisticsAccountId": {"type": "string", "description": "Logistics account id."},
        "logisticsEventId": {"type": "string", "description": "Event id; de-duplicate deliveries on it."},
        "logisticsEventType": {"type": "string", "description": "Event type, e.g. Order.Shipped."},
        "logisticsEventTime": {"type": "string", "description": "When the event happened."},
    }


ENVELOPE_REQUIRED = ["logisticsAccountId", "logisticsEventId", "logisticsEventType", "logisticsEventTime"]


def payload(
    event_type: str,
    fields: dict[str, Schema],
    required: list[str],
    *,
    flat_envelope: bool = True,
    reference_name: str | None = None,
    **extra: object,
) -> Schema:
    """``reference_name``: the reference's own name for the payload (``x-reference-name``)."""
    props = {**envelope(), **fields} if flat_envelope else dict(fields)
    req = [*ENVELOPE_REQUIRED, *required] if flat_envelope else list(required)
    named: dict[str, str] = {} if reference_name is None else {"x-reference-name": reference_name}
    return obj(props, req, **{"x-event-type": event_type, **named, **extra})


def deliverr_address(spec: SpecBuilder) -> Schema:
    return shared(
        spec,
        "DeliverrAddress",
        obj(
            {
                "name": STR,
                "company": STR,
                "street1": STR,
                "street2": STR,
                "city": STR,
                "zip": STR,
                "state": STR,
                "country": STR,
                "phone": STR,
                "email": STR,
                "isResidential": {"type": "boolean"},
            },
            ["name", "street1", "city", "zip", "state", "country"],
        ),
    )


def freight_tracking_parts(spec: SpecBuilder) -> dict[str, Schema]:
    """Freight tracking schemas shared by Freight.TrackingUpdated and unstable GetBolTracking."""
    address = deliverr_address(spec)
    window = spec.schema(
        "AppointmentWindow",
        obj({"startTime": STR, "endTime": STR, "date": STR}, ["startTime", "endTime", "date"]),
    )
    stop = spec.schema(
        "FreightStopDetails",
        obj({"appointmentWindow": window, "address": address}, ["appointmentWindow", "address"]),
    )
    mode = spec.schema(
        "FreightShipmentMode",
        enum(["LTL", "FTL", "DRAYAGE", "INTERMODAL", "TRANSLOAD", "VLTL", "FCL", "LCL"]),
    )
    bol_status = spec.schema(
        "FreightBolStatus", enum(["CANCELLED", "TENDERED", "CREATED", "IN_TRANSIT", "DELIVERED"])
    )
    location = spec.schema(
        "FreightTrackingLocation",
        obj(
            {
                "name": STR,
                "street1": STR,
                "street2": STR,
                "city": STR,
                "zip": STR,
                "state": STR,
                "country": STR,
                "timezone": STR,
                "latitude": DOUBLE,
                "longitude": DOUBLE,
            }
        ),
    )
    event_type = spec.schema(
        "FreightTrackingEventType",
        enum(
            [
                "CANCELLED",
                "TENDERED",
                "CREATED",
                "DELIVERED",
                "ESTIMATED_PICKUP_DATE_CHANGED",
                "PICKED_UP",
                "LOCATION_UPDATED",
                "ESTIMATED_DELIVERY_DATE_CHANGED",
                "CONTAINER_FULL_INGATED",
                "CONTAINER_DEPARTED",
                "CONTAINER_BERTHED_AT_TRANSSHIPMENT_PORT",
                "CONTAINER_LOADED_AT_TRANSSHIPMENT_PORT",
                "CONTAINER_DEPARTED_FROM_TRANSSHIPMENT_PORT",
                "CONTAINER_BERTHED",
                "CONTAINER_DISCHARGED",
                "CONTAINER_AVAILABLE",
                "CONTAINER_RETURNED",
            ]
        ),
    )
    tracking_event = spec.schema(
        "FreightTrackingEvent",
        obj(
            {
                "occurredAt": DATE_TIME,
                "location": location,
                "eventType": event_type,
                "bolStatus": bol_status,
                "address": address,
            },
            ["occurredAt", "eventType", "bolStatus"],
        ),
    )
    return {"stop": stop, "mode": mode, "bol_status": bol_status, "event": tracking_event}


def freight_tracking_fields(
    parts: dict[str, Schema], *, with_bol_id: bool
) -> tuple[dict[str, Schema], list[str]]:
    fields: dict[str, Schema] = {"pickupDetails": parts["stop"], "deliveryDetails": parts["stop"]}
    if with_bol_id:
        fields["bolId"] = STR
    fields.update(
        {
            "mode": parts["mode"],
            "bolStatus": parts["bol_status"],
            "carrierName": STR,
            "estimatedPickupTime": DATE_TIME,
            "estimatedDeliveryTime": DATE_TIME,
            "estimatedPortDepartureTime": DATE_TIME,
            "estimatedPortArrivalTime": DATE_TIME,
            "totalPallets": DOUBLE,
            "events": array(parts["event"]),
            "updatedAt": DATE_TIME,
        }
    )
    required = ["pickupDetails", "deliveryDetails", *(["bolId"] if with_bol_id else []), "mode", "bolStatus"]
    return fields, [*required, "events", "updatedAt"]


# -- one builder per payload shape ----------------------------------------------------------------
def _parcel_tracking(spec: SpecBuilder, t: str) -> Schema:
    location = spec.schema("EventLocation", obj({"city": STR, "state": STR, "country": STR, "zip": STR}))
    fields = {"trackingCode": STR, "status": STR, "message": STR, "eventTime": STR, "location": location}
    return payload(t, fields, ["trackingCode", "status", "message", "eventTime", "location"])


def _return_updated(spec: SpecBuilder, t: str) -> Schema:
    """Return.Updated: the whole return (ReturnsApiOrder, owned by returns.py) plus the envelope.

    The fields and nested schemas are taken from the Returns module's ReturnsApiOrder so the two
    stay one definition; seed 004 shows the same fields (it calls the two enums
    LogisticsReturnStatus / LogisticsReturnTrackingStatusResponse, the Returns module uses the
    client's names ReturnOrderStatus / ReturnOrderTrackingStatus in every version).
    """
    order = _returns_order(spec)
    return payload(
        t,
        copy.deepcopy(order["properties"]),
        list(order["required"]),
        reference_name="ReturnUpdatedEvent",
    )


def _returns_order(spec: SpecBuilder) -> Schema:
    returns: ModuleType | None
    try:
        from scripts.reconstruct.tags import returns
    except ImportError:  # pragma: no cover - returns.py is part of the tree
        returns = None
    if returns is not None and hasattr(returns, "_schemas"):
        returns._schemas(spec)
        return spec.schemas["ReturnsApiOrder"]
    # Fallback when the Returns module is absent: the same facts (seed 004, Ruby ReturnsApiOrder).
    status = shared(
        spec,
        "ReturnOrderStatus",
        enum(["CREATED", "SHIPPED", "RECEIVED_FOR_PROCESSING", "PROCESSED", "CANCELLED"]),
    )
    tracking = shared(
        spec, "ReturnOrderTrackingStatus", enum(["CREATED", "SHIPPED", "DELIVERED", "CANCELLED", "FAILED"])
    )
    label = shared(
        spec,
        "ShippingLabel",
        obj(
            {
                "carrier": STR,
                "trackingCode": STR,
                "trackingUrl": STR,
                "labelUrl": STR,
                "trackingStatus": tracking,
            },
            ["carrier", "trackingCode", "trackingStatus"],
        ),
    )
    inspected = shared(
        spec,
        "InspectedItem",
        obj(
            {"receivedCondition": STR, "finalCondition": STR, "disposition": STR},
            ["receivedCondition", "finalCondition", "disposition"],
        ),
    )
    item = shared(
        spec,
        "ReturnItem",
        obj(
            {"identifier": STR, "expectedQuantity": DOUBLE, "inspectedItems": array(inspected)},
            ["identifier", "expectedQuantity", "inspectedItems"],
        ),
    )
    return obj(
        {
            "id": DOUBLE,
            "status": status,
            "sourceAddress": deliverr_address(spec),
            "shippingLabel": label,
            "rma": STR,
            "externalReturnId": STR,
            "returnItems": array(item),
            "shippedAt": DATE_TIME,
            "receivedAt": DATE_TIME,
            "inspectedAt": DATE_TIME,
        },
        ["id", "status", "shippingLabel", "rma", "externalReturnId", "returnItems"],
    )


def _inventory_adjusted(spec: SpecBuilder, t: str) -> Schema:
    change = spec.schema(
        "Change", obj({"state": enum(["AVAILABLE", "UNAVAILABLE"]), "delta": INT32}, ["state", "delta"])
    )
    adjustment = spec.schema(
        "Adjustment",
        obj(
            {
                # Capital SKU here, unlike logisticsSku elsewhere (seed 004, Ruby Adjustment).
                "logisticsSKU": {
                    "type": "string",
                    "minLength": 11,
                    "maxLength": 11,
                    "pattern": "^D[0-9a-zA-Z]+$",
                    "description": "Flexport SKU (DSKU).",
                },
                "changes": array(change),
            },
            ["logisticsSKU", "changes"],
        ),
    )
    reason = {
        "type": "string",
        "description": (
            "Known values: ADJUSTMENT, ASN_RECEIVE, DAMAGE, RETURN, TRANSFER, QUARANTINE, RELOCATE, COUNT, "
            "SHIPPED (the reference lists them in a table, not as an enum)."
        ),
    }
    fields = {"adjustmentId": STR, "reason": reason, "adjustments": array(adjustment)}
    return payload(t, fields, ["adjustmentId", "reason", "adjustments"])


def _order_or_shipment(spec: SpecBuilder, t: str) -> Schema:
    resource = t.split(".")[0]
    order_id = {"type": "string", "pattern": DIGITS, "description": "Order id."}
    external = {"type": "string", "description": "The externalId given when the order was created."}
    if resource == "Shipment":
        id_field = {"type": "string", "pattern": DIGITS, "description": "Shipment id."}
        if spec.v.is_unstable:
            id_field = {"type": "string", "description": "Shipment id."}  # Ruby ShipmentEvent: no pattern
        fields = {"id": id_field, "orderId": order_id, "externalOrderId": external}
        return payload(t, fields, ["id", "orderId", "externalOrderId"], reference_name="ShipmentEvent")
    fields = {"id": {"type": "string", "pattern": DIGITS, "description": "Order id."}}
    if spec.v.is_unstable:
        fields = {"id": {"type": "string", "description": "Order id."}}  # Ruby OrderEvent: no pattern
    fields.update({"orderId": order_id, "externalOrderId": external})
    # 2026-02's new order events: the guide promises orderId and externalOrderId only.
    required = ["id", "orderId", "externalOrderId"] if t in BASE_TYPES else ["orderId", "externalOrderId"]
    return payload(t, fields, required, reference_name="OrderEvent")


def _inbound_received(spec: SpecBuilder, t: str) -> Schema:
    # Release notes: DAMAGED documented from 2024-01 (seed 004's 2023-10 page already shows it);
    # the unstable Ruby client allows SELLABLE only.
    kinds = ["SELLABLE", "DAMAGED"] if spec.v.since("2024-01", unstable=False) else ["SELLABLE"]
    kind: Schema = enum(kinds)
    if not spec.v.is_unstable and kinds == ["SELLABLE"]:
        kind["x-note"] = "DAMAGED is dated 2024-01 by the release notes; the 2023-10 page already lists it."
    fields = {"type": kind, "amount": INT32, "shipmentItemId": INT32}
    return payload(t, fields, ["type", "amount", "shipmentItemId"])


def _inbound_status_changed(spec: SpecBuilder, t: str) -> Schema:
    fields = {
        "status": STR,
        "shipmentId": {"type": "string", "pattern": DIGITS, "description": "Shipment id."},
    }
    return payload(t, fields, ["status", "shipmentId"], reference_name="InboundShipmentStatusChangeEvent")


def _freight_tracking(spec: SpecBuilder, t: str) -> Schema:
    fields, required = freight_tracking_fields(freight_tracking_parts(spec), with_bol_id=True)
    return payload(
        t,
        fields,
        required,
        flat_envelope=False,
        description="Unlike every other event, the reference shows no logistics* envelope fields.",
    )


def _legacy_return(spec: SpecBuilder, t: str) -> Schema:
    """Unstable Return.Shipped / ShipmentReceived / Inspected (Ruby: envelope + LegacyReturnsApiOrder).

    The Ruby client types most of these fields as untyped, nullable values; the names and required
    list are its, the string/array shapes are our reading of its descriptions.
    """
    nstr: Schema = {"type": "string", "nullable": True}

    def address(name: str, required: list[str]) -> Schema:
        fields = {
            k: nstr
            for k in [
                "name",
                "firstName",
                "lastName",
                "address1",
                "address2",
                "company",
                "city",
                "provinceCode",
                "zip",
                "phone",
                "countryCode",
            ]
        }
        return spec.schema(name, obj(fields, required))

    status = spec.schema(
        "ReturnStatus",
        enum(
            [
                "CREATED",
                "BUYER_SHIPPED",
                "SHIPPED",
                "BUYER_DELIVERED",
                "QC_RECEIVED",
                "QC_PROCESSED",
                "QC_SHIPPED",
                "CANCELLED",
                "COMPLETED",
                "RETURNED_TO_SENDER",
                "REQUESTED",
                "RECEIVED_FOR_PROCESSING",
                "PROCESSED",
                "AUTO_CANCELLED",
                "REJECTED",
                "RECEIVED_AT_DROPPOINT",
            ]
        ),
    )
    marketplace = spec.schema(
        "ReturnsPublicApiMarketplace",
        enum(
            [
                "AIRSHOP",
                "AMAZON",
                "ARTEZA",
                "BIGCOMMERCE",
                "DELIVERR",
                "EBAY",
                "ETSY",
                "FACEBOOK",
                "GOOGLE",
                "INSTAGRAM",
                "JANE",
                "JCPENNEY",
                "KROGER",
                "MAGENTO",
                "NEWEGG",
                "OVERSTOCK",
                "SHOPIFY",
                "SKUPREME",
                "TARGET",
                "WALMART",
                "WISH",
                "WOOCOMMERCE",
                "OTHER",
            ]
        ),
    )
    order = spec.schema(
        "ReturnsApiMarketplaceOrder",
        obj(
            {"marketplaceOrderId": nstr, "marketplaceName": marketplace},
            ["marketplaceOrderId", "marketplaceName"],
        ),
    )
    fields = {
        "id": {"type": "string", "nullable": True, "description": "Return id."},
        "status": status,
        "sourceAddress": address(
            "LegacyReturnsSourceAddress", ["address1", "city", "provinceCode", "countryCode"]
        ),
        "destinationAddress": address(
            "LegacyReturnsDestinationAddress", ["address1", "city", "provinceCode", "zip", "countryCode"]
        ),
        "shippingLabels": {
            "type": "array",
            "items": {"type": "object", "additionalProperties": True},
            "nullable": True,
            "description": "One per package; fields not shown by the reference.",
        },
        "marketplaceOrder": order,
        "rma": nstr,
        "externalReturnId": nstr,
        "returnItems": {
            "type": "array",
            "items": {"type": "object", "additionalProperties": True},
            "nullable": True,
        },
        "shippedAt": nstr,
        "receivedAt": nstr,
        "inspectedAt": nstr,
        "inspectionNotes": nstr,
    }
    required = [
        "id",
        "status",
        "shippingLabels",
        "marketplaceOrder",
        "rma",
        "externalReturnId",
        "returnItems",
    ]
    return payload(t, fields, required)


def _return_received(spec: SpecBuilder, t: str) -> Schema:
    sku = {"type": "string", "minLength": 11, "maxLength": 11, "pattern": "^D[0-9a-zA-Z]+$"}
    fields = {"type": STR, "amount": INT32, "logisticsSku": sku}
    return payload(t, fields, ["type", "amount", "logisticsSku"])


SHAPES: dict[str, Callable[[SpecBuilder, str], Schema]] = {
    "Parcel.TrackingUpdated": _parcel_tracking,
    "Return.Updated": _return_updated,
    "Inventory.Adjusted": _inventory_adjusted,
    "Inbound.Received": _inbound_received,
    "Inbound.ShipmentStatusChanged": _inbound_status_changed,
    "Freight.TrackingUpdated": _freight_tracking,
    "Return.Shipped": _legacy_return,
    "Return.ShipmentReceived": _legacy_return,
    "Return.Inspected": _legacy_return,
    "Return.Received": _return_received,
}


def event_types(spec: SpecBuilder) -> list[tuple[str, Confidence, list[str]]]:
    """(event type, confidence, sources) for every event type of ``spec.v``."""
    v = spec.v
    out: list[tuple[str, Confidence, list[str]]] = []
    if v.is_unstable:
        for t in BASE_TYPES:
            if t in UNSTABLE_LISTED:
                out.append((t, "seen", [f"{RUBY} docs/WebhookCreateModel.md", f"{RUBY} event models"]))
            elif t == "Parcel.TrackingUpdated":
                out.append((t, "seen", [f"{RUBY} docs/ParcelTrackingUpdatedEvent.md"]))
            else:  # Shipment.PartiallyShipped: ShipmentEvent exists, the type is not listed
                out.append((t, "inferred", [f"{RUBY} docs/ShipmentEvent.md", SEED_EVENTS]))
        for t in UNSTABLE_RETURN_TYPES:
            out.append(
                (t, "seen", [f"{RUBY} docs/{schema_name(t)}.md (type string derived from the class name)"])
            )
        return out
    for t in BASE_TYPES:
        if v.id == "2023-10":
            out.append((t, "seen", [SEED_EVENTS]))
        elif v.id == "2026-02" and t in GUIDE_LISTED:
            out.append((t, "seen", [SEED_OUTBOUNDS, SEED_EVENTS]))
        else:
            out.append((t, "inferred", [SEED_EVENTS, f"{SEED_NOTES} (no event removed)"]))
    if v.since("2026-02", unstable=False):
        for t in NEW_2026_02:
            out.append((t, "seen", [f"{SEED_NOTES} 2026-02 Events and Webhooks", SEED_OUTBOUNDS]))
        for t in GUIDE_ONLY_2026_02:
            out.append((t, "seen", [SEED_OUTBOUNDS + "; not in the release notes"]))
    return out


def build(spec: SpecBuilder) -> None:
    v = spec.v
    spec.tag("Events", "Stored events (the feed behind webhook deliveries) and webhook payloads.")

    # -- GetEvents --------------------------------------------------------------------------------
    event_id = spec.schema("network-events_EventId", {"type": "string"})
    payload_type: Schema = {
        "type": "object",
        "additionalProperties": {"type": "string"},
        "description": "Event payload as a string map; see LogisticsEventType for the typed payloads.",
    }
    if v.is_unstable:
        payload_type["nullable"] = True  # Ruby NetworkEventsEventsResponseItem marks payload nullable
    payload_ref = spec.schema("network-events_EventPayloadType", payload_type)
    item = spec.schema(
        "network-events_EventsResponseItem",
        obj({"id": STR, "type": STR, "time": STR, "payload": payload_ref}, ["id", "type", "time", "payload"]),
    )
    params = [
        query("limit", {"type": "number", "format": "double", "minimum": 1, "maximum": 100, "default": 100}),
        query("ids", array(event_id)),
        query("type", {"type": "string", "pattern": r"^([\w\.]{0,50})$"}),
    ]
    # orderId/shipmentId: on the 2023-10 page and in the unstable client, dropped by the 2024-04 and
    # 2024-07 pages (field-facts §10.24). 2023-04/07 are assumed to match 2023-10.
    if v.until("2023-10", unstable=True):
        params += [query("orderId", STR), query("shipmentId", STR)]
    # `after`: on the 2023-10, 2024-04 and 2024-07 pages and in the unstable client; kept in every
    # version (the field reports it is accepted but ignored).
    params += [query("after", DATE_TIME), query("page_info", STR)]

    confidence: Confidence
    sources: list[str]
    if v.id == "2023-10":
        confidence, sources = "seen", [SEED_EVENTS]
    elif v.is_unstable:
        confidence, sources = "seen", [f"{RUBY} docs/EventsApi.md"]
    else:
        confidence = "inferred"
        sources = [SEED_EVENTS, FIELD_FACTS]
    spec.operation(
        tag="Events",
        method="GET",
        path="/events",
        operation_id="GetEvents",
        summary="List stored events",
        scopes=["read_logistics_events"],
        confidence=confidence,
        sources=sources,
        parameters=params,
        responses={
            "200": json_response(
                array(item),
                description="A page of events; the Link header carries the next page_info.",
                headers={"Link": {"$ref": "#/components/headers/Link"}},
            )
        },
        extra={
            "description": (
                "Events matching the filters, oldest first. Further query fields act as filters "
                "(e.g. orderId=123&shipmentId=456). Follow the Link header's rel=next to page."
            )
        },
    )

    # -- webhook payloads ------------------------------------------------------------------------
    spec.schema(
        "EventWebhookResponse", obj(envelope(), ENVELOPE_REQUIRED, description="The common envelope.")
    )
    mapping: dict[str, str] = {}
    for event_type, conf, srcs in event_types(spec):
        shape = SHAPES.get(event_type, _order_or_shipment)
        name = schema_name(event_type)
        body = spec.schema(name, shape(spec, event_type))
        spec.webhook(event_type, body, sources=srcs)
        if conf == "inferred":
            spec.webhooks[event_type]["post"]["x-provenance"]["confidence"] = "inferred"
        mapping[event_type] = name
    spec.schema(
        "LogisticsEventType",
        enum(
            sorted(mapping),
            description="This version's logisticsEventType values; x-event-schemas maps each to its payload.",
            **{"x-event-schemas": dict(sorted(mapping.items()))},
        ),
    )
