from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..models.length_unit import LengthUnit
from ..models.weight_unit import WeightUnit
from ..types import Unset

T = TypeVar("T", bound="Dimensions")


@_attrs_define(repr=False)
class Dimensions:
    """
    Attributes:
        height (float):
        length (float):
        length_unit (LengthUnit):
        weight (float):
        weight_unit (WeightUnit):
        width (float):
    """

    height: float
    length: float
    length_unit: LengthUnit
    weight: float
    weight_unit: WeightUnit
    width: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        height = self.height

        length = self.length

        length_unit = self.length_unit.value

        weight = self.weight

        weight_unit = self.weight_unit.value

        width = self.width

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "height": height,
                "length": length,
                "lengthUnit": length_unit,
                "weight": weight,
                "weightUnit": weight_unit,
                "width": width,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        height = d.pop("height")

        length = d.pop("length")

        length_unit = LengthUnit._parse(d.pop("lengthUnit"))

        weight = d.pop("weight")

        weight_unit = WeightUnit._parse(d.pop("weightUnit"))

        width = d.pop("width")

        dimensions = cls(
            height=height,
            length=length,
            length_unit=length_unit,
            weight=weight,
            weight_unit=weight_unit,
            width=width,
        )

        if d:
            dimensions.additional_properties = d
        return dimensions

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
