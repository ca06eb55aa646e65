"""Freight (unstable only): quotes, bookings, documents, ports and BOL tracking.

Everything here comes from the Ruby client atlas-llc/flexport-ruby-api (generated from the unstable
spec): docs/FreightApi.md for the 14 operations, lib/flexport/models for field names, types, required
lists and enums. No stable version has a Freight page, and the 2026-02 guide calls freight
unstable-only. Status codes are not shown by the client: 200 is assumed, 204 where it returns nothing.
List operations page with a numeric ``cursor`` and ``direction`` (pagination.md); where the next
cursor comes from is not documented.
"""

from __future__ import annotations

from scripts.reconstruct.builder import (
    Schema,
    SpecBuilder,
    array,
    enum,
    json_body,
    json_response,
    obj,
    path_param,
    query,
    ref,
)
from scripts.reconstruct.tags.events import freight_tracking_fields, freight_tracking_parts, shared

RUBY = "github:atlas-llc/flexport-ruby-api"
API_DOC = f"{RUBY} docs/FreightApi.md"
MODELS = f"{RUBY} lib/flexport/models"
READ = ["read_logistics_freight"]
WRITE = ["write_logistics_freight"]

ENUMS: dict[str, list[str]] = {
    "LocationType": ["COMMERCIAL", "RESIDENTIAL", "MARITIME_PORT", "AIRPORT", "MILITARY_BASE"],
    "RequiredTradingPartnerGeneralBolInfo": [
        "AMAZON_ISA_NUMBER",
        "AMAZON_REFERENCE_ID",
        "AMAZON_SHIPMENT_ID",
        "CARE_OF_CARRIER",
        "COMBINED_SHIPMENT_WEIGHT",
        "PO_NUMBER",
        "SRN",
        "VENDOR_NAME",
        "TOTAL_CUBIC_FEET",
        "TOTAL_PACKAGE_WEIGHT",
    ],
    "RequiredGeneralLtlGs1BolInfo": ["PRO_NUMBER", "RECEIVING_STAMP", "TRAILER_NUMBER"],
    "RequiredGeneralGs1BolInfo": [
        "BOL_NUMBER",
        "CARRIER_NAME",
        "CARRIER_SCAC",
        "CARRIER_SIGNATURE_AND_DATE",
        "DESTINATION_ADDRESS",
        "FREIGHT_CHARGE_TERMS",
        "MASTER_BOL_INDICATOR",
        "ORIGIN_ADDRESS",
        "PARTY_THAT_LOADED_TRAILER",
        "PARTY_THAT_COUNTED_FREIGHT",
        "TOTAL_PACKAGE_QUANTITY",
        "SHIPPER_SIGNATURE_DATE",
    ],
    "SupportedTradingPartner": ["FULFILLMENT_BY_AMAZON"],
    "PackageType": ["PALLETS", "CARTONS"],
    "PackageDetailsDimensionUnitEnum": ["in"],
    "PackageDetailsWeightUnitEnum": ["lb"],
    "FtlOrderItemResponseWeightUnitEnum": ["lb"],
    "OrderStatus": [
        "BOOKED",
        "CANCELLED",
        "COMPLETED",
        "ERROR",
        "IN_PROGRESS",
        "LOST_DAMAGED",
        "PLANNED",
        "TENDERED",
    ],
    "FreightModeDRAYAGE": ["DRAYAGE"],
    "QuoteStatus": ["BOOKED", "CREATED", "INELIGIBLE"],
    "FtlQuoteItemResponseWeightUnitEnum": ["lb"],
    "FreightModeLTL": ["LTL"],
    "FtlQuoteRequestV2WeightUnitEnum": ["lb"],
    "FreightModeFTL": ["FTL"],
    "FtlOrderRequestWeightUnitEnum": ["lb"],
    "OrderDocumentType": ["CUSTOMER_BOL", "PALLET_LABELS", "DELIVERY_ORDER", "PACKING_LIST"],
    "ListDirection": ["forward", "backward"],
}

