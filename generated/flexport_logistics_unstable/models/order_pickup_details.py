from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..models.location_type import LocationType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contact import Contact
    from ..models.freight_address import FreightAddress


T = TypeVar("T", bound="OrderPickupDetails")


@_attrs_define(repr=False)
class OrderPickupDetails:
    """
    Attributes:
        address (FreightAddress):
        cargo_ready_date (datetime.datetime):
        contact (Contact):
        lift_gate_required (bool | Unset):
        location_type (LocationType | Unset):
        notes (str | Unset):
        pickup_reference_number (str | Unset):
    """

    address: FreightAddress
    cargo_ready_date: datetime.datetime
    contact: Contact
    lift_gate_required: bool | Unset = UNSET
    location_type: LocationType | Unset = UNSET
    notes: str | Unset = UNSET
    pickup_reference_number: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address = self.address.to_dict()

        cargo_ready_date = self.cargo_ready_date.isoformat()

        contact = self.contact.to_dict()

        lift_gate_required = self.lift_gate_required

        location_type: str | Unset = UNSET
        if not isinstance(self.location_type, Unset):
            location_type = self.location_type.value

        notes = self.notes

        pickup_reference_number = self.pickup_reference_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "address": address,
                "cargoReadyDate": cargo_ready_date,
                "contact": contact,
            }
        )
        if lift_gate_required is not UNSET:
            field_dict["liftGateRequired"] = lift_gate_required
        if location_type is not UNSET:
            field_dict["locationType"] = location_type
        if notes is not UNSET:
            field_dict["notes"] = notes
        if pickup_reference_number is not UNSET:
            field_dict["pickupReferenceNumber"] = pickup_reference_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        address = FreightAddress.from_dict(d.pop("address"))

        cargo_ready_date = datetime.datetime.fromisoformat(d.pop("cargoReadyDate"))

        contact = Contact.from_dict(d.pop("contact"))

        lift_gate_required = d.pop("liftGateRequired", UNSET)

        _location_type = d.pop("locationType", UNSET)
        location_type: LocationType | Unset
        if isinstance(_location_type, Unset):
            location_type = UNSET
        else:
            location_type = LocationType._parse(_location_type)

        notes = d.pop("notes", UNSET)

        pickup_reference_number = d.pop("pickupReferenceNumber", UNSET)

        order_pickup_details = cls(
            address=address,
            cargo_ready_date=cargo_ready_date,
            contact=contact,
            lift_gate_required=lift_gate_required,
            location_type=location_type,
            notes=notes,
            pickup_reference_number=pickup_reference_number,
        )

        if d:
            order_pickup_details.additional_properties = d
        return order_pickup_details

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


# At the end, once OrderPickupDetails exists: a model that refers back to this one imports it from here.
if not TYPE_CHECKING:
    from ..models.contact import Contact  # noqa: E402
    from ..models.freight_address import FreightAddress  # noqa: E402
