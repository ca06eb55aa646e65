from enum import StrEnum
from typing import Any

from ..types import unknown_enum_member


class LogisticsEventType(StrEnum):
    FREIGHT_TRACKINGUPDATED = "Freight.TrackingUpdated"
    INBOUND_RECEIVED = "Inbound.Received"
    INBOUND_SHIPMENTSTATUSCHANGED = "Inbound.ShipmentStatusChanged"
    INVENTORY_ADJUSTED = "Inventory.Adjusted"
    ORDER_CANCELLED = "Order.Cancelled"
    ORDER_SHIPPED = "Order.Shipped"
    PARCEL_TRACKINGUPDATED = "Parcel.TrackingUpdated"
    RETURN_UPDATED = "Return.Updated"
    SHIPMENT_CANCELLED = "Shipment.Cancelled"
    SHIPMENT_CREATED = "Shipment.Created"
    SHIPMENT_PARTIALLYSHIPPED = "Shipment.PartiallyShipped"
    SHIPMENT_SHIPPED = "Shipment.Shipped"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "LogisticsEventType | None":
        # Inside a response parse, a value the spec does not list becomes a pseudo-member holding the
        # raw value (logged once); everywhere else, e.g. building a request, it stays a ValueError.
        return unknown_enum_member(cls, value)

    @classmethod
    def _parse(cls, value: Any) -> "LogisticsEventType":
        # What from_dict calls instead of cls(value): a listed value is one dict lookup, where
        # EnumMeta.__call__ costs about 2 us a field; anything else takes the full cls(value) path.
        try:
            return cls._value2member_map_[value]  # type: ignore[return-value]
        except (KeyError, TypeError):
            return cls(value)
