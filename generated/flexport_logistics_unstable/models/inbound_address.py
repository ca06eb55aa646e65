from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..models.country_code import CountryCode
from ..types import UNSET, Unset

T = TypeVar("T", bound="InboundAddress")


@_attrs_define(repr=False)
class InboundAddress:
    """
    Attributes:
        address1 (str): Street address or PO box.
        city (str):
        country_code (CountryCode):
        province_code (str): Region code, e.g. QC.
        zip_ (str):
        address2 (str | Unset): Apartment, suite or unit.
        company (str | Unset):
        first_name (str | Unset):
        last_name (str | Unset):
        name (str | Unset):
        phone (str | Unset): E.164, e.g. +16135551111.
    """

    address1: str
    city: str
    country_code: CountryCode
    province_code: str
    zip_: str
    address2: str | Unset = UNSET
    company: str | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    name: str | Unset = UNSET
    phone: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address1 = self.address1

        city = self.city

        country_code = self.country_code.value

        province_code = self.province_code

        zip_ = self.zip_

        address2 = self.address2

        company = self.company

        first_name = self.first_name

        last_name = self.last_name

        name = self.name

        phone = self.phone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "address1": address1,
                "city": city,
                "countryCode": country_code,
                "provinceCode": province_code,
                "zip": zip_,
            }
        )
        if address2 is not UNSET:
            field_dict["address2"] = address2
        if company is not UNSET:
            field_dict["company"] = company
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if name is not UNSET:
            field_dict["name"] = name
        if phone is not UNSET:
            field_dict["phone"] = phone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        address1 = d.pop("address1")

        city = d.pop("city")

        country_code = CountryCode._parse(d.pop("countryCode"))

        province_code = d.pop("provinceCode")

        zip_ = d.pop("zip")

        address2 = d.pop("address2", UNSET)

        company = d.pop("company", UNSET)

        first_name = d.pop("firstName", UNSET)

        last_name = d.pop("lastName", UNSET)

        name = d.pop("name", UNSET)

        phone = d.pop("phone", UNSET)

        inbound_address = cls(
            address1=address1,
            city=city,
            country_code=country_code,
            province_code=province_code,
            zip_=zip_,
            address2=address2,
            company=company,
            first_name=first_name,
            last_name=last_name,
            name=name,
            phone=phone,
        )

        if d:
            inbound_address.additional_properties = d
        return inbound_address

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
