from __future__ import annotations

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
    from ..models.trading_partner_details import TradingPartnerDetails


T = TypeVar("T", bound="OrderDeliveryDetails")


@_attrs_define(repr=False)
class OrderDeliveryDetails:
    """
    Attributes:
        address (FreightAddress):
        contact (Contact):
        appointment_required (bool | Unset):
        dropoff_reference_number (str | Unset):
        lift_gate_required (bool | Unset):
        location_type (LocationType | Unset):
        notes (str | Unset):
        trading_partner_details (TradingPartnerDetails | Unset):
    """

    address: FreightAddress
    contact: Contact
    appointment_required: bool | Unset = UNSET
    dropoff_reference_number: str | Unset = UNSET
    lift_gate_required: bool | Unset = UNSET
    location_type: LocationType | Unset = UNSET
    notes: str | Unset = UNSET
    trading_partner_details: TradingPartnerDetails | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address = self.address.to_dict()

        contact = self.contact.to_dict()

        appointment_required = self.appointment_required

        dropoff_reference_number = self.dropoff_reference_number

        lift_gate_required = self.lift_gate_required

        location_type: str | Unset = UNSET
        if not isinstance(self.location_type, Unset):
            location_type = self.location_type.value

        notes = self.notes

        trading_partner_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.trading_partner_details, Unset):
            trading_partner_details = self.trading_partner_details.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "address": address,
                "contact": contact,
            }
        )
        if appointment_required is not UNSET:
            field_dict["appointmentRequired"] = appointment_required
        if dropoff_reference_number is not UNSET:
            field_dict["dropoffReferenceNumber"] = dropoff_reference_number
        if lift_gate_required is not UNSET:
            field_dict["liftGateRequired"] = lift_gate_required
        if location_type is not UNSET:
            field_dict["locationType"] = location_type
        if notes is not UNSET:
            field_dict["notes"] = notes
        if trading_partner_details is not UNSET:
            field_dict["tradingPartnerDetails"] = trading_partner_details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        address = FreightAddress.from_dict(d.pop("address"))

        contact = Contact.from_dict(d.pop("contact"))

        appointment_required = d.pop("appointmentRequired", UNSET)

        dropoff_reference_number = d.pop("dropoffReferenceNumber", UNSET)

        lift_gate_required = d.pop("liftGateRequired", UNSET)

        _location_type = d.pop("locationType", UNSET)
        location_type: LocationType | Unset
        if isinstance(_location_type, Unset):
            location_type = UNSET
        else:
            location_type = LocationType._parse(_location_type)

        notes = d.pop("notes", UNSET)

        _trading_partner_details = d.pop("tradingPartnerDetails", UNSET)
        trading_partner_details: TradingPartnerDetails | Unset
        if isinstance(_trading_partner_details, Unset):
            trading_partner_details = UNSET
        else:
            trading_partner_details = TradingPartnerDetails.from_dict(
                _trading_partner_details
            )

        order_delivery_details = cls(
            address=address,
            contact=contact,
            appointment_required=appointment_required,
            dropoff_reference_number=dropoff_reference_number,
            lift_gate_required=lift_gate_required,
            location_type=location_type,
            notes=notes,
            trading_partner_details=trading_partner_details,
        )

        if d:
            order_delivery_details.additional_properties = d
        return order_delivery_details

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


# At the end, once OrderDeliveryDetails exists: a model that refers back to this one imports it from here.
if not TYPE_CHECKING:
    from ..models.contact import Contact  # noqa: E402
    from ..models.freight_address import FreightAddress  # noqa: E402
    from ..models.trading_partner_details import TradingPartnerDetails  # noqa: E402
