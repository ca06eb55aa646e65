from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.deliverr_address import DeliverrAddress
    from ..models.payment_terms import PaymentTerms
    from ..models.retailer_adjustment import RetailerAdjustment


T = TypeVar("T", bound="RetailerData")


@_attrs_define(repr=False)
class RetailerData:
    """Extra data for EDI and DROP_SHIP orders.

    Attributes:
        address (DeliverrAddress | None | Unset):
        charges (list[RetailerAdjustment] | None | Unset):
        customer_po_number (None | str | Unset):
        delivery_date (datetime.datetime | None | Unset):
        department (None | str | Unset):
        discounts (list[RetailerAdjustment] | None | Unset):
        invoice_number (None | str | Unset):
        mark_for_store (None | str | Unset):
        payment_terms (None | PaymentTerms | Unset):
        purchase_order_number (None | str | Unset):
        retailer (None | str | Unset):
        ship_after_date (datetime.datetime | None | Unset):
        ship_by_date (datetime.datetime | None | Unset):
        trading_partner_id (None | str | Unset):
    """

    address: DeliverrAddress | None | Unset = UNSET
    charges: list[RetailerAdjustment] | None | Unset = UNSET
    customer_po_number: None | str | Unset = UNSET
    delivery_date: datetime.datetime | None | Unset = UNSET
    department: None | str | Unset = UNSET
    discounts: list[RetailerAdjustment] | None | Unset = UNSET
    invoice_number: None | str | Unset = UNSET
    mark_for_store: None | str | Unset = UNSET
    payment_terms: None | PaymentTerms | Unset = UNSET
    purchase_order_number: None | str | Unset = UNSET
    retailer: None | str | Unset = UNSET
    ship_after_date: datetime.datetime | None | Unset = UNSET
    ship_by_date: datetime.datetime | None | Unset = UNSET
    trading_partner_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address: dict[str, Any] | None | Unset
        if isinstance(self.address, Unset):
            address = UNSET
        elif isinstance(self.address, DeliverrAddress):
            address = self.address.to_dict()
        else:
            address = self.address

        charges: list[dict[str, Any]] | None | Unset
        if isinstance(self.charges, Unset):
            charges = UNSET
        elif isinstance(self.charges, list):
            charges = []
            for charges_type_0_item_data in self.charges:
                charges_type_0_item = charges_type_0_item_data.to_dict()
                charges.append(charges_type_0_item)

        else:
            charges = self.charges

        customer_po_number: None | str | Unset
        if isinstance(self.customer_po_number, Unset):
            customer_po_number = UNSET
        else:
            customer_po_number = self.customer_po_number

        delivery_date: None | str | Unset
        if isinstance(self.delivery_date, Unset):
            delivery_date = UNSET
        elif isinstance(self.delivery_date, datetime.datetime):
            delivery_date = self.delivery_date.isoformat()
        else:
            delivery_date = self.delivery_date

        department: None | str | Unset
        if isinstance(self.department, Unset):
            department = UNSET
        else:
            department = self.department

        discounts: list[dict[str, Any]] | None | Unset
        if isinstance(self.discounts, Unset):
            discounts = UNSET
        elif isinstance(self.discounts, list):
            discounts = []
            for discounts_type_0_item_data in self.discounts:
                discounts_type_0_item = discounts_type_0_item_data.to_dict()
                discounts.append(discounts_type_0_item)

        else:
            discounts = self.discounts

        invoice_number: None | str | Unset
        if isinstance(self.invoice_number, Unset):
            invoice_number = UNSET
        else:
            invoice_number = self.invoice_number

        mark_for_store: None | str | Unset
        if isinstance(self.mark_for_store, Unset):
            mark_for_store = UNSET
        else:
            mark_for_store = self.mark_for_store

        payment_terms: dict[str, Any] | None | Unset
        if isinstance(self.payment_terms, Unset):
            payment_terms = UNSET
        elif isinstance(self.payment_terms, PaymentTerms):
            payment_terms = self.payment_terms.to_dict()
        else:
            payment_terms = self.payment_terms

        purchase_order_number: None | str | Unset
        if isinstance(self.purchase_order_number, Unset):
            purchase_order_number = UNSET
        else:
            purchase_order_number = self.purchase_order_number

        retailer: None | str | Unset
        if isinstance(self.retailer, Unset):
            retailer = UNSET
        else:
            retailer = self.retailer

        ship_after_date: None | str | Unset
        if isinstance(self.ship_after_date, Unset):
            ship_after_date = UNSET
        elif isinstance(self.ship_after_date, datetime.datetime):
            ship_after_date = self.ship_after_date.isoformat()
        else:
            ship_after_date = self.ship_after_date

        ship_by_date: None | str | Unset
        if isinstance(self.ship_by_date, Unset):
            ship_by_date = UNSET
        elif isinstance(self.ship_by_date, datetime.datetime):
            ship_by_date = self.ship_by_date.isoformat()
        else:
            ship_by_date = self.ship_by_date

        trading_partner_id: None | str | Unset
        if isinstance(self.trading_partner_id, Unset):
            trading_partner_id = UNSET
        else:
            trading_partner_id = self.trading_partner_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if address is not UNSET:
            field_dict["address"] = address
        if charges is not UNSET:
            field_dict["charges"] = charges
        if customer_po_number is not UNSET:
            field_dict["customerPoNumber"] = customer_po_number
        if delivery_date is not UNSET:
            field_dict["deliveryDate"] = delivery_date
        if department is not UNSET:
            field_dict["department"] = department
        if discounts is not UNSET:
            field_dict["discounts"] = discounts
        if invoice_number is not UNSET:
            field_dict["invoiceNumber"] = invoice_number
        if mark_for_store is not UNSET:
            field_dict["markForStore"] = mark_for_store
        if payment_terms is not UNSET:
            field_dict["paymentTerms"] = payment_terms
        if purchase_order_number is not UNSET:
            field_dict["purchaseOrderNumber"] = purchase_order_number
        if retailer is not UNSET:
            field_dict["retailer"] = retailer
        if ship_after_date is not UNSET:
            field_dict["shipAfterDate"] = ship_after_date
        if ship_by_date is not UNSET:
            field_dict["shipByDate"] = ship_by_date
        if trading_partner_id is not UNSET:
            field_dict["tradingPartnerId"] = trading_partner_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_address(data: object) -> DeliverrAddress | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                address_type_1 = DeliverrAddress.from_dict(data)

                return address_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DeliverrAddress | None | Unset, data)

        address = _parse_address(d.pop("address", UNSET))

        def _parse_charges(data: object) -> list[RetailerAdjustment] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                charges_type_0 = []
                _charges_type_0 = data
                for charges_type_0_item_data in _charges_type_0:
                    charges_type_0_item = RetailerAdjustment.from_dict(
                        charges_type_0_item_data
                    )

                    charges_type_0.append(charges_type_0_item)

                return charges_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[RetailerAdjustment] | None | Unset, data)

        charges = _parse_charges(d.pop("charges", UNSET))

        def _parse_customer_po_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        customer_po_number = _parse_customer_po_number(d.pop("customerPoNumber", UNSET))

        def _parse_delivery_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                delivery_date_type_0 = datetime.datetime.fromisoformat(data)

                return delivery_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        delivery_date = _parse_delivery_date(d.pop("deliveryDate", UNSET))

        def _parse_department(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        department = _parse_department(d.pop("department", UNSET))

        def _parse_discounts(data: object) -> list[RetailerAdjustment] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                discounts_type_0 = []
                _discounts_type_0 = data
                for discounts_type_0_item_data in _discounts_type_0:
                    discounts_type_0_item = RetailerAdjustment.from_dict(
                        discounts_type_0_item_data
                    )

                    discounts_type_0.append(discounts_type_0_item)

                return discounts_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[RetailerAdjustment] | None | Unset, data)

        discounts = _parse_discounts(d.pop("discounts", UNSET))

        def _parse_invoice_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        invoice_number = _parse_invoice_number(d.pop("invoiceNumber", UNSET))

        def _parse_mark_for_store(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        mark_for_store = _parse_mark_for_store(d.pop("markForStore", UNSET))

        def _parse_payment_terms(data: object) -> None | PaymentTerms | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                payment_terms_type_1 = PaymentTerms.from_dict(data)

                return payment_terms_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentTerms | Unset, data)

        payment_terms = _parse_payment_terms(d.pop("paymentTerms", UNSET))

        def _parse_purchase_order_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        purchase_order_number = _parse_purchase_order_number(
            d.pop("purchaseOrderNumber", UNSET)
        )

        def _parse_retailer(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        retailer = _parse_retailer(d.pop("retailer", UNSET))

        def _parse_ship_after_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ship_after_date_type_0 = datetime.datetime.fromisoformat(data)

                return ship_after_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        ship_after_date = _parse_ship_after_date(d.pop("shipAfterDate", UNSET))

        def _parse_ship_by_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ship_by_date_type_0 = datetime.datetime.fromisoformat(data)

                return ship_by_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        ship_by_date = _parse_ship_by_date(d.pop("shipByDate", UNSET))

        def _parse_trading_partner_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        trading_partner_id = _parse_trading_partner_id(d.pop("tradingPartnerId", UNSET))

        retailer_data = cls(
            address=address,
            charges=charges,
            customer_po_number=customer_po_number,
            delivery_date=delivery_date,
            department=department,
            discounts=discounts,
            invoice_number=invoice_number,
            mark_for_store=mark_for_store,
            payment_terms=payment_terms,
            purchase_order_number=purchase_order_number,
            retailer=retailer,
            ship_after_date=ship_after_date,
            ship_by_date=ship_by_date,
            trading_partner_id=trading_partner_id,
        )

        if d:
            retailer_data.additional_properties = d
        return retailer_data

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


# At the end, once RetailerData exists: a model that refers back to this one imports it from here.
if not TYPE_CHECKING:
    from ..models.deliverr_address import DeliverrAddress  # noqa: E402
    from ..models.payment_terms import PaymentTerms  # noqa: E402
    from ..models.retailer_adjustment import RetailerAdjustment  # noqa: E402
