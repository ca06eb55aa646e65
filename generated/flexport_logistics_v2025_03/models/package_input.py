from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..models.length_unit import LengthUnit
from ..models.weight_unit import WeightUnit
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.item_data import ItemData


T = TypeVar("T", bound="PackageInput")


@_attrs_define(repr=False)
class PackageInput:
    """
    Attributes:
        items (list[ItemData]):
        number_of_identical_pkgs (float):
        dimension_unit (LengthUnit | Unset):
        height (float | Unset):
        length (float | Unset):
        seller_lp_ns (list[str] | Unset): Seller license-plate numbers for these packages.
        weight (float | Unset):
        weight_unit (WeightUnit | Unset):
        width (float | Unset):
    """

    items: list[ItemData]
    number_of_identical_pkgs: float
    dimension_unit: LengthUnit | Unset = UNSET
    height: float | Unset = UNSET
    length: float | Unset = UNSET
    seller_lp_ns: list[str] | Unset = UNSET
    weight: float | Unset = UNSET
    weight_unit: WeightUnit | Unset = UNSET
    width: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        number_of_identical_pkgs = self.number_of_identical_pkgs

        dimension_unit: str | Unset = UNSET
        if not isinstance(self.dimension_unit, Unset):
            dimension_unit = self.dimension_unit.value

        height = self.height

        length = self.length

        seller_lp_ns: list[str] | Unset = UNSET
        if not isinstance(self.seller_lp_ns, Unset):
            seller_lp_ns = self.seller_lp_ns

        weight = self.weight

        weight_unit: str | Unset = UNSET
        if not isinstance(self.weight_unit, Unset):
            weight_unit = self.weight_unit.value

        width = self.width

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "items": items,
                "numberOfIdenticalPkgs": number_of_identical_pkgs,
            }
        )
        if dimension_unit is not UNSET:
            field_dict["dimensionUnit"] = dimension_unit
        if height is not UNSET:
            field_dict["height"] = height
        if length is not UNSET:
            field_dict["length"] = length
        if seller_lp_ns is not UNSET:
            field_dict["sellerLPNs"] = seller_lp_ns
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
        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = ItemData.from_dict(items_item_data)

            items.append(items_item)

        number_of_identical_pkgs = d.pop("numberOfIdenticalPkgs")

        _dimension_unit = d.pop("dimensionUnit", UNSET)
        dimension_unit: LengthUnit | Unset
        if isinstance(_dimension_unit, Unset):
            dimension_unit = UNSET
        else:
            dimension_unit = LengthUnit._parse(_dimension_unit)

        height = d.pop("height", UNSET)

        length = d.pop("length", UNSET)

        seller_lp_ns = cast(list[str], d.pop("sellerLPNs", UNSET))

        weight = d.pop("weight", UNSET)

        _weight_unit = d.pop("weightUnit", UNSET)
        weight_unit: WeightUnit | Unset
        if isinstance(_weight_unit, Unset):
            weight_unit = UNSET
        else:
            weight_unit = WeightUnit._parse(_weight_unit)

        width = d.pop("width", UNSET)

        package_input = cls(
            items=items,
            number_of_identical_pkgs=number_of_identical_pkgs,
            dimension_unit=dimension_unit,
            height=height,
            length=length,
            seller_lp_ns=seller_lp_ns,
            weight=weight,
            weight_unit=weight_unit,
            width=width,
        )

        if d:
            package_input.additional_properties = d
        return package_input

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


# At the end, once PackageInput exists: a model that refers back to this one imports it from here.
if not TYPE_CHECKING:
    from ..models.item_data import ItemData  # noqa: E402