# One line per object schema: ``field[:type][[]][!]``; type defaults to string; ``n`` number,
# ``b`` boolean, ``dt`` date-time, ``any`` untyped, otherwise a schema name; ``[]`` array; ``!`` required.
OBJECTS = """
OrderCancelRequest: cancellationReason
TimeWindow: startTime! endTime!
FreightAddress: company workingHours:TimeWindow street1! street2 city! zip! state! country!
Contact: firstName! lastName! phone! email!
TradingPartnerGeneralBolFieldRequiredTradingPartnerGeneralBolInfo:
    fieldId:RequiredTradingPartnerGeneralBolInfo! value!
TradingPartnerGeneralBolFieldRequiredGeneralLtlGs1BolInfo: fieldId:RequiredGeneralLtlGs1BolInfo! value!
TradingPartnerGeneralBolFieldRequiredGeneralGs1BolInfo: fieldId:RequiredGeneralGs1BolInfo! value!
TradingPartnerDetails:
    requiredTradingPartnerGeneralBolFields:TradingPartnerGeneralBolFieldRequiredTradingPartnerGeneralBolInfo[]!
    requiredGeneralLtlGs1BolFields:TradingPartnerGeneralBolFieldRequiredGeneralLtlGs1BolInfo[]!
    requiredGeneralGs1BolFields:TradingPartnerGeneralBolFieldRequiredGeneralGs1BolInfo[]!
    tradingPartner:SupportedTradingPartner!
OrderDeliveryDetails: address:FreightAddress! contact:Contact! notes liftGateRequired:b
    locationType:LocationType appointmentRequired:b dropoffReferenceNumber
    tradingPartnerDetails:TradingPartnerDetails
PackageDetails: palletCount:n! length:n! width:n! height:n! weight:n! stackable:b freightClass:any
    nmfcCode subNmfcCode dimensionUnit:PackageDetailsDimensionUnitEnum
    weightUnit:PackageDetailsWeightUnitEnum
DrayageOrderRequest: commodityDescription containerId! customerReferenceNumber
    deliveryDetails:OrderDeliveryDetails! deliveryOrderDocumentKey! masterBolId! packageType:PackageType
    packages:PackageDetails[] packingListDocumentKey! portId! quoteId:n!
DrayageOrderItemResponse: cost:n! customerBolId packageType:PackageType packages:PackageDetails[]
    masterBolId! containerId!
FtlOrderItemResponse: cost:n! customerBolId totalWeight:n!
    weightUnit:FtlOrderItemResponseWeightUnitEnum! palletCount:n
TransloadOrderItemResponse: cost:n! customerBolId
DrayageOrderResponse: commodityDescription createdAt:dt! customerReferenceNumber
    deliveryDetails:OrderDeliveryDetails! drayageOrderItem:DrayageOrderItemResponse!
    ftlOrderItem:FtlOrderItemResponse id:n! portId quoteId:n! status:OrderStatus!
    transloadOrderItem:TransloadOrderItemResponse type:FreightModeDRAYAGE!
QuoteLocationDetails: liftGateRequired:b locationType:LocationType zip!
DrayageQuoteRequest: packageType:PackageType deliveryDetails:QuoteLocationDetails!
    pickupDetails:QuoteLocationDetails! packageCount:n
DrayageQuoteItem: packageCount:n packageType:PackageType transitDays:n! totalCost:n! originalCost:n
TransloadQuoteItem: transitDays:n! totalCost:n! originalCost:n
FtlQuoteItem: totalWeight:n weightUnit:FtlQuoteItemResponseWeightUnitEnum palletCount:n! transitDays:n!
    totalCost:n! originalCost:n
DrayageQuoteResponse: type:FreightModeDRAYAGE! pickupDetails:QuoteLocationDetails!
    deliveryDetails:QuoteLocationDetails! id:n! createdAt:dt! status:QuoteStatus! expiresAt:dt!
    drayageQuoteItem:DrayageQuoteItem! transloadQuoteItem:TransloadQuoteItem ftlQuoteItem:FtlQuoteItem
OrderPickupDetails: cargoReadyDate:dt! address:FreightAddress! contact:Contact! notes liftGateRequired:b
    locationType:LocationType pickupReferenceNumber
LtlOrderRequest: deliveryDetails:OrderDeliveryDetails! quoteId:n! commodityDescription
    customerReferenceNumber pallets:PackageDetails[]! pickupDetails:OrderPickupDetails!
LtlOrderItemResponse: cost:n! customerBolId pallets:PackageDetails[]!
LtlOrderResponse: type:FreightModeLTL! deliveryDetails:OrderDeliveryDetails! quoteId:n!
    commodityDescription customerReferenceNumber id:n! createdAt:dt! status:OrderStatus!
    pickupDetails:OrderPickupDetails! ltlOrderItem:LtlOrderItemResponse!
QuoteRequest: totalWeight:n weightUnit:FtlQuoteRequestV2WeightUnitEnum palletCount:n!
    pickupDetails:QuoteLocationDetails! deliveryDetails:QuoteLocationDetails!
LtlQuoteItem: palletCount:n! unitCost:n! transitDays:n! totalCost:n! originalCost:n
LtlQuoteResponse: type:FreightModeLTL! pickupDetails:QuoteLocationDetails!
    deliveryDetails:QuoteLocationDetails! id:n! createdAt:dt! status:QuoteStatus! expiresAt:dt!
    ltlQuoteItem:LtlQuoteItem!
FtlQuoteResponse: type:FreightModeFTL! pickupDetails:QuoteLocationDetails!
    deliveryDetails:QuoteLocationDetails! id:n! createdAt:dt! status:QuoteStatus! expiresAt:dt!
    ftlQuoteItem:FtlQuoteItem!
FtlOrderRequest: totalWeight:n! weightUnit:FtlOrderRequestWeightUnitEnum palletCount:n!
    deliveryDetails:OrderDeliveryDetails! quoteId:n! commodityDescription customerReferenceNumber
    pickupDetails:OrderPickupDetails!
FtlOrderResponse: type:FreightModeFTL! deliveryDetails:OrderDeliveryDetails! quoteId:n!
    commodityDescription customerReferenceNumber id:n! createdAt:dt! status:OrderStatus!
    pickupDetails:OrderPickupDetails! ftlOrderItem:FtlOrderItemResponse!
GetOrdersResponse: orders:OrderResponse[]!
Port: id! name! street1! street2! city! stateOrProvince! postalCode! country!
GetPortsResponse: ports:Port[]!
OrderDocumentResponseEntry: type:OrderDocumentType! url!
GetOrderDocumentsResponse: documents:OrderDocumentResponseEntry[]!
GetQuotesResponse: quotes:QuoteResponse[]!
"""

