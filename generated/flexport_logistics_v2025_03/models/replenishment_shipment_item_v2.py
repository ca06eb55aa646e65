from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..models.quantity_uom import QuantityUom
from ..types import UNSET, Unset

T = TypeVar("T", bound="ReplenishmentShipmentItemV2")


@_attrs_define(repr=False)
class ReplenishmentShipmentItemV2:
    """
    Attributes:
        line_item_id (None | str | Unset):
        logistics_sku (None | str | Unset):
        lot_number (None | str | Unset):
        quantity (float | None | Unset):
        quantity_per_pack (float | None | Unset):
        quantity_uom (None | QuantityUom | Unset):
        shipped_quantity (float | None | Unset):
        total_price (float | None | Unset):
        unit_price (float | None | Unset):
    """

    line_item_id: None | str | Unset = UNSET
    logistics_sku: None | str | Unset = UNSET
    lot_number: None | str | Unset = UNSET
    quantity: float | None | Unset = UNSET
    quantity_per_pack: float | None | Unset = UNSET
    quantity_uom: None | QuantityUom | Unset = UNSET
    shipped_quantity: float | None | Unset = UNSET
    total_price: float | None | Unset = UNSET
    unit_price: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        line_item_id: None | str | Unset
        if isinstance(self.line_item_id, Unset):
            line_item_id = UNSET
        else:
            line_item_id = self.line_item_id

        logistics_sku: None | str | Unset
        if isinstance(self.logistics_sku, Unset):
            logistics_sku = UNSET
        else:
            logistics_sku = self.logistics_sku

        lot_number: None | str | Unset
        if isinstance(self.lot_number, Unset):
            lot_number = UNSET
        else:
            lot_number = self.lot_number

        quantity: float | None | Unset
        if isinstance(self.quantity, Unset):
            quantity = UNSET
        else:
            quantity = self.quantity

        quantity_per_pack: float | None | Unset
        if isinstance(self.quantity_per_pack, Unset):
            quantity_per_pack = UNSET
        else:
            quantity_per_pack = self.quantity_per_pack

        quantity_uom: None | str | Unset
        if isinstance(self.quantity_uom, Unset):
            quantity_uom = UNSET
        elif isinstance(self.quantity_uom, QuantityUom):
            quantity_uom = self.quantity_uom.value
        else:
            quantity_uom = self.quantity_uom

        shipped_quantity: float | None | Unset
        if isinstance(self.shipped_quantity, Unset):
            shipped_quantity = UNSET
        else:
            shipped_quantity = self.shipped_quantity

        total_price: float | None | Unset
        if isinstance(self.total_price, Unset):
            total_price = UNSET
        else:
            total_price = self.total_price

        unit_price: float | None | Unset
        if isinstance(self.unit_price, Unset):
            unit_price = UNSET
        else:
            unit_price = self.unit_price

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if line_item_id is not UNSET:
            field_dict["lineItemId"] = line_item_id
        if logistics_sku is not UNSET:
            field_dict["logisticsSku"] = logistics_sku
        if lot_number is not UNSET:
            field_dict["lotNumber"] = lot_number
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if quantity_per_pack is not UNSET:
            field_dict["quantityPerPack"] = quantity_per_pack
        if quantity_uom is not UNSET:
            field_dict["quantityUOM"] = quantity_uom
        if shipped_quantity is not UNSET:
            field_dict["shippedQuantity"] = shipped_quantity
        if total_price is not UNSET:
            field_dict["totalPrice"] = total_price
        if unit_price is not UNSET:
            field_dict["unitPrice"] = unit_price

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_line_item_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        line_item_id = _parse_line_item_id(d.pop("lineItemId", UNSET))

        def _parse_logistics_sku(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        logistics_sku = _parse_logistics_sku(d.pop("logisticsSku", UNSET))

        def _parse_lot_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        lot_number = _parse_lot_number(d.pop("lotNumber", UNSET))

        def _parse_quantity(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        quantity = _parse_quantity(d.pop("quantity", UNSET))

        def _parse_quantity_per_pack(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        quantity_per_pack = _parse_quantity_per_pack(d.pop("quantityPerPack", UNSET))

        def _parse_quantity_uom(data: object) -> None | QuantityUom | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                quantity_uom_type_1 = QuantityUom._parse(data)

                return quantity_uom_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | QuantityUom | Unset, data)

        quantity_uom = _parse_quantity_uom(d.pop("quantityUOM", UNSET))

        def _parse_shipped_quantity(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        shipped_quantity = _parse_shipped_quantity(d.pop("shippedQuantity", UNSET))

        def _parse_total_price(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        total_price = _parse_total_price(d.pop("totalPrice", UNSET))

        def _parse_unit_price(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        unit_price = _parse_unit_price(d.pop("unitPrice", UNSET))

        replenishment_shipment_item_v2 = cls(
            line_item_id=line_item_id,
            logistics_sku=logistics_sku,
            lot_number=lot_number,
            quantity=quantity,
            quantity_per_pack=quantity_per_pack,
            quantity_uom=quantity_uom,
            shipped_quantity=shipped_quantity,
            total_price=total_price,
            unit_price=unit_price,
        )

        if d:
            replenishment_shipment_item_v2.additional_properties = d
        return replenishment_shipment_item_v2

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
