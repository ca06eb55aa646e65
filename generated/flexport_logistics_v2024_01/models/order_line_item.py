from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.money import Money


T = TypeVar("T", bound="OrderLineItem")


@_attrs_define(repr=False)
class OrderLineItem:
    """
    Attributes:
        logistics_sku (str):
        quantity (float):
        customs_unit_value (Money | None | Unset):
    """

    logistics_sku: str
    quantity: float
    customs_unit_value: Money | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        logistics_sku = self.logistics_sku

        quantity = self.quantity

        customs_unit_value: dict[str, Any] | None | Unset
        if isinstance(self.customs_unit_value, Unset):
            customs_unit_value = UNSET
        elif isinstance(self.customs_unit_value, Money):
            customs_unit_value = self.customs_unit_value.to_dict()
        else:
            customs_unit_value = self.customs_unit_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "logisticsSku": logistics_sku,
                "quantity": quantity,
            }
        )
        if customs_unit_value is not UNSET:
            field_dict["customsUnitValue"] = customs_unit_value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        logistics_sku = d.pop("logisticsSku")

        quantity = d.pop("quantity")

        def _parse_customs_unit_value(data: object) -> Money | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                customs_unit_value_type_1 = Money.from_dict(data)

                return customs_unit_value_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Money | None | Unset, data)

        customs_unit_value = _parse_customs_unit_value(d.pop("customsUnitValue", UNSET))

        order_line_item = cls(
            logistics_sku=logistics_sku,
            quantity=quantity,
            customs_unit_value=customs_unit_value,
        )

        if d:
            order_line_item.additional_properties = d
        return order_line_item

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


# At the end, once OrderLineItem exists: a model that refers back to this one imports it from here.
if not TYPE_CHECKING:
    from ..models.money import Money  # noqa: E402