DOUBLE: Schema = {"type": "number", "format": "double"}
_SCALARS: dict[str, Schema] = {
    "": {"type": "string"},
    "n": DOUBLE,
    "b": {"type": "boolean"},
    "dt": {"type": "string", "format": "date-time"},
    # The reference leaves these untyped; we model them as text (freight classes are codes like "70").
    "any": {"type": "string", "description": "Type not shown by the reference; sent as text."},
}
# Names another unstable tag module could also define; registered only if absent.
_MAYBE_SHARED = {"OrderStatus", "Contact", "PackageType", "LocationType"}


def parse_objects(table: str) -> dict[str, tuple[dict[str, str], list[str]]]:
    """``OBJECTS`` -> {schema: ({field: type code}, required)}; indented lines continue the previous."""
    joined = table.strip().replace("\n    ", " ")
    out: dict[str, tuple[dict[str, str], list[str]]] = {}
    for line in joined.splitlines():
        name, _, rest = line.partition(":")
        fields: dict[str, str] = {}
        required: list[str] = []
        for token in rest.split():
            if token.endswith("!"):
                token = token[:-1]
                required.append(token.partition(":")[0])
            field, _, code = token.partition(":")
            fields[field] = code
        out[name.strip()] = (fields, required)
    return out


def _field(code: str) -> Schema:
    many = code.endswith("[]")
    code = code.removesuffix("[]")
    schema = _SCALARS[code] if code in _SCALARS else ref(code)
    return array(schema) if many else dict(schema)


def _register_models(spec: SpecBuilder) -> None:
    for name, values in ENUMS.items():
        if name in _MAYBE_SHARED:
            shared(spec, name, enum(values))
        else:
            spec.schema(name, enum(values))
    freight_tracking_parts(spec)  # DeliverrAddress, FreightStopDetails, ... (shared with events.py)
    for name, (fields, required) in parse_objects(OBJECTS).items():
        schema = obj({f: _field(c) for f, c in fields.items()}, required)
        if name in _MAYBE_SHARED:
            shared(spec, name, schema)
        else:
            spec.schema(name, schema)
    # The client shows these two as anyOf the three freight modes (the `type` field tells them apart).
    for name, members in {
        "OrderResponse": ["DrayageOrderResponse", "FtlOrderResponse", "LtlOrderResponse"],
        "QuoteResponse": ["DrayageQuoteResponse", "FtlQuoteResponse", "LtlQuoteResponse"],
    }.items():
        spec.schema(name, {"anyOf": [ref(m) for m in members]})
    tracking, tracking_required = freight_tracking_fields(freight_tracking_parts(spec), with_bol_id=False)
    spec.schema("FreightTrackingInfo", obj(tracking, tracking_required))


