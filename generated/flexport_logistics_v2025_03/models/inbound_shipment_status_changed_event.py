from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import Unset

T = TypeVar("T", bound="InboundShipmentStatusChangedEvent")


@_attrs_define(repr=False)
class InboundShipmentStatusChangedEvent:
    """
    Attributes:
        logistics_account_id (str): Logistics account id.
        logistics_event_id (str): Event id; de-duplicate deliveries on it.
        logistics_event_time (str): When the event happened.
        logistics_event_type (str): Event type, e.g. Order.Shipped.
        shipment_id (str): Shipment id.
        status (str):
    """

    logistics_account_id: str
    logistics_event_id: str
    logistics_event_time: str
    logistics_event_type: str
    shipment_id: str
    status: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        logistics_account_id = self.logistics_account_id

        logistics_event_id = self.logistics_event_id

        logistics_event_time = self.logistics_event_time

        logistics_event_type = self.logistics_event_type

        shipment_id = self.shipment_id

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "logisticsAccountId": logistics_account_id,
                "logisticsEventId": logistics_event_id,
                "logisticsEventTime": logistics_event_time,
                "logisticsEventType": logistics_event_type,
                "shipmentId": shipment_id,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        logistics_account_id = d.pop("logisticsAccountId")

        logistics_event_id = d.pop("logisticsEventId")

        logistics_event_time = d.pop("logisticsEventTime")

        logistics_event_type = d.pop("logisticsEventType")

        shipment_id = d.pop("shipmentId")

        status = d.pop("status")

        inbound_shipment_status_changed_event = cls(
            logistics_account_id=logistics_account_id,
            logistics_event_id=logistics_event_id,
            logistics_event_time=logistics_event_time,
            logistics_event_type=logistics_event_type,
            shipment_id=shipment_id,
            status=status,
        )

        if d:
            inbound_shipment_status_changed_event.additional_properties = d
        return inbound_shipment_status_changed_event

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

    def __repr__(self) -> str:
        """The fields that are set (unset optional ones are left out), then any extra keys."""
        shown = [
            f"{field.name}={getattr(self, field.name)!r}"
            for field in _attrs_fields(type(self))
            if not isinstance(getattr(self, field.name), Unset)
            and not (
                field.name == "additional_properties" and not getattr(self, field.name)
            )
        ]
        return f"{type(self).__name__}({', '.join(shown)})"
