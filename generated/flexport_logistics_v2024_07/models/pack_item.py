from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..models.quantity_uom import QuantityUom
from ..types import UNSET, Unset

T = TypeVar("T", bound="PackItem")


@_attrs_define(repr=False)
class PackItem:
    """
    Attributes:
        logistics_sku (None | str | Unset):
        quantity (float | None | Unset):
        quantity_uom (None | QuantityUom | Unset):
    """

    logistics_sku: None | str | Unset = UNSET
    quantity: float | None | Unset = UNSET
    quantity_uom: None | QuantityUom | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        logistics_sku: None | str | Unset
        if isinstance(self.logistics_sku, Unset):
            logistics_sku = UNSET
        else:
            logistics_sku = self.logistics_sku

        quantity: float | None | Unset
        if isinstance(self.quantity, Unset):
            quantity = UNSET
        else:
            quantity = self.quantity

        quantity_uom: None | str | Unset
        if isinstance(self.quantity_uom, Unset):
            quantity_uom = UNSET
        elif isinstance(self.quantity_uom, QuantityUom):
            quantity_uom = self.quantity_uom.value
        else:
            quantity_uom = self.quantity_uom

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if logistics_sku is not UNSET:
            field_dict["logisticsSku"] = logistics_sku
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if quantity_uom is not UNSET:
            field_dict["quantityUOM"] = quantity_uom

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_logistics_sku(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        logistics_sku = _parse_logistics_sku(d.pop("logisticsSku", UNSET))

        def _parse_quantity(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        quantity = _parse_quantity(d.pop("quantity", UNSET))

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

        pack_item = cls(
            logistics_sku=logistics_sku,
            quantity=quantity,
            quantity_uom=quantity_uom,
        )

        if d:
            pack_item.additional_properties = d
        return pack_item

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
