from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..models.package_details_dimension_unit_enum import PackageDetailsDimensionUnitEnum
from ..models.package_details_weight_unit_enum import PackageDetailsWeightUnitEnum
from ..types import UNSET, Unset

T = TypeVar("T", bound="PackageDetails")


@_attrs_define(repr=False)
class PackageDetails:
    """
    Attributes:
        height (float):
        length (float):
        pallet_count (float):
        weight (float):
        width (float):
        dimension_unit (PackageDetailsDimensionUnitEnum | Unset):
        freight_class (str | Unset): Type not shown by the reference; sent as text.
        nmfc_code (str | Unset):
        stackable (bool | Unset):
        sub_nmfc_code (str | Unset):
        weight_unit (PackageDetailsWeightUnitEnum | Unset):
    """

    height: float
    length: float
    pallet_count: float
    weight: float
    width: float
    dimension_unit: PackageDetailsDimensionUnitEnum | Unset = UNSET
    freight_class: str | Unset = UNSET
    nmfc_code: str | Unset = UNSET
    stackable: bool | Unset = UNSET
    sub_nmfc_code: str | Unset = UNSET
    weight_unit: PackageDetailsWeightUnitEnum | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        height = self.height

        length = self.length

        pallet_count = self.pallet_count

        weight = self.weight

        width = self.width

        dimension_unit: str | Unset = UNSET
        if not isinstance(self.dimension_unit, Unset):
            dimension_unit = self.dimension_unit.value

        freight_class = self.freight_class

        nmfc_code = self.nmfc_code

        stackable = self.stackable

        sub_nmfc_code = self.sub_nmfc_code

        weight_unit: str | Unset = UNSET
        if not isinstance(self.weight_unit, Unset):
            weight_unit = self.weight_unit.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "height": height,
                "length": length,
                "palletCount": pallet_count,
                "weight": weight,
                "width": width,
            }
        )
        if dimension_unit is not UNSET:
            field_dict["dimensionUnit"] = dimension_unit
        if freight_class is not UNSET:
            field_dict["freightClass"] = freight_class
        if nmfc_code is not UNSET:
            field_dict["nmfcCode"] = nmfc_code
        if stackable is not UNSET:
            field_dict["stackable"] = stackable
        if sub_nmfc_code is not UNSET:
            field_dict["subNmfcCode"] = sub_nmfc_code
        if weight_unit is not UNSET:
            field_dict["weightUnit"] = weight_unit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        height = d.pop("height")

        length = d.pop("length")

        pallet_count = d.pop("palletCount")

        weight = d.pop("weight")

        width = d.pop("width")

        _dimension_unit = d.pop("dimensionUnit", UNSET)
        dimension_unit: PackageDetailsDimensionUnitEnum | Unset
        if isinstance(_dimension_unit, Unset):
            dimension_unit = UNSET
        else:
            dimension_unit = PackageDetailsDimensionUnitEnum._parse(_dimension_unit)

        freight_class = d.pop("freightClass", UNSET)

        nmfc_code = d.pop("nmfcCode", UNSET)

        stackable = d.pop("stackable", UNSET)

        sub_nmfc_code = d.pop("subNmfcCode", UNSET)

        _weight_unit = d.pop("weightUnit", UNSET)
        weight_unit: PackageDetailsWeightUnitEnum | Unset
        if isinstance(_weight_unit, Unset):
            weight_unit = UNSET
        else:
            weight_unit = PackageDetailsWeightUnitEnum._parse(_weight_unit)

        package_details = cls(
            height=height,
            length=length,
            pallet_count=pallet_count,
            weight=weight,
            width=width,
            dimension_unit=dimension_unit,
            freight_class=freight_class,
            nmfc_code=nmfc_code,
            stackable=stackable,
            sub_nmfc_code=sub_nmfc_code,
            weight_unit=weight_unit,
        )

        if d:
            package_details.additional_properties = d
        return package_details

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
