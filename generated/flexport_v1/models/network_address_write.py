from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contact import Contact


T = TypeVar("T", bound="NetworkAddressWrite")


@_attrs_define(repr=False)
class NetworkAddressWrite:
    """
    Attributes:
        city (str | Unset):
        contact (Contact | Unset):
        country_code (str | Unset):
        external_ref (str | Unset):
        name (str | Unset):
        state (str | Unset):
        street_address (str | Unset):
        street_address2 (None | str | Unset):
    """

    city: str | Unset = UNSET
    contact: Contact | Unset = UNSET
    country_code: str | Unset = UNSET
    external_ref: str | Unset = UNSET
    name: str | Unset = UNSET
    state: str | Unset = UNSET
    street_address: str | Unset = UNSET
    street_address2: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        city = self.city

        contact: dict[str, Any] | Unset = UNSET
        if not isinstance(self.contact, Unset):
            contact = self.contact.to_dict()

        country_code = self.country_code

        external_ref = self.external_ref

        name = self.name

        state = self.state

        street_address = self.street_address

        street_address2: None | str | Unset
        if isinstance(self.street_address2, Unset):
            street_address2 = UNSET
        else:
            street_address2 = self.street_address2

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if city is not UNSET:
            field_dict["city"] = city
        if contact is not UNSET:
            field_dict["contact"] = contact
        if country_code is not UNSET:
            field_dict["country_code"] = country_code
        if external_ref is not UNSET:
            field_dict["external_ref"] = external_ref
        if name is not UNSET:
            field_dict["name"] = name
        if state is not UNSET:
            field_dict["state"] = state
        if street_address is not UNSET:
            field_dict["street_address"] = street_address
        if street_address2 is not UNSET:
            field_dict["street_address2"] = street_address2

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        city = d.pop("city", UNSET)

        _contact = d.pop("contact", UNSET)
        contact: Contact | Unset
        if isinstance(_contact, Unset):
            contact = UNSET
        else:
            contact = Contact.from_dict(_contact)

        country_code = d.pop("country_code", UNSET)

        external_ref = d.pop("external_ref", UNSET)

        name = d.pop("name", UNSET)

        state = d.pop("state", UNSET)

        street_address = d.pop("street_address", UNSET)

        def _parse_street_address2(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        street_address2 = _parse_street_address2(d.pop("street_address2", UNSET))

        network_address_write = cls(
            city=city,
            contact=contact,
            country_code=country_code,
            external_ref=external_ref,
            name=name,
            state=state,
            street_address=street_address,
            street_address2=street_address2,
        )

        if d:
            network_address_write.additional_properties = d
        return network_address_write

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


# At the end, once NetworkAddressWrite exists: a model that refers back to this one imports it from here.
if not TYPE_CHECKING:
    from ..models.contact import Contact  # noqa: E402
