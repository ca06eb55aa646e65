from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeliverrAddress")


@_attrs_define(repr=False)
class DeliverrAddress:
    """
    Attributes:
        city (str):
        country (str):
        name (str):
        state (str):
        street1 (str):
        zip_ (str):
        company (str | Unset):
        email (str | Unset):
        is_residential (bool | Unset):
        phone (str | Unset):
        street2 (str | Unset):
    """

    city: str
    country: str
    name: str
    state: str
    street1: str
    zip_: str
    company: str | Unset = UNSET
    email: str | Unset = UNSET
    is_residential: bool | Unset = UNSET
    phone: str | Unset = UNSET
    street2: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        city = self.city

        country = self.country

        name = self.name

        state = self.state

        street1 = self.street1

        zip_ = self.zip_

        company = self.company

        email = self.email

        is_residential = self.is_residential

        phone = self.phone

        street2 = self.street2

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "city": city,
                "country": country,
                "name": name,
                "state": state,
                "street1": street1,
                "zip": zip_,
            }
        )
        if company is not UNSET:
            field_dict["company"] = company
        if email is not UNSET:
            field_dict["email"] = email
        if is_residential is not UNSET:
            field_dict["isResidential"] = is_residential
        if phone is not UNSET:
            field_dict["phone"] = phone
        if street2 is not UNSET:
            field_dict["street2"] = street2

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        city = d.pop("city")

        country = d.pop("country")

        name = d.pop("name")

        state = d.pop("state")

        street1 = d.pop("street1")

        zip_ = d.pop("zip")

        company = d.pop("company", UNSET)

        email = d.pop("email", UNSET)

        is_residential = d.pop("isResidential", UNSET)

        phone = d.pop("phone", UNSET)

        street2 = d.pop("street2", UNSET)

        deliverr_address = cls(
            city=city,
            country=country,
            name=name,
            state=state,
            street1=street1,
            zip_=zip_,
            company=company,
            email=email,
            is_residential=is_residential,
            phone=phone,
            street2=street2,
        )

        if d:
            deliverr_address.additional_properties = d
        return deliverr_address

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
