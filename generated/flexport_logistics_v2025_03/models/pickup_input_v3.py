from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

T = TypeVar("T", bound="PickupInputV3")


@_attrs_define(repr=False)
class PickupInputV3:
    """
    Attributes:
        contact_email (str):
        contact_name (str):
        contact_phone (str):
        lift_gate (bool):
        ready_date (datetime.datetime):
        customer_reference_number (str | Unset):
        facility_hours_end (str | Unset):
        facility_hours_start (str | Unset):
    """

    contact_email: str
    contact_name: str
    contact_phone: str
    lift_gate: bool
    ready_date: datetime.datetime
    customer_reference_number: str | Unset = UNSET
    facility_hours_end: str | Unset = UNSET
    facility_hours_start: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contact_email = self.contact_email

        contact_name = self.contact_name

        contact_phone = self.contact_phone

        lift_gate = self.lift_gate

        ready_date = self.ready_date.isoformat()

        customer_reference_number = self.customer_reference_number

        facility_hours_end = self.facility_hours_end

        facility_hours_start = self.facility_hours_start

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "contactEmail": contact_email,
                "contactName": contact_name,
                "contactPhone": contact_phone,
                "liftGate": lift_gate,
                "readyDate": ready_date,
            }
        )
        if customer_reference_number is not UNSET:
            field_dict["customerReferenceNumber"] = customer_reference_number
        if facility_hours_end is not UNSET:
            field_dict["facilityHoursEnd"] = facility_hours_end
        if facility_hours_start is not UNSET:
            field_dict["facilityHoursStart"] = facility_hours_start

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        contact_email = d.pop("contactEmail")

        contact_name = d.pop("contactName")

        contact_phone = d.pop("contactPhone")

        lift_gate = d.pop("liftGate")

        ready_date = datetime.datetime.fromisoformat(d.pop("readyDate"))

        customer_reference_number = d.pop("customerReferenceNumber", UNSET)

        facility_hours_end = d.pop("facilityHoursEnd", UNSET)

        facility_hours_start = d.pop("facilityHoursStart", UNSET)

        pickup_input_v3 = cls(
            contact_email=contact_email,
            contact_name=contact_name,
            contact_phone=contact_phone,
            lift_gate=lift_gate,
            ready_date=ready_date,
            customer_reference_number=customer_reference_number,
            facility_hours_end=facility_hours_end,
            facility_hours_start=facility_hours_start,
        )

        if d:
            pickup_input_v3.additional_properties = d
        return pickup_input_v3

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
