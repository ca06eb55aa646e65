"""Reports: GenerateReport (POST /reports) and GetReportStatus (GET /reports/{reportReference}).

No stored docs page exists for Reports in any version. Everything comes from the unstable Ruby
client (atlas-llc/flexport-ruby-api docs/ReportsApi.md, Report*.md, lib/.../seller_report_type.rb
for the enum values); the stable versions carry it back to 2023-04 because no release note adds
or changes reports, and the migration guide (seed 000) says the report endpoints map one-to-one
from the Deliverr API, which the 2023-04 release replaced.
"""

from __future__ import annotations

from scripts.reconstruct.builder import (
    Confidence,
    SpecBuilder,
    enum,
    json_body,
    json_response,
    obj,
    path_param,
)

RUBY = "atlas-llc/flexport-ruby-api docs/ReportsApi.md"

# Values as the unstable client lists them. Which of them older stable versions accept is unknown.
REPORT_TYPES = [
    "Billing-Invoices",
    "Billing-Credits_Balance",
    "Inbounds-Packages",
    "Orders-All_Orders",
    "Orders-Shipments",
    "Inventory-Levels_Today",
    "Inventory-Ecommerce_Transaction_History",
    "Inventory-Units_In_Long_Term_Storage",
    "Inventory-Ecommerce_Monthly_Reconciliation",
    "Inbounds-Monthly_Reconciliation",
    "Inbounds-Shipping_Plan_Reconciliation",
    "Inbounds-Inventory_Reconciliation",
    "Products-All_SKUs_With_Alias_Counts",
    "Products-Available_SKUs_With_No_Aliases",
    "Products-Available_SKUs_With_Alias_Counts",
    "Products-SKUs_With_Linked_Aliases",
    "Returns-All_Returns",
    "Returns-All_SKUs",
    "Claims-Claims_Submitted",
    "Pricing-Fulfillment_Fees",
    "Incident-Impact_Report",
    "Transfers-All_Transfers",
    "Reserve-Storage-Pallet-Inventory",
    "Reserve-Storage-Orders_And_Transfers",
    "Inventory-Lot_Tracking_FEFO_Single_Product",
    "Inventory-Lot_Tracking_FEFO_All_Products",
    "Parcel-All_Parcels",
]


def build(spec: SpecBuilder) -> None:
    v = spec.v
    report_type = spec.schema("SellerReportType", enum(REPORT_TYPES))
    request = spec.schema(
        "ReportGenerationRequest",
        obj(
            {
                "reportType": report_type,
                "startDate": {"type": "string", "format": "date-time", "description": "First day of data."},
                "endDate": {"type": "string", "format": "date-time", "description": "Last day of data."},
            },
            ["reportType"],
        ),
    )
    generated = spec.schema(
        "ReportGenerationResponse",
        obj(
            {"reportReference": {"type": "string", "description": "Poll GetReportStatus with this."}},
            ["reportReference"],
        ),
    )
    status = spec.schema(
        "ReportStatus",
        enum(
            ["PENDING", "SUCCESS", "ERROR"],
            description="PENDING: still running; SUCCESS: download from url; ERROR: see errorMessage.",
        ),
    )
    report = spec.schema(
        "Report",
        obj(
            {
                "status": status,
                "urlExpiration": {
                    "type": "string",
                    "format": "date-time",
                    "description": "When url stops working.",
                },
                "url": {"type": "string", "description": "CSV download link, until urlExpiration."},
                "errorMessage": {"type": "string", "description": "Why generation failed (status ERROR)."},
            },
            ["status"],
        ),
    )

    confidence: Confidence
    if v.is_unstable:
        confidence, sources = "seen", [RUBY]
    else:
        confidence, sources = (
            "inferred",
            [
                "inventory: assumed since 2023-04 (no release note adds or changes reports)",
                "seed 000 migration guide (report endpoints map one-to-one from the Deliverr API)",
                "shape from atlas-llc/flexport-ruby-api docs/ReportsApi.md (unstable)",
            ],
        )

    # 201: GenerateReport creates a report to poll; its status code was never shown.
    spec.operation(
        tag="Reports",
        method="POST",
        path="/reports",
        operation_id="GenerateReport",
        summary="Request a CSV report",
        scopes=["write_logistics_reports"],
        confidence=confidence,
        sources=sources,
        request_body=json_body(request),
        responses={"201": json_response(generated, "Created")},
    )
    spec.operation(
        tag="Reports",
        method="GET",
        path="/reports/{reportReference}",
        operation_id="GetReportStatus",
        summary="Get a report's status and download link",
        scopes=["read_logistics_reports"],
        confidence=confidence,
        sources=sources,
        parameters=[path_param("reportReference")],
        responses={"200": json_response(report)},
    )
