from enum import StrEnum
from typing import Any

from ..types import unknown_enum_member


class OrderErrorType(StrEnum):
    BAD_ADDRESS = "BAD_ADDRESS"
    BAD_PRODUCT_INFO = "BAD_PRODUCT_INFO"
    CANNOT_SHIP_HAZMAT = "CANNOT_SHIP_HAZMAT"
    CARRIER_NETWORK_ERR = "CARRIER_NETWORK_ERR"
    DSKU_NEVER_INBOUNDED = "DSKU_NEVER_INBOUNDED"
    INTERNATIONAL_ADDRESS = "INTERNATIONAL_ADDRESS"
    INVENTORY_ERR = "INVENTORY_ERR"
    INVENTORY_TIMEOUT = "INVENTORY_TIMEOUT"
    LABEL_PURCHASE_FAILURE = "LABEL_PURCHASE_FAILURE"
    MISSING_CUSTOMS_INFO = "MISSING_CUSTOMS_INFO"
    MISSING_DDP_TAG = "MISSING_DDP_TAG"
    MISSING_REMOVAL_FEE_SPECS = "MISSING_REMOVAL_FEE_SPECS"
    MISSING_SHIPPING_SPECIFICATIONS_FOR_HAZMAT = (
        "MISSING_SHIPPING_SPECIFICATIONS_FOR_HAZMAT"
    )
    NON_PLT_ORDER_NOT_SUPPORTED = "NON_PLT_ORDER_NOT_SUPPORTED"
    NO_FEDEX_RATES = "NO_FEDEX_RATES"
    NO_RATES = "NO_RATES"
    NO_REMOVAL_PROPOSAL = "NO_REMOVAL_PROPOSAL"
    OVERSIZED_DIMS = "OVERSIZED_DIMS"
    PARTIALLY_SHIPPED = "PARTIALLY_SHIPPED"
    PARTIAL_FULFILL_FAILED = "PARTIAL_FULFILL_FAILED"
    PARTIAL_SHIP_UPDATE_FAILED = "PARTIAL_SHIP_UPDATE_FAILED"
    PROMISE_TIME_EXPIRED = "PROMISE_TIME_EXPIRED"
    REMOVALS_MINIMUM_NOT_MET = "REMOVALS_MINIMUM_NOT_MET"
    REMOVAL_ON_HOLD = "REMOVAL_ON_HOLD"
    STOCKOUT = "STOCKOUT"
    STOCKOUT_AT_INGESTION = "STOCKOUT_AT_INGESTION"
    UNKNOWN = "UNKNOWN"
    UNKNOWN_SFP_STATUS = "UNKNOWN_SFP_STATUS"
    UNREGISTERED_PRIME_PRODUCTS = "UNREGISTERED_PRIME_PRODUCTS"
    UNSUPPORTED_DESTINATION = "UNSUPPORTED_DESTINATION"
    WAREHOUSE_ERR = "WAREHOUSE_ERR"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "OrderErrorType | None":
        # Inside a response parse, a value the spec does not list becomes a pseudo-member holding the
        # raw value (logged once); everywhere else, e.g. building a request, it stays a ValueError.
        return unknown_enum_member(cls, value)

    @classmethod
    def _parse(cls, value: Any) -> "OrderErrorType":
        # What from_dict calls instead of cls(value): a listed value is one dict lookup, where
        # EnumMeta.__call__ costs about 2 us a field; anything else takes the full cls(value) path.
        try:
            return cls._value2member_map_[value]  # type: ignore[return-value]
        except (KeyError, TypeError):
            return cls(value)
