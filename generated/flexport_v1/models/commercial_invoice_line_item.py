from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.product_ref import ProductRef


T = TypeVar("T", bound="CommercialInvoiceLineItem")


@_attrs_define(repr=False)
class CommercialInvoiceLineItem:
    """
    Attributes:
        document_line_number (int | None | Unset):
        id (int | Unset):
        price_per_unit (float | None | str | Unset): A number the API sends either as a JSON number or as a decimal
            string; may be null.
        product (ProductRef | Unset):
        purchase_order (None | str | Unset):
        total_price (float | None | str | Unset): A number the API sends either as a JSON number or as a decimal string;
            may be null.
        total_units (float | None | str | Unset): A number the API sends either as a JSON number or as a decimal string;
            may be null.
        total_volume (float | None | str | Unset): A number the API sends either as a JSON number or as a decimal
            string; may be null.
        total_weight (float | None | str | Unset): A number the API sends either as a JSON number or as a decimal
            string; may be null.
    """

    document_line_number: int | None | Unset = UNSET
    id: int | Unset = UNSET
    price_per_unit: float | None | str | Unset = UNSET
    product: ProductRef | Unset = UNSET
    purchase_order: None | str | Unset = UNSET
    total_price: float | None | str | Unset = UNSET
    total_units: float | None | str | Unset = UNSET
    total_volume: float | None | str | Unset = UNSET
    total_weight: float | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        document_line_number: int | None | Unset
        if isinstance(self.document_line_number, Unset):
            document_line_number = UNSET
        else:
            document_line_number = self.document_line_number

        id = self.id

        price_per_unit: float | None | str | Unset
        if isinstance(self.price_per_unit, Unset):
            price_per_unit = UNSET
        else:
            price_per_unit = self.price_per_unit

        product: dict[str, Any] | Unset = UNSET
        if not isinstance(self.product, Unset):
            product = self.product.to_dict()

        purchase_order: None | str | Unset
        if isinstance(self.purchase_order, Unset):
            purchase_order = UNSET
        else:
            purchase_order = self.purchase_order

        total_price: float | None | str | Unset
        if isinstance(self.total_price, Unset):
            total_price = UNSET
        else:
            total_price = self.total_price

        total_units: float | None | str | Unset
        if isinstance(self.total_units, Unset):
            total_units = UNSET
        else:
            total_units = self.total_units

        total_volume: float | None | str | Unset
        if isinstance(self.total_volume, Unset):
            total_volume = UNSET
        else:
            total_volume = self.total_volume

        total_weight: float | None | str | Unset
        if isinstance(self.total_weight, Unset):
            total_weight = UNSET
        else:
            total_weight = self.total_weight

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if document_line_number is not UNSET:
            field_dict["document_line_number"] = document_line_number
        if id is not UNSET:
            field_dict["id"] = id
        if price_per_unit is not UNSET:
            field_dict["price_per_unit"] = price_per_unit
        if product is not UNSET:
            field_dict["product"] = product
        if purchase_order is not UNSET:
            field_dict["purchase_order"] = purchase_order
        if total_price is not UNSET:
            field_dict["total_price"] = total_price
        if total_units is not UNSET:
            field_dict["total_units"] = total_units
        if total_volume is not UNSET:
            field_dict["total_volume"] = total_volume
        if total_weight is not UNSET:
            field_dict["total_weight"] = total_weight

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_document_line_number(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        document_line_number = _parse_document_line_number(
            d.pop("document_line_number", UNSET)
        )

        id = d.pop("id", UNSET)

        def _parse_price_per_unit(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        price_per_unit = _parse_price_per_unit(d.pop("price_per_unit", UNSET))

        _product = d.pop("product", UNSET)
        product: ProductRef | Unset
        if isinstance(_product, Unset):
            product = UNSET
        else:
            product = ProductRef.from_dict(_product)

        def _parse_purchase_order(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        purchase_order = _parse_purchase_order(d.pop("purchase_order", UNSET))

        def _parse_total_price(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        total_price = _parse_total_price(d.pop("total_price", UNSET))

        def _parse_total_units(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        total_units = _parse_total_units(d.pop("total_units", UNSET))

        def _parse_total_volume(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        total_volume = _parse_total_volume(d.pop("total_volume", UNSET))

        def _parse_total_weight(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        total_weight = _parse_total_weight(d.pop("total_weight", UNSET))

        commercial_invoice_line_item = cls(
            document_line_number=document_line_number,
            id=id,
            price_per_unit=price_per_unit,
            product=product,
            purchase_order=purchase_order,
            total_price=total_price,
            total_units=total_units,
            total_volume=total_volume,
            total_weight=total_weight,
        )

        if d:
            commercial_invoice_line_item.additional_properties = d
        return commercial_invoice_line_item

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


# At the end, once CommercialInvoiceLineItem exists: a model that refers back to this one imports it from here.
if not TYPE_CHECKING:
    from ..models.product_ref import ProductRef  # noqa: E402
