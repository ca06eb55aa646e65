from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import Unset

T = TypeVar("T", bound="PalletInput")


@_attrs_define(repr=False)
class PalletInput:
    """
    Attributes:
        dimension_unit (str):
        height (float):
        length (float):
        number_of_identical_pallets (int):
        weight (float):
        weight_unit (str):
        width (float):
    """

    dimension_unit: str
    height: float
    length: float
    number_of_identical_pallets: int
    weight: float
    weight_unit: str
    width: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dimension_unit = self.dimension_unit

        height = self.height

        length = self.length

        number_of_identical_pallets = self.number_of_identical_pallets

        weight = self.weight

        weight_unit = self.weight_unit

        width = self.width

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dimensionUnit": dimension_unit,
                "height": height,
                "length": length,
                "numberOfIdenticalPallets": number_of_identical_pallets,
                "weight": weight,
                "weightUnit": weight_unit,
                "width": width,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        dimension_unit = d.pop("dimensionUnit")

        height = d.pop("height")

        length = d.pop("length")

        number_of_identical_pallets = d.pop("numberOfIdenticalPallets")

        weight = d.pop("weight")

        weight_unit = d.pop("weightUnit")

        width = d.pop("width")

        pallet_input = cls(
            dimension_unit=dimension_unit,
            height=height,
            length=length,
            number_of_identical_pallets=number_of_identical_pallets,
            weight=weight,
            weight_unit=weight_unit,
            width=width,
        )

        if d:
            pallet_input.additional_properties = d
        return pallet_input

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
