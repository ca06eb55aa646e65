from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..models.products_country_code import ProductsCountryCode
from ..types import Unset

T = TypeVar("T", bound="ProductsCustomsInput")


@_attrs_define(repr=False)
class ProductsCustomsInput:
    """Customs data; needed only for international shipping.

    Attributes:
        customs_value (float):
        description (str):
        origin_country (ProductsCountryCode):
        tariff_code (str):
    """

    customs_value: float
    description: str
    origin_country: ProductsCountryCode
    tariff_code: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customs_value = self.customs_value

        description = self.description

        origin_country = self.origin_country.value

        tariff_code = self.tariff_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customsValue": customs_value,
                "description": description,
                "originCountry": origin_country,
                "tariffCode": tariff_code,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        customs_value = d.pop("customsValue")

        description = d.pop("description")

        origin_country = ProductsCountryCode._parse(d.pop("originCountry"))

        tariff_code = d.pop("tariffCode")

        products_customs_input = cls(
            customs_value=customs_value,
            description=description,
            origin_country=origin_country,
            tariff_code=tariff_code,
        )

        if d:
            products_customs_input.additional_properties = d
        return products_customs_input

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
