from enum import StrEnum
from typing import Any

from ..types import unknown_enum_member


class FreightTrackingEventType(StrEnum):
    CANCELLED = "CANCELLED"
    CONTAINER_AVAILABLE = "CONTAINER_AVAILABLE"
    CONTAINER_BERTHED = "CONTAINER_BERTHED"
    CONTAINER_BERTHED_AT_TRANSSHIPMENT_PORT = "CONTAINER_BERTHED_AT_TRANSSHIPMENT_PORT"
    CONTAINER_DEPARTED = "CONTAINER_DEPARTED"
    CONTAINER_DEPARTED_FROM_TRANSSHIPMENT_PORT = (
        "CONTAINER_DEPARTED_FROM_TRANSSHIPMENT_PORT"
    )
    CONTAINER_DISCHARGED = "CONTAINER_DISCHARGED"
    CONTAINER_FULL_INGATED = "CONTAINER_FULL_INGATED"
    CONTAINER_LOADED_AT_TRANSSHIPMENT_PORT = "CONTAINER_LOADED_AT_TRANSSHIPMENT_PORT"
    CONTAINER_RETURNED = "CONTAINER_RETURNED"
    CREATED = "CREATED"
    DELIVERED = "DELIVERED"
    ESTIMATED_DELIVERY_DATE_CHANGED = "ESTIMATED_DELIVERY_DATE_CHANGED"
    ESTIMATED_PICKUP_DATE_CHANGED = "ESTIMATED_PICKUP_DATE_CHANGED"
    LOCATION_UPDATED = "LOCATION_UPDATED"
    PICKED_UP = "PICKED_UP"
    TENDERED = "TENDERED"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "FreightTrackingEventType | None":
        # Inside a response parse, a value the spec does not list becomes a pseudo-member holding the
        # raw value (logged once); everywhere else, e.g. building a request, it stays a ValueError.
        return unknown_enum_member(cls, value)

    @classmethod
    def _parse(cls, value: Any) -> "FreightTrackingEventType":
        # What from_dict calls instead of cls(value): a listed value is one dict lookup, where
        # EnumMeta.__call__ costs about 2 us a field; anything else takes the full cls(value) path.
        try:
            return cls._value2member_map_[value]  # type: ignore[return-value]
        except (KeyError, TypeError):
            return cls(value)
