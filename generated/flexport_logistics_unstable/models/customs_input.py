from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..models.country_code import CountryCode
from ..types import Unset

T = TypeVar("T", bound="CustomsInput")


@_attrs_define(repr=False)
class CustomsInput:
    """Customs data; needed only for international shipping.

    Attributes:
        customs_value (float | None):
        description (None | str):
        origin_country (CountryCode):
        tariff_code (None | str):
    """

    customs_value: float | None
    description: None | str
    origin_country: CountryCode
    tariff_code: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customs_value: float | None
        customs_value = self.customs_value

        description: None | str
        description = self.description

        origin_country = self.origin_country.value

        tariff_code: None | str
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

        def _parse_customs_value(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        customs_value = _parse_customs_value(d.pop("customsValue"))

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        origin_country = CountryCode._parse(d.pop("originCountry"))

        def _parse_tariff_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        tariff_code = _parse_tariff_code(d.pop("tariffCode"))

        customs_input = cls(
            customs_value=customs_value,
            description=description,
            origin_country=origin_country,
            tariff_code=tariff_code,
        )

        if d:
            customs_input.additional_properties = d
        return customs_input

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
