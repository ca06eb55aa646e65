"""Inbounds: inbound shipments, their documents and freight quotes; (2025-03) warehouse lists.

Sources, per version:
- unstable: Ruby client docs/InboundsApi.md, the model docs and model files (JSON names, required
  lists, bounds, enums, query names ``shipmentIds``/``shippingOption``/``documentOption``).
- 2023-07, 2023-10, 2024-04: stored Inbounds pages show "Create a shipment" first, with the
  InboundAddress body (bounds, CountryCode enum). 2025-03: the stored page shows "Get a list of
  storage warehouses" first (no path), answering an array of InboundAddress-shaped objects.
- Release notes (seed 000): 2023-10 shippingPlanName and shippingPlanExternalId on create and on
  get/list; 2024-01 direct shipments readable (no schema change shown); 2025-03 getStorageWarehouses,
  get_inbounds_warehouses, reserve-storage shipments and per-package sellerLPNs on create;
  unstable section: getInboundsWarehouses (not in the Ruby client, which is older).

operationIds: unstable uses the client's names, version suffix included (CreateInboundingShipmentV4,
UpdateInboundingShipmentV3, ...). Docs anchors keep the suffix where it exists (the migration guide
links ``#tag/Inbounds/operation/GetTransferDocumentV2``), so every version keeps GetTransferDocumentV2
and the two ``...V2`` quote operations, which belong to the same generation. The V3/V4 suffixes on the
shipment operations track later revisions of those handlers (the V4 response is the one with
shippingPlanName, added in 2023-10), so a stable version's suffix is unknown: stable versions use the
unsuffixed names the inventory and release notes use. Matching across versions goes by method+path.

Component names: unstable keeps the client's names; stable versions drop the ``Unstable``/``V3``/``V4``
markers from the request/response models (never shown for a stable version). Names the stable pages
do show (InboundAddress, CountryCode) are used everywhere.
"""

from __future__ import annotations

from scripts.reconstruct.builder import (
    Confidence,
    Schema,
    SpecBuilder,
    V,
    array,
    enum,
    json_body,
    json_response,
    obj,
    path_param,
    query,
)
from scripts.reconstruct.tags.products import COUNTRY_CODES

RUBY = "atlas-llc/flexport-ruby-api docs/InboundsApi.md"
NOTES = "seed 000 release notes"
PAGE = "docs.logistics-api.flexport.com/{v}/tag/Inbounds (page start: {op})"
CREATE_PAGES = {"2023-07", "2023-10", "2024-04"}
FIELD_PAGING = "research/field-facts.md §1.2 (field code pages /inbounds/shipments by limit/offset, max 100)"

READ = ["read_logistics_inbounds"]
WRITE = ["write_logistics_inbounds"]

STATUSES = [
    "PENDING",
    "READY_TO_SHIP",
    "IN_TRANSIT",
    "ARRIVED",
    "PREPARING_FOR_DISTRIBUTION",
    "IN_PREP",
    "FORWARDING",
    "RECEIVING",
    "COMPLETED",
]
SHIPPING_OPTIONS = [
    "SPD_EXTERNAL",
    "FREIGHT_EXTERNAL",
    "LTL_EXTERNAL",
    "LTL_INTERNAL",
    "FTL_INTERNAL",
    "SPD_INTERNAL",
]
NETWORK_SHIPPING_OPTIONS = [
    "SPD",
    "SPD_EXTERNAL",
    "LTL",
    "LTL_DELIVERR",
    "FTL_DELIVERR",
    "LTL_EXTERNAL",
    "FTL_EXTERNAL",
]
RATE_METHODS = ["CHEAPEST", "FASTEST", "ERROR", "RACE"]

NUMBER = {"type": "number", "format": "double"}
DATETIME = {"type": "string", "format": "date-time"}


def _name(v: V, stable: str, unstable: str) -> str:
    return unstable if v.is_unstable else stable


def _op_id(v: V, base: str, suffix: str) -> str:
    return base + suffix if v.is_unstable else base


