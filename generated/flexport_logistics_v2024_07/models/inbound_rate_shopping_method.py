from enum import StrEnum
from typing import Any

from ..types import unknown_enum_member


class InboundRateShoppingMethod(StrEnum):
    CHEAPEST = "CHEAPEST"
    ERROR = "ERROR"
    FASTEST = "FASTEST"
    RACE = "RACE"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "InboundRateShoppingMethod | None":
        # Inside a response parse, a value the spec does not list becomes a pseudo-member holding the
        # raw value (logged once); everywhere else, e.g. building a request, it stays a ValueError.
        return unknown_enum_member(cls, value)

    @classmethod
    def _parse(cls, value: Any) -> "InboundRateShoppingMethod":
        # What from_dict calls instead of cls(value): a listed value is one dict lookup, where
        # EnumMeta.__call__ costs about 2 us a field; anything else takes the full cls(value) path.
        try:
            return cls._value2member_map_[value]  # type: ignore[return-value]
        except (KeyError, TypeError):
            return cls(value)
