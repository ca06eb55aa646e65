from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.warehouse_details import WarehouseDetails


T = TypeVar("T", bound="WarehouseDetailsResponse")


@_attrs_define(repr=False)
class WarehouseDetailsResponse:
    """
    Attributes:
        logistics_sku (str):
        warehouse_details (list[WarehouseDetails] | Unset):
    """

    logistics_sku: str
    warehouse_details: list[WarehouseDetails] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        logistics_sku = self.logistics_sku

        warehouse_details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.warehouse_details, Unset):
            warehouse_details = []
            for warehouse_details_item_data in self.warehouse_details:
                warehouse_details_item = warehouse_details_item_data.to_dict()
                warehouse_details.append(warehouse_details_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "logisticsSku": logistics_sku,
            }
        )
        if warehouse_details is not UNSET:
            field_dict["warehouseDetails"] = warehouse_details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        logistics_sku = d.pop("logisticsSku")

        _warehouse_details = d.pop("warehouseDetails", UNSET)
        warehouse_details: list[WarehouseDetails] | Unset = UNSET
        if _warehouse_details is not UNSET:
            warehouse_details = []
            for warehouse_details_item_data in _warehouse_details:
                warehouse_details_item = WarehouseDetails.from_dict(
                    warehouse_details_item_data
                )

                warehouse_details.append(warehouse_details_item)

        warehouse_details_response = cls(
            logistics_sku=logistics_sku,
            warehouse_details=warehouse_details,
        )

        if d:
            warehouse_details_response.additional_properties = d
        return warehouse_details_response

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


# At the end, once WarehouseDetailsResponse exists: a model that refers back to this one imports it from here.
if not TYPE_CHECKING:
    from ..models.warehouse_details import WarehouseDetails  # noqa: E402
