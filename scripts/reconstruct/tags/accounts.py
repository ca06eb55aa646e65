"""Accounts (unstable only): GetLogisticsAccountStandingStatus.

Source: the Ruby client atlas-llc/flexport-ruby-api (docs/AccountsApi.md,
docs/AccountStandingStatusOutput.md). The client names no scope for it, so none is declared.
"""

from __future__ import annotations

from scripts.reconstruct.builder import SpecBuilder, json_response, obj

RUBY = "github:atlas-llc/flexport-ruby-api"


def build(spec: SpecBuilder) -> None:
    if not spec.v.is_unstable:
        return
    boolean = {"type": "boolean"}
    status = spec.schema(
        "AccountStandingStatusOutput",
        obj(
            {
                "logisticsAccountId": {"type": "string"},
                "isFullySetup": {**boolean, "description": "The account can take fulfilment orders."},
                "importedProductCatalog": {
                    **boolean,
                    "description": "The product catalogue has been imported.",
                },
                "completedFirstInboundShipment": {
                    **boolean,
                    "description": "The first inbound shipment has been received.",
                },
            },
            ["logisticsAccountId", "isFullySetup", "importedProductCatalog", "completedFirstInboundShipment"],
        ),
    )
    spec.tag("Accounts", "Account set-up state (unstable only).")
    spec.operation(
        tag="Accounts",
        method="GET",
        path="/accounts/status",
        operation_id="GetLogisticsAccountStandingStatus",
        summary="Get the account's set-up (standing) status",
        confidence="seen",
        sources=[f"{RUBY} docs/AccountsApi.md", f"{RUBY} docs/AccountStandingStatusOutput.md"],
        responses={"200": json_response(status)},
    )
