from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import Unset

T = TypeVar("T", bound="Port")


@_attrs_define(repr=False)
class Port:
    """
    Attributes:
        city (str):
        country (str):
        id (str):
        name (str):
        postal_code (str):
        state_or_province (str):
        street1 (str):
        street2 (str):
    """

    city: str
    country: str
    id: str
    name: str
    postal_code: str
    state_or_province: str
    street1: str
    street2: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        city = self.city

        country = self.country

        id = self.id

        name = self.name

        postal_code = self.postal_code

        state_or_province = self.state_or_province

        street1 = self.street1

        street2 = self.street2

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "city": city,
                "country": country,
                "id": id,
                "name": name,
                "postalCode": postal_code,
                "stateOrProvince": state_or_province,
                "street1": street1,
                "street2": street2,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        city = d.pop("city")

        country = d.pop("country")

        id = d.pop("id")

        name = d.pop("name")

        postal_code = d.pop("postalCode")

        state_or_province = d.pop("stateOrProvince")

        street1 = d.pop("street1")

        street2 = d.pop("street2")

        port = cls(
            city=city,
            country=country,
            id=id,
            name=name,
            postal_code=postal_code,
            state_or_province=state_or_province,
            street1=street1,
            street2=street2,
        )

        if d:
            port.additional_properties = d
        return port

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
