"""Parcels: labels, quotes, tracking, cancellation, bulk jobs and (2025-03) master cartons.

Sources, per version:
- unstable: Ruby client docs/ParcelsApi.md plus the model files (JSON names, required lists, bounds,
  enums). Its models predate the 2023-10 and 2024-04 response fields: ``Parcel`` and
  ``ParcelTracking`` carry neither ``flexportTrackingUrl`` nor ``carrierBarcode``, while the create
  request already has ``customsInformation``, ``customLabelFooterFields`` and ``isReturn``. Unstable
  is built exactly as the client shows it, and it has no master-carton operations.
- 2023-04, 2023-07, 2024-01, 2024-04: stored Parcels pages show "Create a parcel" first, with its
  list of error codes (research/inventory; docs search). The other operations are carried from the
  unstable client and dated by the release notes (seed 000):
  2023-07 GetParcelTrackingByTrackingCode, CancelParcel; 2023-10 customsInformation,
  customLabelFooterFields, flexportTrackingUrl; 2024-04 bulk jobs, carrierBarcode, flexportTrackingUrl
  as a URL, isReturn; 2025-03 createMasterCarton, linkMasterCarton (paths and bodies never shown).

operationIds: unstable uses the client's names (CreateParcelV3, GetParcelQuoteV2). Stable versions
use the unsuffixed names, as the release notes do ("createParcel", "getParcel", ...); docs anchors
for these operations were never visible, so the suffix of a stable version is unknown.
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
)
from scripts.reconstruct.tags.products import COUNTRY_CODES

RUBY = "atlas-llc/flexport-ruby-api docs/ParcelsApi.md"
NOTES = "seed 000 release notes"
PAGE = "docs.logistics-api.flexport.com/{v}/tag/Parcels (page start: Create a parcel)"
PAGES_SEEN = {"2023-04", "2023-07", "2024-01", "2024-04"}

READ = ["read_logistics_parcels"]
WRITE = ["write_logistics_parcels"]

CREATE_ERRORS = [
    "SELLER_NOT_FOUND",
    "INVALID_INJECTION_LOCATION",
    "EXCEEDS_MAX_DIMENSIONS",
    "INVALID_DESTINATION_ADDRESS",
    "CUSTOMS_INFORMATION_REQUIRED",
    "FAILED_TO_DETERMINE_ZONE",
    "SERVICE_LEVEL_UNSUPPORTED_FOR_DESTINATION",
    "SERVICE_LEVEL_NOT_CONFIGURED",
    "RETURNS_UNSUPPORTED",
]


def _carried(v: V, note: str | None = None) -> tuple[Confidence, list[str]]:
    """Confidence and sources for an operation known from the unstable client."""
    if v.is_unstable:
        return "seen", [RUBY]
    sources = [RUBY + " (unstable; carried over)"]
    if note:
        sources.append(note)
    return "inferred", sources


def _address(spec: SpecBuilder) -> Schema:
    # Same facts as the 2023-10 Events page (seed 004) and the Ruby model.
    return spec.schema(
        "DeliverrAddress",
        obj(
            {
                "name": {"type": "string"},
                "company": {"type": "string"},
                "street1": {"type": "string"},
                "street2": {"type": "string"},
                "city": {"type": "string"},
                "zip": {"type": "string"},
                "state": {"type": "string"},
                "country": {"type": "string"},
                "phone": {"type": "string"},
                "email": {"type": "string"},
                "isResidential": {"type": "boolean"},
            },
            required=["name", "street1", "city", "zip", "state", "country"],
        ),
    )


def _dimensions(spec: SpecBuilder) -> Schema:
    length_unit = spec.schema("LengthUnit", enum(["in", "cm", "mm", "m"]))
    weight_unit = spec.schema("WeightUnit", enum(["oz", "kg", "lb", "g"]))
    number = {"type": "number", "format": "double"}
    return spec.schema(
        "ParcelDimensions",
        obj(
            {
                "height": number,
                "length": number,
                "lengthUnit": length_unit,
                "weight": number,
                "weightUnit": weight_unit,
                "width": number,
            },
            required=["height", "length", "lengthUnit", "weight", "weightUnit", "width"],
        ),
    )


def _create_fields(spec: SpecBuilder, v: V) -> dict[str, Schema]:
    """Fields of the create-parcel request, in the reference's order, for this version."""
    address = _address(spec)
    label_format = spec.schema("ShippingLabelFormat", enum(["PNG", "ZPL203"]))
    # The reference types labelFormat as "ShippingLabelFormat or any string".
    label_format_any = spec.schema("ShippingLabelFormatParcel", {"anyOf": [label_format, {"type": "string"}]})
    fields: dict[str, Schema] = {
        "customerParcelId": {"type": "string"},
        "serviceLevel": {"type": "string"},
        "injectionLocation": {"type": "string"},
        "shipToAddress": address,
        "returnAddress": address,
        "skipAddressValidation": {"type": "boolean"},
        "pickupDateTime": {"type": "string", "format": "date-time"},
        "dimensions": _dimensions(spec),
        "customerCustomField": {"type": "string"},
        "labelFormat": label_format_any,
    }
    if v.since("2024-04"):
        fields["isReturn"] = {"type": "boolean", "description": "Create a return label."}
    fields["marketplace"] = {"type": "string"}
    if v.since("2023-10"):
        footer = {"type": "string", "minLength": 1, "maxLength": 25}
        fields["customLabelFooterFields"] = spec.schema(
            "CustomLabelFooterFields",
            obj(
                {
                    "customLabelFooter1": {**footer, "description": "Text for the label footer."},
                    "customLabelFooter2": {**footer, "description": "Second footer line."},
                },
                required=["customLabelFooter1"],
            ),
        )
        country = spec.schema("CountryCode", enum(COUNTRY_CODES))
        weight_unit = spec.schema("WeightUnit", enum(["oz", "kg", "lb", "g"]))
        number = {"type": "number", "format": "double"}
        item = spec.schema(
            "ParcelCustomsInformationItems",
            obj(
                {
                    "code": {"type": "string"},
                    "description": {"type": "string"},
                    "quantity": number,
                    "weight": number,
                    "weightUnit": weight_unit,
                    "value": number,
                    "hsTariffCode": {"type": "string"},
                    "originCountry": country,
                },
                required=[
                    "code",
                    "description",
                    "quantity",
                    "weight",
                    "weightUnit",
                    "value",
                    "hsTariffCode",
                    "originCountry",
                ],
            ),
        )
        fields["customsInformation"] = spec.schema(
            "ParcelCustomsInformation",
            obj({"customsItems": array(item)}, required=["customsItems"]),
        )
    return fields