def _carried(v: V, *extra: str) -> tuple[Confidence, list[str]]:
    if v.is_unstable:
        return "seen", [RUBY]
    return "inferred", [RUBY + " (unstable; carried over)", *extra]


def _address(spec: SpecBuilder) -> Schema:
    country = spec.schema("CountryCode", enum(COUNTRY_CODES))
    line = {"type": "string", "maxLength": 255}
    short = {"type": "string", "maxLength": 30}
    return spec.schema(
        "InboundAddress",
        obj(
            {
                "address1": {**line, "description": "Street address or PO box."},
                "address2": {**line, "description": "Apartment, suite or unit."},
                "city": line,
                "company": line,
                "countryCode": country,
                "name": line,
                "firstName": line,
                "lastName": line,
                "phone": {"type": "string", "description": "E.164, e.g. +16135551111."},
                "provinceCode": {**short, "description": "Region code, e.g. QC."},
                "zip": short,
            },
            required=["address1", "city", "countryCode", "provinceCode", "zip"],
        ),
    )


def _measured(spec: SpecBuilder) -> dict[str, Schema]:
    """The package measurement fields shared by package inputs and outputs."""
    length_unit = spec.schema("LengthUnit", enum(["in", "cm", "mm", "m"]))
    weight_unit = spec.schema("WeightUnit", enum(["oz", "kg", "lb", "g"]))
    positive = {**NUMBER, "minimum": 0.01}
    return {
        "length": positive,
        "width": positive,
        "height": positive,
        "weight": positive,
        "dimensionUnit": length_unit,
        "weightUnit": weight_unit,
    }


