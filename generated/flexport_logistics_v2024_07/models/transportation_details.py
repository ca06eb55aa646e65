from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..models.shipping_partner import ShippingPartner
from ..models.shipping_speed import ShippingSpeed
from ..models.shipping_type import ShippingType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.carrier_account_details import CarrierAccountDetails
    from ..models.transportation_duties import TransportationDuties


T = TypeVar("T", bound="TransportationDetails")


@_attrs_define(repr=False)
class TransportationDetails:
    """
    Attributes:
        carrier_account_details (CarrierAccountDetails | None | Unset):
        duties (None | TransportationDuties | Unset):
        shipping_method (None | str | Unset): Carrier service such as UPS.GROUND; wins over shippingSpeed.
        shipping_partner (None | ShippingPartner | Unset):
        shipping_speed (None | ShippingSpeed | Unset): Only with shippingPartner FLEXPORT and shippingType PARCEL.
        shipping_type (None | ShippingType | Unset):
    """

    carrier_account_details: CarrierAccountDetails | None | Unset = UNSET
    duties: None | TransportationDuties | Unset = UNSET
    shipping_method: None | str | Unset = UNSET
    shipping_partner: None | ShippingPartner | Unset = UNSET
    shipping_speed: None | ShippingSpeed | Unset = UNSET
    shipping_type: None | ShippingType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        carrier_account_details: dict[str, Any] | None | Unset
        if isinstance(self.carrier_account_details, Unset):
            carrier_account_details = UNSET
        elif isinstance(self.carrier_account_details, CarrierAccountDetails):
            carrier_account_details = self.carrier_account_details.to_dict()
        else:
            carrier_account_details = self.carrier_account_details

        duties: dict[str, Any] | None | Unset
        if isinstance(self.duties, Unset):
            duties = UNSET
        elif isinstance(self.duties, TransportationDuties):
            duties = self.duties.to_dict()
        else:
            duties = self.duties

        shipping_method: None | str | Unset
        if isinstance(self.shipping_method, Unset):
            shipping_method = UNSET
        else:
            shipping_method = self.shipping_method

        shipping_partner: None | str | Unset
        if isinstance(self.shipping_partner, Unset):
            shipping_partner = UNSET
        elif isinstance(self.shipping_partner, ShippingPartner):
            shipping_partner = self.shipping_partner.value
        else:
            shipping_partner = self.shipping_partner

        shipping_speed: None | str | Unset
        if isinstance(self.shipping_speed, Unset):
            shipping_speed = UNSET
        elif isinstance(self.shipping_speed, ShippingSpeed):
            shipping_speed = self.shipping_speed.value
        else:
            shipping_speed = self.shipping_speed

        shipping_type: None | str | Unset
        if isinstance(self.shipping_type, Unset):
            shipping_type = UNSET
        elif isinstance(self.shipping_type, ShippingType):
            shipping_type = self.shipping_type.value
        else:
            shipping_type = self.shipping_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if carrier_account_details is not UNSET:
            field_dict["carrierAccountDetails"] = carrier_account_details
        if duties is not UNSET:
            field_dict["duties"] = duties
        if shipping_method is not UNSET:
            field_dict["shippingMethod"] = shipping_method
        if shipping_partner is not UNSET:
            field_dict["shippingPartner"] = shipping_partner
        if shipping_speed is not UNSET:
            field_dict["shippingSpeed"] = shipping_speed
        if shipping_type is not UNSET:
            field_dict["shippingType"] = shipping_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_carrier_account_details(
            data: object,
        ) -> CarrierAccountDetails | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                carrier_account_details_type_1 = CarrierAccountDetails.from_dict(data)

                return carrier_account_details_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CarrierAccountDetails | None | Unset, data)

        carrier_account_details = _parse_carrier_account_details(
            d.pop("carrierAccountDetails", UNSET)
        )

        def _parse_duties(data: object) -> None | TransportationDuties | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                duties_type_1 = TransportationDuties.from_dict(data)

                return duties_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TransportationDuties | Unset, data)

        duties = _parse_duties(d.pop("duties", UNSET))

        def _parse_shipping_method(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        shipping_method = _parse_shipping_method(d.pop("shippingMethod", UNSET))

        def _parse_shipping_partner(data: object) -> None | ShippingPartner | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                shipping_partner_type_1 = ShippingPartner._parse(data)

                return shipping_partner_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ShippingPartner | Unset, data)

        shipping_partner = _parse_shipping_partner(d.pop("shippingPartner", UNSET))

        def _parse_shipping_speed(data: object) -> None | ShippingSpeed | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                shipping_speed_type_1 = ShippingSpeed._parse(data)

                return shipping_speed_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ShippingSpeed | Unset, data)

        shipping_speed = _parse_shipping_speed(d.pop("shippingSpeed", UNSET))

        def _parse_shipping_type(data: object) -> None | ShippingType | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                shipping_type_type_1 = ShippingType._parse(data)

                return shipping_type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ShippingType | Unset, data)

        shipping_type = _parse_shipping_type(d.pop("shippingType", UNSET))

        transportation_details = cls(
            carrier_account_details=carrier_account_details,
            duties=duties,
            shipping_method=shipping_method,
            shipping_partner=shipping_partner,
            shipping_speed=shipping_speed,
            shipping_type=shipping_type,
        )

        if d:
            transportation_details.additional_properties = d
        return transportation_details

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


# At the end, once TransportationDetails exists: a model that refers back to this one imports it from here.
if not TYPE_CHECKING:
    from ..models.carrier_account_details import CarrierAccountDetails  # noqa: E402
    from ..models.transportation_duties import TransportationDuties  # noqa: E402
