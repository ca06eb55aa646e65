from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..models.length_unit import LengthUnit
from ..models.weight_unit import WeightUnit
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdatePackageInput")


@_attrs_define(repr=False)
class UpdatePackageInput:
    """
    Attributes:
        ids (list[str]):
        dimension_unit (LengthUnit | Unset):
        height (float | Unset):
        length (float | Unset):
        shipping_provider (str | Unset):
        tracking_number (str | Unset):
        weight (float | Unset):
        weight_unit (WeightUnit | Unset):
        width (float | Unset):
    """

    ids: list[str]
    dimension_unit: LengthUnit | Unset = UNSET
    height: float | Unset = UNSET
    length: float | Unset = UNSET
    shipping_provider: str | Unset = UNSET
    tracking_number: str | Unset = UNSET
    weight: float | Unset = UNSET
    weight_unit: WeightUnit | Unset = UNSET
    width: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ids = self.ids

        dimension_unit: str | Unset = UNSET
        if not isinstance(self.dimension_unit, Unset):
            dimension_unit = self.dimension_unit.value

        height = self.height

        length = self.length

        shipping_provider = self.shipping_provider

        tracking_number = self.tracking_number

        weight = self.weight

        weight_unit: str | Unset = UNSET
        if not isinstance(self.weight_unit, Unset):
            weight_unit = self.weight_unit.value

        width = self.width

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ids": ids,
            }
        )
        if dimension_unit is not UNSET:
            field_dict["dimensionUnit"] = dimension_unit
        if height is not UNSET:
            field_dict["height"] = height
        if length is not UNSET:
            field_dict["length"] = length
        if shipping_provider is not UNSET:
            field_dict["shippingProvider"] = shipping_provider
        if tracking_number is not UNSET:
            field_dict["trackingNumber"] = tracking_number
        if weight is not UNSET:
            field_dict["weight"] = weight
        if weight_unit is not UNSET:
            field_dict["weightUnit"] = weight_unit
        if width is not UNSET:
            field_dict["width"] = width

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ids = cast(list[str], d.pop("ids"))

        _dimension_unit = d.pop("dimensionUnit", UNSET)
        dimension_unit: LengthUnit | Unset
        if isinstance(_dimension_unit, Unset):
            dimension_unit = UNSET
        else:
            dimension_unit = LengthUnit._parse(_dimension_unit)

        height = d.pop("height", UNSET)

        length = d.pop("length", UNSET)

        shipping_provider = d.pop("shippingProvider", UNSET)

        tracking_number = d.pop("trackingNumber", UNSET)

        weight = d.pop("weight", UNSET)

        _weight_unit = d.pop("weightUnit", UNSET)
        weight_unit: WeightUnit | Unset
        if isinstance(_weight_unit, Unset):
            weight_unit = UNSET
        else:
            weight_unit = WeightUnit._parse(_weight_unit)

        width = d.pop("width", UNSET)

        update_package_input = cls(
            ids=ids,
            dimension_unit=dimension_unit,
            height=height,
            length=length,
            shipping_provider=shipping_provider,
            tracking_number=tracking_number,
            weight=weight,
            weight_unit=weight_unit,
            width=width,
        )

        if d:
            update_package_input.additional_properties = d
        return update_package_input

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