def _tracking_url_field(v: V) -> Schema:
    schema: Schema = {"type": "string", "description": "Tracks the parcel end to end via Flexport."}
    if v.since("2024-04"):
        schema["format"] = "uri"
    return schema


def build(spec: SpecBuilder) -> None:
    v = spec.v
    create_fields = _create_fields(spec, v)
    create_name = "CreateParcelRequestUnstable" if v.is_unstable else "CreateParcelRequest"
    create_request = spec.schema(create_name, obj(create_fields, required=["shipToAddress", "dimensions"]))
    status = spec.schema("ParcelApiStatus", enum(["ERROR", "OK"]))
    number = {"type": "number", "format": "double"}

    parcel_props: dict[str, Schema] = {
        "carrierCode": {"type": "string"},
        "customerCustomField": {"type": "string"},
        "customerReferenceId": {"type": "string"},
        "packageTrackingUrl": {"type": "string"},
        "parcelId": {"type": "string", "description": "Id returned when the label is bought."},
        "price": number,
        "serviceLevel": {"type": "string"},
        "shippingLabelUrl": {"type": "string", "description": "Download link for the label."},
        "status": status,
        "trackingCode": {"type": "string"},
    }
    if not v.is_unstable:
        if v.since("2023-10"):
            parcel_props["flexportTrackingUrl"] = _tracking_url_field(v)
        if v.since("2024-04"):
            parcel_props["carrierBarcode"] = {"type": "string"}
    parcel = spec.schema(
        "Parcel",
        obj(
            parcel_props,
            required=[
                "carrierCode",
                "packageTrackingUrl",
                "parcelId",
                "price",
                "serviceLevel",
                "shippingLabelUrl",
                "status",
                "trackingCode",
            ],
        ),
    )

    datetime = {"type": "string", "format": "date-time"}
    timestamps = spec.schema(
        "TrackingResultTimestamps",
        obj(
            {
                "arrivalScanTime": datetime,
                "attemptedDeliveryTime": datetime,
                "deliveryTime": datetime,
                "estimatedDeliveryTime": datetime,
                "facilityTime": datetime,
                "labelTime": datetime,
                "lastTrackingEventTime": datetime,
                "lastTrackingIngestionTime": datetime,
            }
        ),
    )
    expired = spec.schema(
        "ExpiredTrackingData",
        obj(
            {
                "labelId": {"type": "string"},
                "packageTrackingUrl": {"type": "string"},
                "shippingLabelUrl": {"type": "string"},
                "shippingMethod": {"type": "string"},
                "trackingCode": {"type": "string"},
            }
        ),
    )
    # "Maybe" wrappers in the reference: the value or null.
    maybe_timestamps = spec.schema("MaybeTrackingResultTimestamps", {"allOf": [timestamps], "nullable": True})
    maybe_expired = spec.schema("MaybeExpiredTrackingData", {"allOf": [expired], "nullable": True})
    tracking_props: dict[str, Schema] = {
        "carrierCode": {"type": "string"},
        "customerCustomField": {"type": "string"},
        "customerReferenceId": {"type": "string"},
        "errorMessage": {"type": "string"},
        "errors": {"type": "string"},
        "eventTimestamps": maybe_timestamps,
        "expiredTrackingData": array(maybe_expired),
        "packageTrackingUrl": {"type": "string"},
        "parcelId": {"type": "string"},
        "shippingLabelUrl": {"type": "string"},
        "status": {"type": "string"},
        "trackingCode": {"type": "string"},
    }
    if not v.is_unstable:
        if v.since("2023-10"):
            tracking_props["flexportTrackingUrl"] = _tracking_url_field(v)
        if v.since("2024-04"):
            tracking_props["carrierBarcode"] = {"type": "string"}
    tracking = spec.schema("ParcelTracking", obj(tracking_props))

    parcel_id = path_param("parcelId", {"type": "string"})

    # -- create ---------------------------------------------------------------------------
    conf: Confidence
    if v.id in PAGES_SEEN:
        conf, sources = "seen", [PAGE.format(v=v.id), RUBY + " (unstable: fields)"]
    else:
        conf, sources = _carried(v)
    if not v.is_unstable and v.since("2023-10"):
        sources.append(NOTES + " 2023-10 (customs, footer, flexportTrackingUrl)")
    if not v.is_unstable and v.since("2024-04"):
        sources.append(NOTES + " 2024-04 (isReturn, carrierBarcode, URL type)")
    spec.operation(
        tag="Parcels",
        method="POST",
        path="/parcels",
        operation_id="CreateParcelV3" if v.is_unstable else "CreateParcel",
        summary="Create a parcel",
        scopes=WRITE,
        confidence=conf,
        sources=sources,
        request_body=json_body(create_request),
        responses={"200": json_response(parcel, "Ok")},
        extra={
            "description": "Buys a label for one parcel. Failure reasons: " + ", ".join(CREATE_ERRORS) + "."
        },
    )

    # -- quote ----------------------------------------------------------------------------
    quote_request = spec.schema(
        "CreateQuoteRequest",
        obj(
            {
                "serviceLevel": {"type": "string"},
                "injectionLocation": {"type": "string"},
                "shipToAddress": create_fields["shipToAddress"],
                "dimensions": create_fields["dimensions"],
            },
            required=["serviceLevel", "shipToAddress", "dimensions"],
        ),
    )
    quote = spec.schema(
        "ParcelQuoteResponse",
        obj(
            {
                "price": number,
                "serviceLevel": {"type": "string"},
                "billedWeightLbs": number,
                "dimensions": create_fields["dimensions"],
                "warnings": array({"type": "string"}),
            },
            required=["price", "serviceLevel", "billedWeightLbs", "dimensions", "warnings"],
        ),
    )
    conf, sources = _carried(v, "no release note dates it; assumed since 2023-04")
    spec.operation(
        tag="Parcels",
        method="POST",
        path="/parcels/quote",
        operation_id="GetParcelQuoteV2" if v.is_unstable else "GetParcelQuote",
        summary="Get a parcel quote",
        scopes=READ,
        confidence=conf,
        sources=sources,
        request_body=json_body(quote_request),
        responses={"200": json_response(quote, "Ok")},
    )

    # -- read -----------------------------------------------------------------------------
    conf, sources = _carried(v)
    spec.operation(
        tag="Parcels",
        method="GET",
        path="/parcels/{parcelId}",
        operation_id="GetParcel",
        summary="Get a parcel by id",
        scopes=READ,
        confidence=conf,
        sources=sources,
        parameters=[parcel_id],
        responses={"200": json_response(parcel, "Ok")},
    )
    spec.operation(
        tag="Parcels",
        method="GET",
        path="/parcels/{parcelId}/tracking",
        operation_id="GetParcelTracking",
        summary="Get a parcel's tracking by parcel id",
        scopes=READ,
        confidence=conf,
        sources=sources,
        parameters=[parcel_id],
        responses={"200": json_response(tracking, "Ok")},
    )
    spec.operation(
        tag="Parcels",
        method="GET",
        path="/parcels/{parcelId}/tracking_url",
        operation_id="GetTrackingUrl",
        summary="Get the tracking URL for a parcel",
        scopes=READ,
        confidence=conf,
        sources=[*sources] if v.is_unstable else [*sources, "no release note dates it"],
        parameters=[parcel_id],
        responses={"200": json_response({"type": "string"}, "Ok")},
    )

    # -- 2023-07: tracking by carrier code, cancel ---------------------------------------
    if v.since("2023-07"):
        conf, sources = _carried(v, NOTES + " 2023-07")
        spec.operation(
            tag="Parcels",
            method="GET",
            path="/parcels/tracking/{trackingCode}",
            operation_id="GetParcelTrackingByTrackingCode",
            summary="Get a parcel's tracking by carrier tracking code",
            scopes=READ,
            confidence=conf,
            sources=sources,
            parameters=[path_param("trackingCode", {"type": "string"})],
            responses={"200": json_response(tracking, "Ok")},
        )
        cancel = spec.schema(
            "CancelParcelRequest", obj({"parcelId": {"type": "string"}}, required=["parcelId"])
        )
        spec.operation(
            tag="Parcels",
            method="POST",
            path="/parcels/cancel",
            operation_id="CancelParcel",
            summary="Cancel a parcel",
            scopes=WRITE,
            confidence=conf,
            # The client expects no body back; the exact success status was never shown.
            sources=[*sources, "success status 204 inferred (empty body)"],
            request_body=json_body(cancel),
            responses={"204": json_response(None, "No content")},
        )

    # -- 2024-04: bulk jobs ---------------------------------------------------------------
    if v.since("2024-04"):
        conf, sources = _carried(v, NOTES + " 2024-04")
        bulk_fields = {
            "customerParcelId": create_fields["customerParcelId"],
            "serviceLevel": create_fields["serviceLevel"],
            "injectionLocation": create_fields["injectionLocation"],
            "shipToAddress": create_fields["shipToAddress"],
            "returnAddress": create_fields["returnAddress"],
            "skipAddressValidation": create_fields["skipAddressValidation"],
            "pickupDateTime": create_fields["pickupDateTime"],
            "dimensions": create_fields["dimensions"],
            "customerCustomField": create_fields["customerCustomField"],
            "labelFormat": create_fields["labelFormat"],
            "isReturn": create_fields["isReturn"],
            "marketplace": create_fields["marketplace"],
            "customLabelFooterFields": create_fields["customLabelFooterFields"],
            "customsInformation": create_fields["customsInformation"],
            "integrationChannel": {"type": "string"},
            "packslipNotes": {"type": "string"},
        }
        bulk_parcel = spec.schema(
            "BulkParcelRequest",
            obj(bulk_fields, required=["serviceLevel", "shipToAddress", "dimensions"]),
        )
        bulk_request = spec.schema(
            "BulkParcelJobRequest",
            obj(
                {"parcels": array(bulk_parcel), "packslipRequired": {"type": "boolean"}},
                required=["parcels", "packslipRequired"],
            ),
        )
        job_parcel = spec.schema(
            "BulkParcelJobParcel",
            obj(
                {
                    "integrationChannelParcelId": {"type": "string"},
                    "trackingNumber": {"type": "string"},
                    "carrierCode": {"type": "string"},
                    "shipDate": datetime,
                    "parcelStatus": {"type": "string"},
                    "errorMessages": {"type": "string"},
                },
                required=[
                    "integrationChannelParcelId",
                    "trackingNumber",
                    "carrierCode",
                    "shipDate",
                    "parcelStatus",
                    "errorMessages",
                ],
            ),
        )
        job = spec.schema(
            "BulkParcelJobResponse",
            obj(
                {
                    "jobId": number,
                    "status": {"type": "string"},
                    "labelsUrl": {"type": "string"},
                    "parcels": array(job_parcel),
                },
                required=["jobId", "status"],
            ),
        )
        spec.operation(
            tag="Parcels",
            method="POST",
            path="/parcels/jobs",
            operation_id="CreateBulkParcelJob",
            summary="Create a bulk parcel job",
            scopes=WRITE,
            confidence=conf,
            sources=sources,
            request_body=json_body(bulk_request),
            responses={"200": json_response(job, "Ok")},
        )
        spec.operation(
            tag="Parcels",
            method="GET",
            path="/parcels/jobs/{id}",
            operation_id="GetBulkParcelJob",
            summary="Get a bulk parcel job by id",
            scopes=READ,
            confidence=conf,
            sources=sources,
            parameters=[path_param("id", {"type": "number", "format": "double"})],
            responses={"200": json_response(job, "Ok")},
        )

    # -- 2025-03: master cartons (stable only; not in the unstable client) ----------------
    if v.since("2025-03", unstable=False):
        _master_cartons(spec)