def _paging() -> list[dict[str, object]]:
    return [query("limit", DOUBLE), query("cursor", DOUBLE), query("direction", ref("ListDirection"))]


def build(spec: SpecBuilder) -> None:
    if not spec.v.is_unstable:
        return
    spec.tag("Freight", "Drayage, LTL and FTL quotes and bookings (unstable only).")
    _register_models(spec)
    number_id = {"type": "number", "format": "double"}
    link = {"Link": {"$ref": "#/components/headers/Link"}}

    def op(
        method: str,
        path: str,
        operation_id: str,
        summary: str,
        *,
        responses: dict[str, Schema],
        parameters: list[Schema] | None = None,
        request_body: Schema | None = None,
        extra: Schema | None = None,
    ) -> None:
        spec.operation(
            tag="Freight",
            method=method,
            path=path,
            operation_id=operation_id,
            summary=summary,
            scopes=READ if method == "GET" else WRITE,
            confidence="seen",
            sources=[API_DOC, MODELS],
            responses=responses,
            parameters=parameters,
            request_body=request_body,
            extra=extra,
        )

    op(
        "GET",
        "/freight/orders",
        "GetFreightOrders",
        "List freight orders",
        parameters=_paging(),
        responses={"200": json_response(ref("GetOrdersResponse"), headers=link)},
    )
    for kind, mode in [("containers", "Drayage"), ("pallets", "Ltl"), ("trucks", "Ftl")]:
        op(
            "POST",
            f"/freight/orders/{kind}",
            f"Create{kind.capitalize()}Order",
            f"Book a {mode.upper() if mode != 'Drayage' else 'drayage'} shipment from a quote",
            request_body=json_body(ref(f"{mode}OrderRequest")),
            responses={"200": json_response(ref(f"{mode}OrderResponse"))},
        )
    op(
        "GET",
        "/freight/orders/{orderId}",
        "GetFreightOrder",
        "Get a freight order",
        parameters=[path_param("orderId", number_id)],
        responses={"200": json_response(ref("OrderResponse"))},
    )
    # The client's method is plain `cancel`; "Cancel" alone would be ambiguous across tags.
    op(
        "POST",
        "/freight/orders/{orderId}/cancel",
        "CancelFreightOrder",
        "Cancel a freight order",
        parameters=[path_param("orderId", number_id)],
        request_body=json_body(ref("OrderCancelRequest")),
        responses={"204": json_response(None, "Cancelled")},
        extra={"x-reference-operation-id": "Cancel"},
    )
    op(
        "GET",
        "/freight/orders/{orderId}/documents",
        "GetOrderDocuments",
        "List a freight order's documents",
        parameters=[path_param("orderId", number_id)],
        responses={"200": json_response(ref("GetOrderDocumentsResponse"))},
    )
    op(
        "GET",
        "/freight/ports",
        "GetFreightPorts",
        "List drayage ports",
        responses={"200": json_response(ref("GetPortsResponse"))},
    )
    op(
        "GET",
        "/freight/quotes",
        "GetQuotes",
        "List freight quotes",
        parameters=_paging(),
        responses={"200": json_response(ref("GetQuotesResponse"), headers=link)},
    )
    for kind, operation_id, request, response in [
        ("containers", "CreateContainersQuote", "DrayageQuoteRequest", "DrayageQuoteResponse"),
        ("pallets", "CreatePalletsQuote", "QuoteRequest", "LtlQuoteResponse"),
        ("trucks", "CreateTruckQuote", "QuoteRequest", "FtlQuoteResponse"),
    ]:
        op(
            "POST",
            f"/freight/quotes/{kind}",
            operation_id,
            f"Request a {response.removesuffix('QuoteResponse').upper()} quote",
            request_body=json_body(ref(request)),
            responses={"200": json_response(ref(response))},
        )
    op(
        "GET",
        "/freight/quotes/{quoteId}",
        "GetQuote",
        "Get a freight quote",
        parameters=[path_param("quoteId", number_id)],
        responses={"200": json_response(ref("QuoteResponse"))},
    )
    op(
        "GET",
        "/freight/tracking_events/{bolId}",
        "GetBolTracking",
        "Tracking events of a bill of lading",
        parameters=[path_param("bolId")],
        responses={"200": json_response(ref("FreightTrackingInfo"))},
        # The client also accepts an X-Shopify-Access-Token API key here; the shared security
        # schemes have only BEARER, so the alternative is recorded, not declared.
        extra={"x-alternative-auth": "X-Shopify-Access-Token header (Ruby client: TOKEN scheme)"},
    )
