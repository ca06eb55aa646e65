from enum import StrEnum
from typing import Any

from ..types import unknown_enum_member


class RequiredGeneralGs1BolInfo(StrEnum):
    BOL_NUMBER = "BOL_NUMBER"
    CARRIER_NAME = "CARRIER_NAME"
    CARRIER_SCAC = "CARRIER_SCAC"
    CARRIER_SIGNATURE_AND_DATE = "CARRIER_SIGNATURE_AND_DATE"
    DESTINATION_ADDRESS = "DESTINATION_ADDRESS"
    FREIGHT_CHARGE_TERMS = "FREIGHT_CHARGE_TERMS"
    MASTER_BOL_INDICATOR = "MASTER_BOL_INDICATOR"
    ORIGIN_ADDRESS = "ORIGIN_ADDRESS"
    PARTY_THAT_COUNTED_FREIGHT = "PARTY_THAT_COUNTED_FREIGHT"
    PARTY_THAT_LOADED_TRAILER = "PARTY_THAT_LOADED_TRAILER"
    SHIPPER_SIGNATURE_DATE = "SHIPPER_SIGNATURE_DATE"
    TOTAL_PACKAGE_QUANTITY = "TOTAL_PACKAGE_QUANTITY"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "RequiredGeneralGs1BolInfo | None":
        # Inside a response parse, a value the spec does not list becomes a pseudo-member holding the
        # raw value (logged once); everywhere else, e.g. building a request, it stays a ValueError.
        return unknown_enum_member(cls, value)

    @classmethod
    def _parse(cls, value: Any) -> "RequiredGeneralGs1BolInfo":
        # What from_dict calls instead of cls(value): a listed value is one dict lookup, where
        # EnumMeta.__call__ costs about 2 us a field; anything else takes the full cls(value) path.
        try:
            return cls._value2member_map_[value]  # type: ignore[return-value]
        except (KeyError, TypeError):
            return cls(value)