def build(spec: SpecBuilder) -> None:
    v = spec.v
    plan_fields = v.since("2023-10")
    address = _address(spec)
    measured = _measured(spec)

    item = spec.schema(
        _name(v, "ItemData", "ItemDataUnstable"),
        obj(
            {"logisticsSku": {"type": "string"}, "quantity": {"type": "integer"}},
            required=["logisticsSku", "quantity"],
        ),
    )
    package_props: dict[str, Schema] = {
        **measured,
        "items": array(item),
        "numberOfIdenticalPkgs": NUMBER,
    }
    if v.since("2025-03", unstable=False):
        # Release note: "Allow specifying sellerLPNs for each package". Shape not shown.
        package_props["sellerLPNs"] = array(
            {"type": "string"}, description="Seller license-plate numbers for these packages."
        )
    package_in = spec.schema(
        _name(v, "PackageInput", "PackageInputUnstable"),
        obj(package_props, required=["items", "numberOfIdenticalPkgs"]),
    )
    prep = spec.schema(
        "PrepRequestData",
        obj({"boxContentLabels": {"type": "boolean"}}, required=["boxContentLabels"]),
    )

    create_props: dict[str, Schema] = {
        "from": address,
        "items": array(item),
        "packages": array(package_in),
        "prep": prep,
    }
    if plan_fields:
        create_props["shippingPlanExternalId"] = {
            "type": "string",
            "description": "Your id for the shipping plan, to link other systems.",
        }
        create_props["shippingPlanName"] = {
            "type": "string",
            "description": "Name shown in the Flexport Portal.",
        }
    create_request = spec.schema(
        _name(v, "CreateInboundShipmentRequest", "CreateInboundShipmentRequestV4"),
        obj(create_props, required=["from", "prep"]),
    )

    # -- the shipment as returned -----------------------------------------------------------
    status = spec.schema("LogisticsInboundShipmentStatus", enum(STATUSES))
    addresses = spec.schema("AddressesOutput", obj({"to": address, "from": address}, required=["to", "from"]))
    counts = spec.schema(
        "CountsOutput",
        obj(
            {"sellable": NUMBER, "damaged": NUMBER, "expected": NUMBER},
            required=["sellable", "damaged", "expected"],
        ),
    )
    item_out = spec.schema(
        _name(v, "ItemOutput", "ItemOutputUnstable"),
        obj(
            {"logisticsSku": {"type": "string"}, "shipmentItemId": {"type": "string"}, "counts": counts},
            required=["logisticsSku", "shipmentItemId", "counts"],
        ),
    )
    package_out = spec.schema(
        _name(v, "PackageOutput", "PackageOutputUnstable"),
        obj(
            {
                **measured,
                "id": {"type": "string"},
                # (sic) the reference spells it "Identifer".
                "identicalPackageConfigIdentifer": {"type": "string"},
                "items": array(item),
            },
            required=["id", "items"],
        ),
    )
    window = spec.schema(
        "TimeWindow",
        obj(
            {"startTime": {"type": "string"}, "endTime": {"type": "string"}},
            required=["startTime", "endTime"],
        ),
    )
    pickup = spec.schema(
        "FreightPickupResponse",
        obj(
            {
                "id": NUMBER,
                "contactName": {"type": "string"},
                "contactPhone": {"type": "string"},
                "contactEmail": {"type": "string"},
                "liftGate": {"type": "boolean"},
                "pickupDate": DATETIME,
                "customerReferenceNumber": {"type": "string"},
                "facilityOperatingHours": window,
            },
            required=["id", "contactName", "contactPhone", "contactEmail", "pickupDate"],
        ),
    )
    pallet = spec.schema(
        "FreightPalletResponse",
        obj(
            {
                "id": NUMBER,
                "palletConfigId": {"type": "string"},
                "length": NUMBER,
                "width": NUMBER,
                "height": NUMBER,
                "dimensionUnit": {"type": "string"},
                "weight": NUMBER,
                "weightUnit": {"type": "string"},
            },
            required=["id", "length", "width", "height", "dimensionUnit", "weight", "weightUnit"],
        ),
    )
    freight = spec.schema("ShopifyFreightResponse", obj({"pickup": pickup, "pallets": array(pallet)}))

    def shipment_schema(name: str, with_plan: bool) -> Schema:
        props: dict[str, Schema] = {
            "id": {"type": "string"},
            "receivingId": {"type": "string"},
            "status": status,
            "addresses": addresses,
            "items": array(item_out),
            "packages": array(package_out),
            "arrivedAt": DATETIME,
            "completedAt": DATETIME,
            "freight": freight,
            "prep": prep,
            "shippingPlanId": {"type": "string"},
        }
        if with_plan:
            props["shippingPlanExternalId"] = {"type": "string"}
            props["shippingPlanName"] = {"type": "string"}
        return spec.schema(
            name,
            obj(
                props,
                required=["id", "receivingId", "status", "addresses", "prep", "shippingPlanId"],
            ),
        )

    shipment = shipment_schema(_name(v, "InboundShipmentResponse", "InboundShipmentResponseV4"), plan_fields)
    # The unstable client answers updates with the older V3 shape (no shipping-plan fields).
    updated = shipment_schema("InboundShipmentResponseV3", False) if v.is_unstable else shipment

    shipment_id = path_param("shipmentId", {"type": "integer"})

    # -- create ---------------------------------------------------------------------------
    conf: Confidence
    if v.id in CREATE_PAGES:
        conf = "seen"
        sources = [PAGE.format(v=v.id, op="Create a shipment"), RUBY + " (unstable: full body)"]
    else:
        conf, sources = _carried(v)
    if plan_fields and not v.is_unstable:
        sources.append(NOTES + " 2023-10 (shippingPlanName, shippingPlanExternalId)")
    if v.since("2025-03", unstable=False):
        sources.append(NOTES + " 2025-03 (reserve storage, sellerLPNs per package)")
    spec.operation(
        tag="Inbounds",
        method="POST",
        path="/inbounds/shipments",
        operation_id=_op_id(v, "CreateInboundingShipment", "V4"),
        summary="Create a shipment",
        scopes=WRITE,
        confidence=conf,
        sources=sources,
        request_body=json_body(create_request),
        responses={"200": json_response(shipment, "Ok")},
    )

    # -- read -----------------------------------------------------------------------------
    read_notes = []
    if plan_fields and not v.is_unstable:
        read_notes.append(NOTES + " 2023-10 (shipping-plan fields returned)")
    if v.since("2024-01", unstable=False):
        read_notes.append(NOTES + " 2024-01 (direct shipments readable)")
    if v.since("2025-03", unstable=False):
        read_notes.append(NOTES + " 2025-03 (storage shipments readable)")
    conf, sources = _carried(v, *read_notes)
    list_params = [
        query(
            "shipmentIds",
            array({"type": "integer"}),
            required=True,
            style="form",
            explode=True,
            description="Ids of the shipments to return (repeat the parameter).",
        )
    ]
    list_sources = list(sources)
    if v.since("2024-01", unstable=False):
        # Never documented; field code pages this list by limit/offset, newest first, max 100.
        list_params += [
            query(
                "limit",
                {"type": "integer", "minimum": 1, "maximum": 100},
                description="Page size (at most 100); newest shipments first. Not documented.",
            ),
            query(
                "offset",
                {"type": "integer", "minimum": 0},
                description="Shipments to skip. Not documented.",
            ),
        ]
        list_sources.append(FIELD_PAGING + "; limit/offset inferred from 2024-01")
    spec.operation(
        tag="Inbounds",
        method="GET",
        path="/inbounds/shipments",
        operation_id=_op_id(v, "GetInboundingShipments", "V4"),
        summary="Get a list of shipments",
        scopes=READ,
        confidence=conf,
        sources=list_sources,
        parameters=list_params,
        responses={"200": json_response(array(shipment), "Ok")},
    )
    spec.operation(
        tag="Inbounds",
        method="GET",
        path="/inbounds/shipments/{shipmentId}",
        operation_id=_op_id(v, "GetInboundingShipment", "V4"),
        summary="Get a shipment",
        scopes=READ,
        confidence=conf,
        sources=sources,
        parameters=[shipment_id],
        responses={"200": json_response(shipment, "Ok")},
    )

    # -- update ---------------------------------------------------------------------------
    shipping_option = spec.schema("InboundShippingOption", enum(SHIPPING_OPTIONS))
    update_package = spec.schema(
        "UpdatePackageInput",
        obj(
            {
                **measured,
                "ids": array({"type": "string"}),
                "shippingProvider": {"type": "string"},
                "trackingNumber": {"type": "string"},
            },
            required=["ids"],
        ),
    )
    pallet_in = spec.schema(
        "PalletInput",
        obj(
            {
                "length": NUMBER,
                "width": NUMBER,
                "height": NUMBER,
                "dimensionUnit": {"type": "string"},
                "weight": NUMBER,
                "weightUnit": {"type": "string"},
                "numberOfIdenticalPallets": {"type": "integer"},
            },
            required=[
                "length",
                "width",
                "height",
                "dimensionUnit",
                "weight",
                "weightUnit",
                "numberOfIdenticalPallets",
            ],
        ),
    )
    pickup_in = spec.schema(
        "PickupInputV3",
        obj(
            {
                "readyDate": DATETIME,
                "facilityHoursStart": {"type": "string"},
                "facilityHoursEnd": {"type": "string"},
                "contactName": {"type": "string"},
                "contactPhone": {"type": "string"},
                "contactEmail": {"type": "string"},
                "liftGate": {"type": "boolean"},
                "customerReferenceNumber": {"type": "string"},
            },
            required=["readyDate", "contactName", "contactPhone", "contactEmail", "liftGate"],
        ),
    )
    freight_in = spec.schema(
        "UpdateFreightInputV3",
        obj(
            {
                "pallets": array(pallet_in),
                "pickup": pickup_in,
                "bolId": {"type": "string"},
                "shippingProvider": {"type": "string"},
                "proId": {"type": "string"},
                "estimatedShipDate": DATETIME,
            }
        ),
    )
    update_request = spec.schema(
        _name(v, "UpdateInboundShipmentRequest", "UpdateInboundShipmentRequestV3"),
        obj(
            {
                "from": address,
                "shippingOption": shipping_option,
                "packages": array(update_package),
                "freightDetails": freight_in,
                "packageTrackingNumber": {"type": "string"},
                "prep": prep,
                "createPackages": array(package_in),
            }
        ),
    )
    conf, sources = _carried(v)
    spec.operation(
        tag="Inbounds",
        method="PATCH",
        path="/inbounds/shipments/{shipmentId}/update",
        operation_id=_op_id(v, "UpdateInboundingShipment", "V3"),
        summary="Update a shipment",
        scopes=WRITE,
        confidence=conf,
        sources=sources,
        parameters=[shipment_id],
        request_body=json_body(update_request),
        responses={"200": json_response(updated, "Ok")},
    )

    # -- documents ------------------------------------------------------------------------
    document = spec.schema(
        "DocumentResponse",
        obj(
            {
                "ready": {"type": "boolean", "description": "False while the file is being made."},
                "url": {"type": "string", "description": "Where to download the document."},
            },
            required=["ready", "url"],
        ),
    )
    conf, sources = _carried(v, "seed 000 migration guide (links GetTransferDocumentV2)")
    spec.operation(
        tag="Inbounds",
        method="GET",
        path="/inbounds/shipments/{shipmentId}/document",
        operation_id="GetTransferDocumentV2",
        summary="Request a document for a shipment",
        scopes=READ,
        confidence=conf,
        sources=sources,
        parameters=[
            shipment_id,
            query(
                "documentOption",
                {"type": "string"},
                required=True,
                description="Which document (box content labels, shipping labels, bill of lading).",
            ),
            query("documentFormat", {"type": "string"}, required=True),
        ],
        responses={"200": json_response(document, "Ok")},
    )

    # -- quotes ---------------------------------------------------------------------------
    rate_error = spec.schema(
        "InboundExternalRateError",
        obj({"code": {"type": "string"}, "subcode": {"type": "string"}}),
    )
    rate_method = spec.schema("InboundRateShoppingMethod", enum(RATE_METHODS))
    network_option = spec.schema("NetworkInboundShippingOption", enum(NETWORK_SHIPPING_OPTIONS))
    with_purchased = spec.schema(
        "RateQuoteWithPurchased",
        obj(
            {
                "id": NUMBER,
                "rateShoppingMethod": rate_method,
                "amount": NUMBER,
                "fullAmount": NUMBER,
                "currency": {"type": "string"},
                "shippingProvider": {"type": "string"},
                "providerMethod": {"type": "string"},
                "purchased": {"type": "boolean"},
                "estimatedTimeOfArrival": DATETIME,
                "shippingOption": shipping_option,
            },
            required=[
                "id",
                "rateShoppingMethod",
                "amount",
                "currency",
                "shippingProvider",
                "providerMethod",
                "purchased",
                "estimatedTimeOfArrival",
                "shippingOption",
            ],
        ),
    )
    quote_result = spec.schema(
        "QuoteResultResponse",
        obj({"error": rate_error, "quotes": array(with_purchased)}, required=["quotes"]),
    )
    quote_fe = spec.schema(
        "InboundRateQuoteFE",
        obj(
            {
                "shippingOption": network_option,
                "rateShoppingMethod": rate_method,
                "amount": NUMBER,
                "fullAmount": NUMBER,
                "currency": {"type": "string"},
                "shippingProvider": {"type": "string"},
                "providerMethod": {"type": "string"},
                "externalEstimateDays": NUMBER,
                "externalEta": DATETIME,
                "id": NUMBER,
            },
            required=[
                "shippingOption",
                "rateShoppingMethod",
                "amount",
                "currency",
                "shippingProvider",
                "providerMethod",
                "externalEstimateDays",
                "externalEta",
                "id",
            ],
        ),
    )
    quote_started = spec.schema(
        "InboundRateQuoteResult",
        obj({"quotes": array(quote_fe), "error": rate_error}, required=["quotes"]),
    )
    transaction = spec.schema(
        "InboundRateTransactionNetwork",
        obj(
            {
                "quoteId": NUMBER,
                "shippingOption": network_option,
                "rateShoppingMethod": rate_method,
                "amount": NUMBER,
                "currency": {"type": "string"},
                "shippingProvider": {"type": "string"},
                "providerMethod": {"type": "string"},
                "externalEstimateDays": NUMBER,
                "externalEta": DATETIME,
            },
            required=[
                "quoteId",
                "shippingOption",
                "rateShoppingMethod",
                "amount",
                "currency",
                "shippingProvider",
                "providerMethod",
                "externalEstimateDays",
                "externalEta",
            ],
        ),
    )
    buy_started = spec.schema(
        "InboundRateBuyResultV2",
        obj({"transactions": array(transaction), "error": rate_error}, required=["transactions"]),
    )
    purchase = spec.schema(
        "PurchaseQuotesRequest",
        obj({"quoteIds": array({"type": "integer"})}, required=["quoteIds"]),
    )
    option_param = query("shippingOption", shipping_option)

    conf, sources = _carried(v)
    spec.operation(
        tag="Inbounds",
        method="POST",
        path="/inbounds/shipments/{shipmentId}/quotes",
        operation_id="InitQuoteProcessForInboundingShipmentV2",
        summary="Start an asynchronous quote request for a shipment",
        scopes=WRITE,
        confidence=conf,
        sources=sources,
        parameters=[shipment_id, option_param],
        responses={"200": json_response(quote_started, "Ok")},
    )
    spec.operation(
        tag="Inbounds",
        method="GET",
        path="/inbounds/shipments/{shipmentId}/quotes",
        operation_id="GetInboundingShipmentQuoteResult",
        summary="Get quotes for a shipment",
        scopes=READ,
        confidence=conf,
        sources=sources,
        parameters=[shipment_id, option_param],
        responses={"200": json_response(quote_result, "Ok")},
    )
    spec.operation(
        tag="Inbounds",
        method="POST",
        path="/inbounds/shipments/{shipmentId}/quotes/buy",
        operation_id="InitQuotePurchaseProcessForInboundingShipmentV2",
        summary="Start an asynchronous purchase of quotes for a shipment",
        scopes=WRITE,
        confidence=conf,
        sources=sources,
        parameters=[shipment_id],
        request_body=json_body(purchase),
        responses={"200": json_response(buy_started, "Ok")},
    )
    spec.operation(
        tag="Inbounds",
        method="GET",
        path="/inbounds/shipments/{shipmentId}/quotes/buy",
        operation_id="GetInboundingShipmentQuotePurchaseResult",
        summary="Get the quotes bought for a shipment",
        scopes=READ,
        confidence=conf,
        sources=sources,
        parameters=[shipment_id, option_param],
        responses={"200": json_response(quote_result, "Ok")},
    )

    # -- warehouse lists ------------------------------------------------------------------
    # No path was ever shown for either operation. Both sit under /inbounds (the tag's prefix) and
    # follow the /warehouses/active pattern of the Warehouses tag: resource first, then qualifier.
    if v.since("2025-03", unstable=False):
        seen_here = v.id == "2025-03"
        spec.operation(
            tag="Inbounds",
            method="GET",
            path="/inbounds/warehouses/storage",
            operation_id="GetStorageWarehouses",
            summary="Get a list of storage warehouses",
            scopes=READ,
            confidence="seen" if seen_here else "inferred",
            sources=[
                PAGE.format(v="2025-03", op="Get a list of storage warehouses; path not shown"),
                NOTES + " 2025-03 (getStorageWarehouses)",
                "path inferred",
            ],
            responses={"200": json_response(array(address), "Ok")},
        )
    if v.since("2025-03", unstable=True):
        spec.operation(
            tag="Inbounds",
            method="GET",
            path="/inbounds/warehouses",
            operation_id="GetInboundsWarehouses",
            summary="Get storage warehouses and fulfillment centers",
            scopes=READ,
            confidence="inferred",
            sources=[
                NOTES
                + (
                    " unstable (getInboundsWarehouses)"
                    if v.is_unstable
                    else " 2025-03 (get_inbounds_warehouses)"
                ),
                "path, filters and item shape inferred (items as for GetStorageWarehouses)",
            ],
            responses={"200": json_response(array(address), "Ok")},
        )
