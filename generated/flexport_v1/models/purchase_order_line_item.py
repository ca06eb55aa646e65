from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.booking_line_item import BookingLineItem


T = TypeVar("T", bound="PurchaseOrderLineItem")


@_attrs_define(repr=False)
class PurchaseOrderLineItem:
    """
    Attributes:
        booking_line_items (list[BookingLineItem] | None | Unset):
        cargo_ready_date (None | str | Unset):
        id (int | Unset):
        line_item_number (float | None | str | Unset): A number the API sends either as a JSON number or as a decimal
            string; may be null.
        product_sku (float | None | str | Unset): A number the API sends either as a JSON number or as a decimal string;
            may be null.
        unit_cost (float | None | str | Unset): A number the API sends either as a JSON number or as a decimal string;
            may be null.
        units (float | None | Unset):
    """

    booking_line_items: list[BookingLineItem] | None | Unset = UNSET
    cargo_ready_date: None | str | Unset = UNSET
    id: int | Unset = UNSET
    line_item_number: float | None | str | Unset = UNSET
    product_sku: float | None | str | Unset = UNSET
    unit_cost: float | None | str | Unset = UNSET
    units: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        booking_line_items: list[dict[str, Any]] | None | Unset
        if isinstance(self.booking_line_items, Unset):
            booking_line_items = UNSET
        elif isinstance(self.booking_line_items, list):
            booking_line_items = []
            for booking_line_items_type_0_item_data in self.booking_line_items:
                booking_line_items_type_0_item = (
                    booking_line_items_type_0_item_data.to_dict()
                )
                booking_line_items.append(booking_line_items_type_0_item)

        else:
            booking_line_items = self.booking_line_items

        cargo_ready_date: None | str | Unset
        if isinstance(self.cargo_ready_date, Unset):
            cargo_ready_date = UNSET
        else:
            cargo_ready_date = self.cargo_ready_date

        id = self.id

        line_item_number: float | None | str | Unset
        if isinstance(self.line_item_number, Unset):
            line_item_number = UNSET
        else:
            line_item_number = self.line_item_number

        product_sku: float | None | str | Unset
        if isinstance(self.product_sku, Unset):
            product_sku = UNSET
        else:
            product_sku = self.product_sku

        unit_cost: float | None | str | Unset
        if isinstance(self.unit_cost, Unset):
            unit_cost = UNSET
        else:
            unit_cost = self.unit_cost

        units: float | None | Unset
        if isinstance(self.units, Unset):
            units = UNSET
        else:
            units = self.units

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if booking_line_items is not UNSET:
            field_dict["booking_line_items"] = booking_line_items
        if cargo_ready_date is not UNSET:
            field_dict["cargo_ready_date"] = cargo_ready_date
        if id is not UNSET:
            field_dict["id"] = id
        if line_item_number is not UNSET:
            field_dict["line_item_number"] = line_item_number
        if product_sku is not UNSET:
            field_dict["product_sku"] = product_sku
        if unit_cost is not UNSET:
            field_dict["unit_cost"] = unit_cost
        if units is not UNSET:
            field_dict["units"] = units

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_booking_line_items(
            data: object,
        ) -> list[BookingLineItem] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                booking_line_items_type_0 = []
                _booking_line_items_type_0 = data
                for booking_line_items_type_0_item_data in _booking_line_items_type_0:
                    booking_line_items_type_0_item = BookingLineItem.from_dict(
                        booking_line_items_type_0_item_data
                    )

                    booking_line_items_type_0.append(booking_line_items_type_0_item)

                return booking_line_items_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[BookingLineItem] | None | Unset, data)

        booking_line_items = _parse_booking_line_items(
            d.pop("booking_line_items", UNSET)
        )

        def _parse_cargo_ready_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cargo_ready_date = _parse_cargo_ready_date(d.pop("cargo_ready_date", UNSET))

        id = d.pop("id", UNSET)

        def _parse_line_item_number(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        line_item_number = _parse_line_item_number(d.pop("line_item_number", UNSET))

        def _parse_product_sku(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        product_sku = _parse_product_sku(d.pop("product_sku", UNSET))

        def _parse_unit_cost(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        unit_cost = _parse_unit_cost(d.pop("unit_cost", UNSET))

        def _parse_units(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        units = _parse_units(d.pop("units", UNSET))

        purchase_order_line_item = cls(
            booking_line_items=booking_line_items,
            cargo_ready_date=cargo_ready_date,
            id=id,
            line_item_number=line_item_number,
            product_sku=product_sku,
            unit_cost=unit_cost,
            units=units,
        )

        if d:
            purchase_order_line_item.additional_properties = d
        return purchase_order_line_item

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


# At the end, once PurchaseOrderLineItem exists: a model that refers back to this one imports it from here.
if not TYPE_CHECKING:
    from ..models.booking_line_item import BookingLineItem  # noqa: E402
