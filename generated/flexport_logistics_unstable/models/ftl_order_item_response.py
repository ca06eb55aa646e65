from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..models.ftl_order_item_response_weight_unit_enum import (
    FtlOrderItemResponseWeightUnitEnum,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="FtlOrderItemResponse")


@_attrs_define(repr=False)
class FtlOrderItemResponse:
    """
    Attributes:
        cost (float):
        total_weight (float):
        weight_unit (FtlOrderItemResponseWeightUnitEnum):
        customer_bol_id (str | Unset):
        pallet_count (float | Unset):
    """

    cost: float
    total_weight: float
    weight_unit: FtlOrderItemResponseWeightUnitEnum
    customer_bol_id: str | Unset = UNSET
    pallet_count: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cost = self.cost

        total_weight = self.total_weight

        weight_unit = self.weight_unit.value

        customer_bol_id = self.customer_bol_id

        pallet_count = self.pallet_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cost": cost,
                "totalWeight": total_weight,
                "weightUnit": weight_unit,
            }
        )
        if customer_bol_id is not UNSET:
            field_dict["customerBolId"] = customer_bol_id
        if pallet_count is not UNSET:
            field_dict["palletCount"] = pallet_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cost = d.pop("cost")

        total_weight = d.pop("totalWeight")

        weight_unit = FtlOrderItemResponseWeightUnitEnum._parse(d.pop("weightUnit"))

        customer_bol_id = d.pop("customerBolId", UNSET)

        pallet_count = d.pop("palletCount", UNSET)

        ftl_order_item_response = cls(
            cost=cost,
            total_weight=total_weight,
            weight_unit=weight_unit,
            customer_bol_id=customer_bol_id,
            pallet_count=pallet_count,
        )

        if d:
            ftl_order_item_response.additional_properties = d
        return ftl_order_item_response

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
