from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

T = TypeVar("T", bound="PurchaseOrderLineItemWrite")


@_attrs_define(repr=False)
class PurchaseOrderLineItemWrite:
    """
    Attributes:
        product_sku (float | None | str): A number the API sends either as a JSON number or as a decimal string; may be
            null.
        cargo_ready_date (str | Unset):
        line_item_number (float | None | str | Unset): A number the API sends either as a JSON number or as a decimal
            string; may be null.
        product_name (str | Unset): Needed when the product does not exist yet.
        unit_cost (float | None | str | Unset): A number the API sends either as a JSON number or as a decimal string;
            may be null.
        units (float | Unset):
    """

    product_sku: float | None | str
    cargo_ready_date: str | Unset = UNSET
    line_item_number: float | None | str | Unset = UNSET
    product_name: str | Unset = UNSET
    unit_cost: float | None | str | Unset = UNSET
    units: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        product_sku: float | None | str
        product_sku = self.product_sku

        cargo_ready_date = self.cargo_ready_date

        line_item_number: float | None | str | Unset
        if isinstance(self.line_item_number, Unset):
            line_item_number = UNSET
        else:
            line_item_number = self.line_item_number

        product_name = self.product_name

        unit_cost: float | None | str | Unset
        if isinstance(self.unit_cost, Unset):
            unit_cost = UNSET
        else:
            unit_cost = self.unit_cost

        units = self.units

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "product_sku": product_sku,
            }
        )
        if cargo_ready_date is not UNSET:
            field_dict["cargo_ready_date"] = cargo_ready_date
        if line_item_number is not UNSET:
            field_dict["line_item_number"] = line_item_number
        if product_name is not UNSET:
            field_dict["product_name"] = product_name
        if unit_cost is not UNSET:
            field_dict["unit_cost"] = unit_cost
        if units is not UNSET:
            field_dict["units"] = units

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_product_sku(data: object) -> float | None | str:
            if data is None:
                return data
            return cast(float | None | str, data)

        product_sku = _parse_product_sku(d.pop("product_sku"))

        cargo_ready_date = d.pop("cargo_ready_date", UNSET)

        def _parse_line_item_number(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        line_item_number = _parse_line_item_number(d.pop("line_item_number", UNSET))

        product_name = d.pop("product_name", UNSET)

        def _parse_unit_cost(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        unit_cost = _parse_unit_cost(d.pop("unit_cost", UNSET))

        units = d.pop("units", UNSET)

        purchase_order_line_item_write = cls(
            product_sku=product_sku,
            cargo_ready_date=cargo_ready_date,
            line_item_number=line_item_number,
            product_name=product_name,
            unit_cost=unit_cost,
            units=units,
        )

        if d:
            purchase_order_line_item_write.additional_properties = d
        return purchase_order_line_item_write

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
