from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProductData")


@_attrs_define(repr=False)
class ProductData:
    """Used to find the product when logisticsSku is absent.

    Attributes:
        sku (str): Merchant SKU.
        buyer_part_number (None | str | Unset):
        gtin (int | None | Unset): GTIN as a number, not a string.
        upc (None | str | Unset):
    """

    sku: str
    buyer_part_number: None | str | Unset = UNSET
    gtin: int | None | Unset = UNSET
    upc: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sku = self.sku

        buyer_part_number: None | str | Unset
        if isinstance(self.buyer_part_number, Unset):
            buyer_part_number = UNSET
        else:
            buyer_part_number = self.buyer_part_number

        gtin: int | None | Unset
        if isinstance(self.gtin, Unset):
            gtin = UNSET
        else:
            gtin = self.gtin

        upc: None | str | Unset
        if isinstance(self.upc, Unset):
            upc = UNSET
        else:
            upc = self.upc

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sku": sku,
            }
        )
        if buyer_part_number is not UNSET:
            field_dict["buyerPartNumber"] = buyer_part_number
        if gtin is not UNSET:
            field_dict["gtin"] = gtin
        if upc is not UNSET:
            field_dict["upc"] = upc

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        sku = d.pop("sku")

        def _parse_buyer_part_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        buyer_part_number = _parse_buyer_part_number(d.pop("buyerPartNumber", UNSET))

        def _parse_gtin(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        gtin = _parse_gtin(d.pop("gtin", UNSET))

        def _parse_upc(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        upc = _parse_upc(d.pop("upc", UNSET))

        product_data = cls(
            sku=sku,
            buyer_part_number=buyer_part_number,
            gtin=gtin,
            upc=upc,
        )

        if d:
            product_data.additional_properties = d
        return product_data

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
