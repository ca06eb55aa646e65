from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..models.freight_bol_status import FreightBolStatus
from ..models.freight_tracking_event_type import FreightTrackingEventType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.deliverr_address import DeliverrAddress
    from ..models.freight_tracking_location import FreightTrackingLocation


T = TypeVar("T", bound="FreightTrackingEvent")


@_attrs_define(repr=False)
class FreightTrackingEvent:
    """
    Attributes:
        bol_status (FreightBolStatus):
        event_type (FreightTrackingEventType):
        occurred_at (datetime.datetime):
        address (DeliverrAddress | Unset):
        location (FreightTrackingLocation | Unset):
    """

    bol_status: FreightBolStatus
    event_type: FreightTrackingEventType
    occurred_at: datetime.datetime
    address: DeliverrAddress | Unset = UNSET
    location: FreightTrackingLocation | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bol_status = self.bol_status.value

        event_type = self.event_type.value

        occurred_at = self.occurred_at.isoformat()

        address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address, Unset):
            address = self.address.to_dict()

        location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.location, Unset):
            location = self.location.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bolStatus": bol_status,
                "eventType": event_type,
                "occurredAt": occurred_at,
            }
        )
        if address is not UNSET:
            field_dict["address"] = address
        if location is not UNSET:
            field_dict["location"] = location

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        bol_status = FreightBolStatus._parse(d.pop("bolStatus"))

        event_type = FreightTrackingEventType._parse(d.pop("eventType"))

        occurred_at = datetime.datetime.fromisoformat(d.pop("occurredAt"))

        _address = d.pop("address", UNSET)
        address: DeliverrAddress | Unset
        if isinstance(_address, Unset):
            address = UNSET
        else:
            address = DeliverrAddress.from_dict(_address)

        _location = d.pop("location", UNSET)
        location: FreightTrackingLocation | Unset
        if isinstance(_location, Unset):
            location = UNSET
        else:
            location = FreightTrackingLocation.from_dict(_location)

        freight_tracking_event = cls(
            bol_status=bol_status,
            event_type=event_type,
            occurred_at=occurred_at,
            address=address,
            location=location,
        )

        if d:
            freight_tracking_event.additional_properties = d
        return freight_tracking_event

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


# At the end, once FreightTrackingEvent exists: a model that refers back to this one imports it from here.
if not TYPE_CHECKING:
    from ..models.deliverr_address import DeliverrAddress  # noqa: E402
    from ..models.freight_tracking_location import FreightTrackingLocation  # noqa: E402
