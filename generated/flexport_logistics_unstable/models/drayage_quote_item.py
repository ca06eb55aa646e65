from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..models.package_type import PackageType
from ..types import UNSET, Unset

T = TypeVar("T", bound="DrayageQuoteItem")


@_attrs_define(repr=False)
class DrayageQuoteItem:
    """
    Attributes:
        total_cost (float):
        transit_days (float):
        original_cost (float | Unset):
        package_count (float | Unset):
        package_type (PackageType | Unset):
    """

    total_cost: float
    transit_days: float
    original_cost: float | Unset = UNSET
    package_count: float | Unset = UNSET
    package_type: PackageType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_cost = self.total_cost

        transit_days = self.transit_days

        original_cost = self.original_cost

        package_count = self.package_count

        package_type: str | Unset = UNSET
        if not isinstance(self.package_type, Unset):
            package_type = self.package_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "totalCost": total_cost,
                "transitDays": transit_days,
            }
        )
        if original_cost is not UNSET:
            field_dict["originalCost"] = original_cost
        if package_count is not UNSET:
            field_dict["packageCount"] = package_count
        if package_type is not UNSET:
            field_dict["packageType"] = package_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        total_cost = d.pop("totalCost")

        transit_days = d.pop("transitDays")

        original_cost = d.pop("originalCost", UNSET)

        package_count = d.pop("packageCount", UNSET)

        _package_type = d.pop("packageType", UNSET)
        package_type: PackageType | Unset
        if isinstance(_package_type, Unset):
            package_type = UNSET
        else:
            package_type = PackageType._parse(_package_type)

        drayage_quote_item = cls(
            total_cost=total_cost,
            transit_days=transit_days,
            original_cost=original_cost,
            package_count=package_count,
            package_type=package_type,
        )

        if d:
            drayage_quote_item.additional_properties = d
        return drayage_quote_item

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