def _master_cartons(spec: SpecBuilder) -> None:
    """createMasterCarton / linkMasterCarton: only the release-note sentences are known.

    Paths follow the tag's style (``/parcels/jobs``, ``/parcels/cancel``, snake_case segments as in
    ``tracking_url``); bodies hold just what the notes name: labels created in bulk, and one master
    carton barcode linked to a list of parcel tracking codes.
    """
    sources = [
        NOTES + " 2025-03 (createMasterCarton: master carton labels in bulk)",
        "path and body inferred; never shown",
    ]
    request = spec.schema(
        "CreateMasterCartonRequest",
        obj(
            {"quantity": {"type": "integer", "minimum": 1, "description": "Labels to create."}},
            required=["quantity"],
        ),
    )
    label = spec.schema(
        "MasterCarton",
        obj(
            {
                "barcode": {"type": "string", "description": "Master carton barcode."},
                "labelUrl": {"type": "string", "description": "Download link for the label."},
            },
            required=["barcode"],
        ),
    )
    spec.operation(
        tag="Parcels",
        method="POST",
        path="/parcels/master_cartons",
        operation_id="CreateMasterCarton",
        summary="Create master carton labels in bulk",
        scopes=WRITE,
        confidence="inferred",
        sources=sources,
        request_body=json_body(request),
        responses={"200": json_response(array(label), "Ok")},
    )
    link = spec.schema(
        "LinkMasterCartonRequest",
        obj(
            {
                "masterCartonBarcode": {"type": "string"},
                "trackingCodes": array({"type": "string"}, minItems=1),
            },
            required=["masterCartonBarcode", "trackingCodes"],
        ),
    )
    spec.operation(
        tag="Parcels",
        method="POST",
        path="/parcels/master_cartons/link",
        operation_id="LinkMasterCarton",
        summary="Link a master carton barcode to parcel tracking codes",
        scopes=WRITE,
        confidence="inferred",
        sources=[
            NOTES + " 2025-03 (linkMasterCarton: barcode to list of tracking codes)",
            "method, path and body inferred; never shown",
        ],
        request_body=json_body(link),
        responses={"204": json_response(None, "No content")},
    )
