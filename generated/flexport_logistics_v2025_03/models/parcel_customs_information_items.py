from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..models.country_code import CountryCode
from ..models.weight_unit import WeightUnit
from ..types import Unset

T = TypeVar("T", bound="ParcelCustomsInformationItems")


@_attrs_define(repr=False)
class ParcelCustomsInformationItems:
    """
    Attributes:
        code (str):
        description (str):
        hs_tariff_code (str):
        origin_country (CountryCode):
        quantity (float):
        value (float):
        weight (float):
        weight_unit (WeightUnit):
    """

    code: str
    description: str
    hs_tariff_code: str
    origin_country: CountryCode
    quantity: float
    value: float
    weight: float
    weight_unit: WeightUnit
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        description = self.description

        hs_tariff_code = self.hs_tariff_code

        origin_country = self.origin_country.value

        quantity = self.quantity

        value = self.value

        weight = self.weight

        weight_unit = self.weight_unit.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "description": description,
                "hsTariffCode": hs_tariff_code,
                "originCountry": origin_country,
                "quantity": quantity,
                "value": value,
                "weight": weight,
                "weightUnit": weight_unit,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        description = d.pop("description")

        hs_tariff_code = d.pop("hsTariffCode")

        origin_country = CountryCode._parse(d.pop("originCountry"))

        quantity = d.pop("quantity")

        value = d.pop("value")

        weight = d.pop("weight")

        weight_unit = WeightUnit._parse(d.pop("weightUnit"))

        parcel_customs_information_items = cls(
            code=code,
            description=description,
            hs_tariff_code=hs_tariff_code,
            origin_country=origin_country,
            quantity=quantity,
            value=value,
            weight=weight,
            weight_unit=weight_unit,
        )

        if d:
            parcel_customs_information_items.additional_properties = d
        return parcel_customs_information_items

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
