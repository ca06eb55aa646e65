from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

T = TypeVar("T", bound="FreightDetail")


@_attrs_define(repr=False)
class FreightDetail:
    """
    Attributes:
        bol_id (None | str | Unset):
        carrier_name (None | str | Unset):
        carrier_scac (None | str | Unset):
        pro_number (None | str | Unset):
    """

    bol_id: None | str | Unset = UNSET
    carrier_name: None | str | Unset = UNSET
    carrier_scac: None | str | Unset = UNSET
    pro_number: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bol_id: None | str | Unset
        if isinstance(self.bol_id, Unset):
            bol_id = UNSET
        else:
            bol_id = self.bol_id

        carrier_name: None | str | Unset
        if isinstance(self.carrier_name, Unset):
            carrier_name = UNSET
        else:
            carrier_name = self.carrier_name

        carrier_scac: None | str | Unset
        if isinstance(self.carrier_scac, Unset):
            carrier_scac = UNSET
        else:
            carrier_scac = self.carrier_scac

        pro_number: None | str | Unset
        if isinstance(self.pro_number, Unset):
            pro_number = UNSET
        else:
            pro_number = self.pro_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bol_id is not UNSET:
            field_dict["bolId"] = bol_id
        if carrier_name is not UNSET:
            field_dict["carrierName"] = carrier_name
        if carrier_scac is not UNSET:
            field_dict["carrierSCAC"] = carrier_scac
        if pro_number is not UNSET:
            field_dict["proNumber"] = pro_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_bol_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        bol_id = _parse_bol_id(d.pop("bolId", UNSET))

        def _parse_carrier_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        carrier_name = _parse_carrier_name(d.pop("carrierName", UNSET))

        def _parse_carrier_scac(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        carrier_scac = _parse_carrier_scac(d.pop("carrierSCAC", UNSET))

        def _parse_pro_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pro_number = _parse_pro_number(d.pop("proNumber", UNSET))

        freight_detail = cls(
            bol_id=bol_id,
            carrier_name=carrier_name,
            carrier_scac=carrier_scac,
            pro_number=pro_number,
        )

        if d:
            freight_detail.additional_properties = d
        return freight_detail

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
