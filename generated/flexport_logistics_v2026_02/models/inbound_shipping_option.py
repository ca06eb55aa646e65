from enum import StrEnum
from typing import Any

from ..types import unknown_enum_member


class InboundShippingOption(StrEnum):
    FREIGHT_EXTERNAL = "FREIGHT_EXTERNAL"
    FTL_INTERNAL = "FTL_INTERNAL"
    LTL_EXTERNAL = "LTL_EXTERNAL"
    LTL_INTERNAL = "LTL_INTERNAL"
    SPD_EXTERNAL = "SPD_EXTERNAL"
    SPD_INTERNAL = "SPD_INTERNAL"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "InboundShippingOption | None":
        # Inside a response parse, a value the spec does not list becomes a pseudo-member holding the
        # raw value (logged once); everywhere else, e.g. building a request, it stays a ValueError.
        return unknown_enum_member(cls, value)

    @classmethod
    def _parse(cls, value: Any) -> "InboundShippingOption":
        # What from_dict calls instead of cls(value): a listed value is one dict lookup, where
        # EnumMeta.__call__ costs about 2 us a field; anything else takes the full cls(value) path.
        try:
            return cls._value2member_map_[value]  # type: ignore[return-value]
        except (KeyError, TypeError):
            return cls(value)
