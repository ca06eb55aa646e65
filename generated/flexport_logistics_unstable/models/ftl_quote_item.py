from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..models.ftl_quote_item_response_weight_unit_enum import (
    FtlQuoteItemResponseWeightUnitEnum,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="FtlQuoteItem")


@_attrs_define(repr=False)
class FtlQuoteItem:
    """
    Attributes:
        pallet_count (float):
        total_cost (float):
        transit_days (float):
        original_cost (float | Unset):
        total_weight (float | Unset):
        weight_unit (FtlQuoteItemResponseWeightUnitEnum | Unset):
    """

    pallet_count: float
    total_cost: float
    transit_days: float
    original_cost: float | Unset = UNSET
    total_weight: float | Unset = UNSET
    weight_unit: FtlQuoteItemResponseWeightUnitEnum | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pallet_count = self.pallet_count

        total_cost = self.total_cost

        transit_days = self.transit_days

        original_cost = self.original_cost

        total_weight = self.total_weight

        weight_unit: str | Unset = UNSET
        if not isinstance(self.weight_unit, Unset):
            weight_unit = self.weight_unit.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "palletCount": pallet_count,
                "totalCost": total_cost,
                "transitDays": transit_days,
            }
        )
        if original_cost is not UNSET:
            field_dict["originalCost"] = original_cost
        if total_weight is not UNSET:
            field_dict["totalWeight"] = total_weight
        if weight_unit is not UNSET:
            field_dict["weightUnit"] = weight_unit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        pallet_count = d.pop("palletCount")

        total_cost = d.pop("totalCost")

        transit_days = d.pop("transitDays")

        original_cost = d.pop("originalCost", UNSET)

        total_weight = d.pop("totalWeight", UNSET)

        _weight_unit = d.pop("weightUnit", UNSET)
        weight_unit: FtlQuoteItemResponseWeightUnitEnum | Unset
        if isinstance(_weight_unit, Unset):
            weight_unit = UNSET
        else:
            weight_unit = FtlQuoteItemResponseWeightUnitEnum._parse(_weight_unit)

        ftl_quote_item = cls(
            pallet_count=pallet_count,
            total_cost=total_cost,
            transit_days=transit_days,
            original_cost=original_cost,
            total_weight=total_weight,
            weight_unit=weight_unit,
        )

        if d:
            ftl_quote_item.additional_properties = d
        return ftl_quote_item

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
