from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..models.required_general_ltl_gs_1_bol_info import RequiredGeneralLtlGs1BolInfo
from ..types import Unset

T = TypeVar("T", bound="TradingPartnerGeneralBolFieldRequiredGeneralLtlGs1BolInfo")


@_attrs_define(repr=False)
class TradingPartnerGeneralBolFieldRequiredGeneralLtlGs1BolInfo:
    """
    Attributes:
        field_id (RequiredGeneralLtlGs1BolInfo):
        value (str):
    """

    field_id: RequiredGeneralLtlGs1BolInfo
    value: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_id = self.field_id.value

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "fieldId": field_id,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        field_id = RequiredGeneralLtlGs1BolInfo._parse(d.pop("fieldId"))

        value = d.pop("value")

        trading_partner_general_bol_field_required_general_ltl_gs_1_bol_info = cls(
            field_id=field_id,
            value=value,
        )

        if d:
            trading_partner_general_bol_field_required_general_ltl_gs_1_bol_info.additional_properties = d
        return trading_partner_general_bol_field_required_general_ltl_gs_1_bol_info

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
