from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

T = TypeVar("T", bound="MerchantOfRecordSkuMapInput")


@_attrs_define(repr=False)
class MerchantOfRecordSkuMapInput:
    """
    Attributes:
        dsku (str | Unset):
        msku (str | Unset):
        quantity (float | Unset):
    """

    dsku: str | Unset = UNSET
    msku: str | Unset = UNSET
    quantity: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dsku = self.dsku

        msku = self.msku

        quantity = self.quantity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if dsku is not UNSET:
            field_dict["dsku"] = dsku
        if msku is not UNSET:
            field_dict["msku"] = msku
        if quantity is not UNSET:
            field_dict["quantity"] = quantity

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        dsku = d.pop("dsku", UNSET)

        msku = d.pop("msku", UNSET)

        quantity = d.pop("quantity", UNSET)

        merchant_of_record_sku_map_input = cls(
            dsku=dsku,
            msku=msku,
            quantity=quantity,
        )

        if d:
            merchant_of_record_sku_map_input.additional_properties = d
        return merchant_of_record_sku_map_input

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
