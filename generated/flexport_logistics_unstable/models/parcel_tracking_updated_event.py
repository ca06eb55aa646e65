from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import Unset

if TYPE_CHECKING:
    from ..models.event_location import EventLocation


T = TypeVar("T", bound="ParcelTrackingUpdatedEvent")


@_attrs_define(repr=False)
class ParcelTrackingUpdatedEvent:
    """
    Attributes:
        event_time (str):
        location (EventLocation):
        logistics_account_id (str): Logistics account id.
        logistics_event_id (str): Event id; de-duplicate deliveries on it.
        logistics_event_time (str): When the event happened.
        logistics_event_type (str): Event type, e.g. Order.Shipped.
        message (str):
        status (str):
        tracking_code (str):
    """

    event_time: str
    location: EventLocation
    logistics_account_id: str
    logistics_event_id: str
    logistics_event_time: str
    logistics_event_type: str
    message: str
    status: str
    tracking_code: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_time = self.event_time

        location = self.location.to_dict()

        logistics_account_id = self.logistics_account_id

        logistics_event_id = self.logistics_event_id

        logistics_event_time = self.logistics_event_time

        logistics_event_type = self.logistics_event_type

        message = self.message

        status = self.status

        tracking_code = self.tracking_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "eventTime": event_time,
                "location": location,
                "logisticsAccountId": logistics_account_id,
                "logisticsEventId": logistics_event_id,
                "logisticsEventTime": logistics_event_time,
                "logisticsEventType": logistics_event_type,
                "message": message,
                "status": status,
                "trackingCode": tracking_code,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        event_time = d.pop("eventTime")

        location = EventLocation.from_dict(d.pop("location"))

        logistics_account_id = d.pop("logisticsAccountId")

        logistics_event_id = d.pop("logisticsEventId")

        logistics_event_time = d.pop("logisticsEventTime")

        logistics_event_type = d.pop("logisticsEventType")

        message = d.pop("message")

        status = d.pop("status")

        tracking_code = d.pop("trackingCode")

        parcel_tracking_updated_event = cls(
            event_time=event_time,
            location=location,
            logistics_account_id=logistics_account_id,
            logistics_event_id=logistics_event_id,
            logistics_event_time=logistics_event_time,
            logistics_event_type=logistics_event_type,
            message=message,
            status=status,
            tracking_code=tracking_code,
        )

        if d:
            parcel_tracking_updated_event.additional_properties = d
        return parcel_tracking_updated_event

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


# At the end, once ParcelTrackingUpdatedEvent exists: a model that refers back to this one imports it from here.
if not TYPE_CHECKING:
    from ..models.event_location import EventLocation  # noqa: E402
