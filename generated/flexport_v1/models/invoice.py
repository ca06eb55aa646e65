from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.invoice_line import InvoiceLine


T = TypeVar("T", bound="Invoice")


@_attrs_define(repr=False)
class Invoice:
    """
    Attributes:
        amount_paid (float | None | str | Unset): A number the API sends either as a JSON number or as a decimal string;
            may be null.
        currency (None | str | Unset):
        due_date (None | str | Unset):
        first_shared_at (None | str | Unset):
        id (int | Unset):
        invoice_id (None | str | Unset):  Example: FLEX-12345-1.
        lines (list[InvoiceLine] | None | Unset):
        shipment_id (float | None | str | Unset): A number the API sends either as a JSON number or as a decimal string;
            may be null.
        shipment_name (None | str | Unset): Absent on Client invoices.
        status (None | str | Unset):  Example: paid.
        total (float | None | str | Unset): A number the API sends either as a JSON number or as a decimal string; may
            be null.
        type_ (None | str | Unset): Shipment or Client
    """

    amount_paid: float | None | str | Unset = UNSET
    currency: None | str | Unset = UNSET
    due_date: None | str | Unset = UNSET
    first_shared_at: None | str | Unset = UNSET
    id: int | Unset = UNSET
    invoice_id: None | str | Unset = UNSET
    lines: list[InvoiceLine] | None | Unset = UNSET
    shipment_id: float | None | str | Unset = UNSET
    shipment_name: None | str | Unset = UNSET
    status: None | str | Unset = UNSET
    total: float | None | str | Unset = UNSET
    type_: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount_paid: float | None | str | Unset
        if isinstance(self.amount_paid, Unset):
            amount_paid = UNSET
        else:
            amount_paid = self.amount_paid

        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

        due_date: None | str | Unset
        if isinstance(self.due_date, Unset):
            due_date = UNSET
        else:
            due_date = self.due_date

        first_shared_at: None | str | Unset
        if isinstance(self.first_shared_at, Unset):
            first_shared_at = UNSET
        else:
            first_shared_at = self.first_shared_at

        id = self.id

        invoice_id: None | str | Unset
        if isinstance(self.invoice_id, Unset):
            invoice_id = UNSET
        else:
            invoice_id = self.invoice_id

        lines: list[dict[str, Any]] | None | Unset
        if isinstance(self.lines, Unset):
            lines = UNSET
        elif isinstance(self.lines, list):
            lines = []
            for lines_type_0_item_data in self.lines:
                lines_type_0_item = lines_type_0_item_data.to_dict()
                lines.append(lines_type_0_item)

        else:
            lines = self.lines

        shipment_id: float | None | str | Unset
        if isinstance(self.shipment_id, Unset):
            shipment_id = UNSET
        else:
            shipment_id = self.shipment_id

        shipment_name: None | str | Unset
        if isinstance(self.shipment_name, Unset):
            shipment_name = UNSET
        else:
            shipment_name = self.shipment_name

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        total: float | None | str | Unset
        if isinstance(self.total, Unset):
            total = UNSET
        else:
            total = self.total

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if amount_paid is not UNSET:
            field_dict["amount_paid"] = amount_paid
        if currency is not UNSET:
            field_dict["currency"] = currency
        if due_date is not UNSET:
            field_dict["due_date"] = due_date
        if first_shared_at is not UNSET:
            field_dict["first_shared_at"] = first_shared_at
        if id is not UNSET:
            field_dict["id"] = id
        if invoice_id is not UNSET:
            field_dict["invoice_id"] = invoice_id
        if lines is not UNSET:
            field_dict["lines"] = lines
        if shipment_id is not UNSET:
            field_dict["shipment_id"] = shipment_id
        if shipment_name is not UNSET:
            field_dict["shipment_name"] = shipment_name
        if status is not UNSET:
            field_dict["status"] = status
        if total is not UNSET:
            field_dict["total"] = total
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_amount_paid(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        amount_paid = _parse_amount_paid(d.pop("amount_paid", UNSET))

        def _parse_currency(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        currency = _parse_currency(d.pop("currency", UNSET))

        def _parse_due_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        due_date = _parse_due_date(d.pop("due_date", UNSET))

        def _parse_first_shared_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        first_shared_at = _parse_first_shared_at(d.pop("first_shared_at", UNSET))

        id = d.pop("id", UNSET)

        def _parse_invoice_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        invoice_id = _parse_invoice_id(d.pop("invoice_id", UNSET))

        def _parse_lines(data: object) -> list[InvoiceLine] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                lines_type_0 = []
                _lines_type_0 = data
                for lines_type_0_item_data in _lines_type_0:
                    lines_type_0_item = InvoiceLine.from_dict(lines_type_0_item_data)

                    lines_type_0.append(lines_type_0_item)

                return lines_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[InvoiceLine] | None | Unset, data)

        lines = _parse_lines(d.pop("lines", UNSET))

        def _parse_shipment_id(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        shipment_id = _parse_shipment_id(d.pop("shipment_id", UNSET))

        def _parse_shipment_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        shipment_name = _parse_shipment_name(d.pop("shipment_name", UNSET))

        def _parse_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_total(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        total = _parse_total(d.pop("total", UNSET))

        def _parse_type_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        invoice = cls(
            amount_paid=amount_paid,
            currency=currency,
            due_date=due_date,
            first_shared_at=first_shared_at,
            id=id,
            invoice_id=invoice_id,
            lines=lines,
            shipment_id=shipment_id,
            shipment_name=shipment_name,
            status=status,
            total=total,
            type_=type_,
        )

        if d:
            invoice.additional_properties = d
        return invoice

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


# At the end, once Invoice exists: a model that refers back to this one imports it from here.
if not TYPE_CHECKING:
    from ..models.invoice_line import InvoiceLine  # noqa: E402
