from enum import StrEnum
from typing import Any

from ..types import unknown_enum_member


class SellerReportType(StrEnum):
    BILLING_CREDITS_BALANCE = "Billing-Credits_Balance"
    BILLING_INVOICES = "Billing-Invoices"
    CLAIMS_CLAIMS_SUBMITTED = "Claims-Claims_Submitted"
    INBOUNDS_INVENTORY_RECONCILIATION = "Inbounds-Inventory_Reconciliation"
    INBOUNDS_MONTHLY_RECONCILIATION = "Inbounds-Monthly_Reconciliation"
    INBOUNDS_PACKAGES = "Inbounds-Packages"
    INBOUNDS_SHIPPING_PLAN_RECONCILIATION = "Inbounds-Shipping_Plan_Reconciliation"
    INCIDENT_IMPACT_REPORT = "Incident-Impact_Report"
    INVENTORY_ECOMMERCE_MONTHLY_RECONCILIATION = (
        "Inventory-Ecommerce_Monthly_Reconciliation"
    )
    INVENTORY_ECOMMERCE_TRANSACTION_HISTORY = "Inventory-Ecommerce_Transaction_History"
    INVENTORY_LEVELS_TODAY = "Inventory-Levels_Today"
    INVENTORY_LOT_TRACKING_FEFO_ALL_PRODUCTS = (
        "Inventory-Lot_Tracking_FEFO_All_Products"
    )
    INVENTORY_LOT_TRACKING_FEFO_SINGLE_PRODUCT = (
        "Inventory-Lot_Tracking_FEFO_Single_Product"
    )
    INVENTORY_UNITS_IN_LONG_TERM_STORAGE = "Inventory-Units_In_Long_Term_Storage"
    ORDERS_ALL_ORDERS = "Orders-All_Orders"
    ORDERS_SHIPMENTS = "Orders-Shipments"
    PARCEL_ALL_PARCELS = "Parcel-All_Parcels"
    PRICING_FULFILLMENT_FEES = "Pricing-Fulfillment_Fees"
    PRODUCTS_ALL_SKUS_WITH_ALIAS_COUNTS = "Products-All_SKUs_With_Alias_Counts"
    PRODUCTS_AVAILABLE_SKUS_WITH_ALIAS_COUNTS = (
        "Products-Available_SKUs_With_Alias_Counts"
    )
    PRODUCTS_AVAILABLE_SKUS_WITH_NO_ALIASES = "Products-Available_SKUs_With_No_Aliases"
    PRODUCTS_SKUS_WITH_LINKED_ALIASES = "Products-SKUs_With_Linked_Aliases"
    RESERVE_STORAGE_ORDERS_AND_TRANSFERS = "Reserve-Storage-Orders_And_Transfers"
    RESERVE_STORAGE_PALLET_INVENTORY = "Reserve-Storage-Pallet-Inventory"
    RETURNS_ALL_RETURNS = "Returns-All_Returns"
    RETURNS_ALL_SKUS = "Returns-All_SKUs"
    TRANSFERS_ALL_TRANSFERS = "Transfers-All_Transfers"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "SellerReportType | None":
        # Inside a response parse, a value the spec does not list becomes a pseudo-member holding the
        # raw value (logged once); everywhere else, e.g. building a request, it stays a ValueError.
        return unknown_enum_member(cls, value)

    @classmethod
    def _parse(cls, value: Any) -> "SellerReportType":
        # What from_dict calls instead of cls(value): a listed value is one dict lookup, where
        # EnumMeta.__call__ costs about 2 us a field; anything else takes the full cls(value) path.
        try:
            return cls._value2member_map_[value]  # type: ignore[return-value]
        except (KeyError, TypeError):
            return cls(value)
