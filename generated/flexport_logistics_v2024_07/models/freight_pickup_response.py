from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.time_window import TimeWindow


T = TypeVar("T", bound="FreightPickupResponse")


@_attrs_define(repr=False)
class FreightPickupResponse:
    """
    Attributes:
        contact_email (str):
        contact_name (str):
        contact_phone (str):
        id (float):
        pickup_date (datetime.datetime):
        customer_reference_number (str | Unset):
        facility_operating_hours (TimeWindow | Unset):
        lift_gate (bool | Unset):
    """

    contact_email: str
    contact_name: str
    contact_phone: str
    id: float
    pickup_date: datetime.datetime
    customer_reference_number: str | Unset = UNSET
    facility_operating_hours: TimeWindow | Unset = UNSET
    lift_gate: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contact_email = self.contact_email

        contact_name = self.contact_name

        contact_phone = self.contact_phone

        id = self.id

        pickup_date = self.pickup_date.isoformat()

        customer_reference_number = self.customer_reference_number

        facility_operating_hours: dict[str, Any] | Unset = UNSET
        if not isinstance(self.facility_operating_hours, Unset):
            facility_operating_hours = self.facility_operating_hours.to_dict()

        lift_gate = self.lift_gate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "contactEmail": contact_email,
                "contactName": contact_name,
                "contactPhone": contact_phone,
                "id": id,
                "pickupDate": pickup_date,
            }
        )
        if customer_reference_number is not UNSET:
            field_dict["customerReferenceNumber"] = customer_reference_number
        if facility_operating_hours is not UNSET:
            field_dict["facilityOperatingHours"] = facility_operating_hours
        if lift_gate is not UNSET:
            field_dict["liftGate"] = lift_gate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        contact_email = d.pop("contactEmail")

        contact_name = d.pop("contactName")

        contact_phone = d.pop("contactPhone")

        id = d.pop("id")

        pickup_date = datetime.datetime.fromisoformat(d.pop("pickupDate"))

        customer_reference_number = d.pop("customerReferenceNumber", UNSET)

        _facility_operating_hours = d.pop("facilityOperatingHours", UNSET)
        facility_operating_hours: TimeWindow | Unset
        if isinstance(_facility_operating_hours, Unset):
            facility_operating_hours = UNSET
        else:
            facility_operating_hours = TimeWindow.from_dict(_facility_operating_hours)

        lift_gate = d.pop("liftGate", UNSET)

        freight_pickup_response = cls(
            contact_email=contact_email,
            contact_name=contact_name,
            contact_phone=contact_phone,
            id=id,
            pickup_date=pickup_date,
            customer_reference_number=customer_reference_number,
            facility_operating_hours=facility_operating_hours,
            lift_gate=lift_gate,
        )

        if d:
            freight_pickup_response.additional_properties = d
        return freight_pickup_response

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


# At the end, once FreightPickupResponse exists: a model that refers back to this one imports it from here.
if not TYPE_CHECKING:
    from ..models.time_window import TimeWindow  # noqa: E402
