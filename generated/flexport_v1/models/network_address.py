from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contact import Contact


T = TypeVar("T", bound="NetworkAddress")


@_attrs_define(repr=False)
class NetworkAddress:
    """
    Attributes:
        business_hours (None | str | Unset):
        city (None | str | Unset):
        contact (Contact | Unset):
        country_code (None | str | Unset):
        external_ref (None | str | Unset):
        id (int | Unset):
        lat (float | None | str | Unset): A number the API sends either as a JSON number or as a decimal string; may be
            null.
        lng (float | None | str | Unset): A number the API sends either as a JSON number or as a decimal string; may be
            null.
        name (None | str | Unset):
        state (None | str | Unset):
        street_address (None | str | Unset):
        street_address2 (None | str | Unset):
    """

    business_hours: None | str | Unset = UNSET
    city: None | str | Unset = UNSET
    contact: Contact | Unset = UNSET
    country_code: None | str | Unset = UNSET
    external_ref: None | str | Unset = UNSET
    id: int | Unset = UNSET
    lat: float | None | str | Unset = UNSET
    lng: float | None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    state: None | str | Unset = UNSET
    street_address: None | str | Unset = UNSET
    street_address2: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        business_hours: None | str | Unset
        if isinstance(self.business_hours, Unset):
            business_hours = UNSET
        else:
            business_hours = self.business_hours

        city: None | str | Unset
        if isinstance(self.city, Unset):
            city = UNSET
        else:
            city = self.city

        contact: dict[str, Any] | Unset = UNSET
        if not isinstance(self.contact, Unset):
            contact = self.contact.to_dict()

        country_code: None | str | Unset
        if isinstance(self.country_code, Unset):
            country_code = UNSET
        else:
            country_code = self.country_code

        external_ref: None | str | Unset
        if isinstance(self.external_ref, Unset):
            external_ref = UNSET
        else:
            external_ref = self.external_ref

        id = self.id

        lat: float | None | str | Unset
        if isinstance(self.lat, Unset):
            lat = UNSET
        else:
            lat = self.lat

        lng: float | None | str | Unset
        if isinstance(self.lng, Unset):
            lng = UNSET
        else:
            lng = self.lng

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        state: None | str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        else:
            state = self.state

        street_address: None | str | Unset
        if isinstance(self.street_address, Unset):
            street_address = UNSET
        else:
            street_address = self.street_address

        street_address2: None | str | Unset
        if isinstance(self.street_address2, Unset):
            street_address2 = UNSET
        else:
            street_address2 = self.street_address2

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if business_hours is not UNSET:
            field_dict["business_hours"] = business_hours
        if city is not UNSET:
            field_dict["city"] = city
        if contact is not UNSET:
            field_dict["contact"] = contact
        if country_code is not UNSET:
            field_dict["country_code"] = country_code
        if external_ref is not UNSET:
            field_dict["external_ref"] = external_ref
        if id is not UNSET:
            field_dict["id"] = id
        if lat is not UNSET:
            field_dict["lat"] = lat
        if lng is not UNSET:
            field_dict["lng"] = lng
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

        def _parse_business_hours(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        business_hours = _parse_business_hours(d.pop("business_hours", UNSET))

        def _parse_city(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        city = _parse_city(d.pop("city", UNSET))

        _contact = d.pop("contact", UNSET)
        contact: Contact | Unset
        if isinstance(_contact, Unset):
            contact = UNSET
        else:
            contact = Contact.from_dict(_contact)

        def _parse_country_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        country_code = _parse_country_code(d.pop("country_code", UNSET))

        def _parse_external_ref(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        external_ref = _parse_external_ref(d.pop("external_ref", UNSET))

        id = d.pop("id", UNSET)

        def _parse_lat(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        lat = _parse_lat(d.pop("lat", UNSET))

        def _parse_lng(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        lng = _parse_lng(d.pop("lng", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_state(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        state = _parse_state(d.pop("state", UNSET))

        def _parse_street_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        street_address = _parse_street_address(d.pop("street_address", UNSET))

        def _parse_street_address2(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        street_address2 = _parse_street_address2(d.pop("street_address2", UNSET))

        network_address = cls(
            business_hours=business_hours,
            city=city,
            contact=contact,
            country_code=country_code,
            external_ref=external_ref,
            id=id,
            lat=lat,
            lng=lng,
            name=name,
            state=state,
            street_address=street_address,
            street_address2=street_address2,
        )

        if d:
            network_address.additional_properties = d
        return network_address

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


# At the end, once NetworkAddress exists: a model that refers back to this one imports it from here.
if not TYPE_CHECKING:
    from ..models.contact import Contact  # noqa: E402
