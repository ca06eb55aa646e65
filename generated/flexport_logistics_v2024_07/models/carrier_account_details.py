from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

T = TypeVar("T", bound="CarrierAccountDetails")


@_attrs_define(repr=False)
class CarrierAccountDetails:
    """Needed for THIRD_PARTY, RECEIVER, COLLECT (COLLECT: carrierName FEDEX only).

    Attributes:
        carrier_account_id (None | str | Unset):
        carrier_name (None | str | Unset): UPS or FEDEX.
        country (None | str | Unset):
        postal_code (None | str | Unset):
    """

    carrier_account_id: None | str | Unset = UNSET
    carrier_name: None | str | Unset = UNSET
    country: None | str | Unset = UNSET
    postal_code: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        carrier_account_id: None | str | Unset
        if isinstance(self.carrier_account_id, Unset):
            carrier_account_id = UNSET
        else:
            carrier_account_id = self.carrier_account_id

        carrier_name: None | str | Unset
        if isinstance(self.carrier_name, Unset):
            carrier_name = UNSET
        else:
            carrier_name = self.carrier_name

        country: None | str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        else:
            country = self.country

        postal_code: None | str | Unset
        if isinstance(self.postal_code, Unset):
            postal_code = UNSET
        else:
            postal_code = self.postal_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if carrier_account_id is not UNSET:
            field_dict["carrierAccountId"] = carrier_account_id
        if carrier_name is not UNSET:
            field_dict["carrierName"] = carrier_name
        if country is not UNSET:
            field_dict["country"] = country
        if postal_code is not UNSET:
            field_dict["postalCode"] = postal_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_carrier_account_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        carrier_account_id = _parse_carrier_account_id(d.pop("carrierAccountId", UNSET))

        def _parse_carrier_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        carrier_name = _parse_carrier_name(d.pop("carrierName", UNSET))

        def _parse_country(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        country = _parse_country(d.pop("country", UNSET))

        def _parse_postal_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        postal_code = _parse_postal_code(d.pop("postalCode", UNSET))

        carrier_account_details = cls(
            carrier_account_id=carrier_account_id,
            carrier_name=carrier_name,
            country=country,
            postal_code=postal_code,
        )

        if d:
            carrier_account_details.additional_properties = d
        return carrier_account_details

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
