from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

T = TypeVar("T", bound="FreightPalletResponse")


@_attrs_define(repr=False)
class FreightPalletResponse:
    """
    Attributes:
        dimension_unit (str):
        height (float):
        id (float):
        length (float):
        weight (float):
        weight_unit (str):
        width (float):
        pallet_config_id (str | Unset):
    """

    dimension_unit: str
    height: float
    id: float
    length: float
    weight: float
    weight_unit: str
    width: float
    pallet_config_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dimension_unit = self.dimension_unit

        height = self.height

        id = self.id

        length = self.length

        weight = self.weight

        weight_unit = self.weight_unit

        width = self.width

        pallet_config_id = self.pallet_config_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dimensionUnit": dimension_unit,
                "height": height,
                "id": id,
                "length": length,
                "weight": weight,
                "weightUnit": weight_unit,
                "width": width,
            }
        )
        if pallet_config_id is not UNSET:
            field_dict["palletConfigId"] = pallet_config_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        dimension_unit = d.pop("dimensionUnit")

        height = d.pop("height")

        id = d.pop("id")

        length = d.pop("length")

        weight = d.pop("weight")

        weight_unit = d.pop("weightUnit")

        width = d.pop("width")

        pallet_config_id = d.pop("palletConfigId", UNSET)

        freight_pallet_response = cls(
            dimension_unit=dimension_unit,
            height=height,
            id=id,
            length=length,
            weight=weight,
            weight_unit=weight_unit,
            width=width,
            pallet_config_id=pallet_config_id,
        )

        if d:
            freight_pallet_response.additional_properties = d
        return freight_pallet_response

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
