from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.commercial_invoice_line_item import CommercialInvoiceLineItem
    from ..models.invoice_address import InvoiceAddress


T = TypeVar("T", bound="CommercialInvoice")


@_attrs_define(repr=False)
class CommercialInvoice:
    """
    Attributes:
        commercial_invoice_line_items (list[CommercialInvoiceLineItem] | Unset):
        currency_code (None | str | Unset):
        id (int | Unset):
        invoice_number (None | str | Unset):
        manufacturer_address (InvoiceAddress | Unset):
    """

    commercial_invoice_line_items: list[CommercialInvoiceLineItem] | Unset = UNSET
    currency_code: None | str | Unset = UNSET
    id: int | Unset = UNSET
    invoice_number: None | str | Unset = UNSET
    manufacturer_address: InvoiceAddress | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        commercial_invoice_line_items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.commercial_invoice_line_items, Unset):
            commercial_invoice_line_items = []
            for (
                commercial_invoice_line_items_item_data
            ) in self.commercial_invoice_line_items:
                commercial_invoice_line_items_item = (
                    commercial_invoice_line_items_item_data.to_dict()
                )
                commercial_invoice_line_items.append(commercial_invoice_line_items_item)

        currency_code: None | str | Unset
        if isinstance(self.currency_code, Unset):
            currency_code = UNSET
        else:
            currency_code = self.currency_code

        id = self.id

        invoice_number: None | str | Unset
        if isinstance(self.invoice_number, Unset):
            invoice_number = UNSET
        else:
            invoice_number = self.invoice_number

        manufacturer_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.manufacturer_address, Unset):
            manufacturer_address = self.manufacturer_address.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if commercial_invoice_line_items is not UNSET:
            field_dict["commercial_invoice_line_items"] = commercial_invoice_line_items
        if currency_code is not UNSET:
            field_dict["currency_code"] = currency_code
        if id is not UNSET:
            field_dict["id"] = id
        if invoice_number is not UNSET:
            field_dict["invoice_number"] = invoice_number
        if manufacturer_address is not UNSET:
            field_dict["manufacturer_address"] = manufacturer_address

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _commercial_invoice_line_items = d.pop("commercial_invoice_line_items", UNSET)
        commercial_invoice_line_items: list[CommercialInvoiceLineItem] | Unset = UNSET
        if _commercial_invoice_line_items is not UNSET:
            commercial_invoice_line_items = []
            for (
                commercial_invoice_line_items_item_data
            ) in _commercial_invoice_line_items:
                commercial_invoice_line_items_item = (
                    CommercialInvoiceLineItem.from_dict(
                        commercial_invoice_line_items_item_data
                    )
                )

                commercial_invoice_line_items.append(commercial_invoice_line_items_item)

        def _parse_currency_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        currency_code = _parse_currency_code(d.pop("currency_code", UNSET))

        id = d.pop("id", UNSET)

        def _parse_invoice_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        invoice_number = _parse_invoice_number(d.pop("invoice_number", UNSET))

        _manufacturer_address = d.pop("manufacturer_address", UNSET)
        manufacturer_address: InvoiceAddress | Unset
        if isinstance(_manufacturer_address, Unset):
            manufacturer_address = UNSET
        else:
            manufacturer_address = InvoiceAddress.from_dict(_manufacturer_address)

        commercial_invoice = cls(
            commercial_invoice_line_items=commercial_invoice_line_items,
            currency_code=currency_code,
            id=id,
            invoice_number=invoice_number,
            manufacturer_address=manufacturer_address,
        )

        if d:
            commercial_invoice.additional_properties = d
        return commercial_invoice

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


# At the end, once CommercialInvoice exists: a model that refers back to this one imports it from here.
if not TYPE_CHECKING:
    from ..models.commercial_invoice_line_item import CommercialInvoiceLineItem  # noqa: E402
    from ..models.invoice_address import InvoiceAddress  # noqa: E402
