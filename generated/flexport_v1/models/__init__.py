"""Contains all the data models used in inputs/outputs (imported lazily, on first use)"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .archived_place_error import ArchivedPlaceError
    from .archived_place_error_body import ArchivedPlaceErrorBody
    from .archived_place_error_body_errors import ArchivedPlaceErrorBodyErrors
    from .booking_line_item import BookingLineItem
    from .coded_error import CodedError
    from .coded_error_body import CodedErrorBody
    from .commercial_invoice import CommercialInvoice
    from .commercial_invoice_line_item import CommercialInvoiceLineItem
    from .contact import Contact
    from .container import Container
    from .currency_code import CurrencyCode
    from .currency_code_records import CurrencyCodeRecords
    from .empty_object import EmptyObject
    from .error_body import ErrorBody
    from .hs_code_model import HsCode
    from .invoice import Invoice
    from .invoice_address import InvoiceAddress
    from .invoice_line import InvoiceLine
    from .invoice_records import InvoiceRecords
    from .network_address import NetworkAddress
    from .network_address_record import NetworkAddressRecord
    from .network_address_write import NetworkAddressWrite
    from .network_address_write_request import NetworkAddressWriteRequest
    from .network_company import NetworkCompany
    from .network_company_record import NetworkCompanyRecord
    from .network_company_records import NetworkCompanyRecords
    from .network_company_write import NetworkCompanyWrite
    from .network_company_write_request import NetworkCompanyWriteRequest
    from .ping_event import PingEvent
    from .ping_event_type import PingEventType
    from .port import Port
    from .port_records import PortRecords
    from .port_summary import PortSummary
    from .port_type_filter import PortTypeFilter
    from .product import Product
    from .product_product_properties_type_0 import ProductProductPropertiesType0
    from .product_record import ProductRecord
    from .product_records import ProductRecords
    from .product_ref import ProductRef
    from .product_write import ProductWrite
    from .product_write_product_properties_type_0 import (
        ProductWriteProductPropertiesType0,
    )
    from .product_write_request import ProductWriteRequest
    from .purchase_order import PurchaseOrder
    from .purchase_order_key import PurchaseOrderKey
    from .purchase_order_line_item import PurchaseOrderLineItem
    from .purchase_order_line_item_write import PurchaseOrderLineItemWrite
    from .purchase_order_record import PurchaseOrderRecord
    from .purchase_order_records import PurchaseOrderRecords
    from .purchase_order_write import PurchaseOrderWrite
    from .purchase_order_write_request import PurchaseOrderWriteRequest
    from .replacement_place import ReplacementPlace
    from .shipment import Shipment
    from .shipment_create import ShipmentCreate
    from .shipment_create_request import ShipmentCreateRequest
    from .shipment_event import ShipmentEvent
    from .shipment_event_data import ShipmentEventData
    from .shipment_record import ShipmentRecord
    from .shipment_records import ShipmentRecords

_MODULE_OF: dict[str, str] = {
    "ArchivedPlaceError": ".archived_place_error",
    "ArchivedPlaceErrorBody": ".archived_place_error_body",
    "ArchivedPlaceErrorBodyErrors": ".archived_place_error_body_errors",
    "BookingLineItem": ".booking_line_item",
    "CodedError": ".coded_error",
    "CodedErrorBody": ".coded_error_body",
    "CommercialInvoice": ".commercial_invoice",
    "CommercialInvoiceLineItem": ".commercial_invoice_line_item",
    "Contact": ".contact",
    "Container": ".container",
    "CurrencyCode": ".currency_code",
    "CurrencyCodeRecords": ".currency_code_records",
    "EmptyObject": ".empty_object",
    "ErrorBody": ".error_body",
    "HsCode": ".hs_code_model",
    "Invoice": ".invoice",
    "InvoiceAddress": ".invoice_address",
    "InvoiceLine": ".invoice_line",
    "InvoiceRecords": ".invoice_records",
    "NetworkAddress": ".network_address",
    "NetworkAddressRecord": ".network_address_record",
    "NetworkAddressWrite": ".network_address_write",
    "NetworkAddressWriteRequest": ".network_address_write_request",
    "NetworkCompany": ".network_company",
    "NetworkCompanyRecord": ".network_company_record",
    "NetworkCompanyRecords": ".network_company_records",
    "NetworkCompanyWrite": ".network_company_write",
    "NetworkCompanyWriteRequest": ".network_company_write_request",
    "PingEvent": ".ping_event",
    "PingEventType": ".ping_event_type",
    "Port": ".port",
    "PortRecords": ".port_records",
    "PortSummary": ".port_summary",
    "PortTypeFilter": ".port_type_filter",
    "Product": ".product",
    "ProductProductPropertiesType0": ".product_product_properties_type_0",
    "ProductRecord": ".product_record",
    "ProductRecords": ".product_records",
    "ProductRef": ".product_ref",
    "ProductWrite": ".product_write",
    "ProductWriteProductPropertiesType0": ".product_write_product_properties_type_0",
    "ProductWriteRequest": ".product_write_request",
    "PurchaseOrder": ".purchase_order",
    "PurchaseOrderKey": ".purchase_order_key",
    "PurchaseOrderLineItem": ".purchase_order_line_item",
    "PurchaseOrderLineItemWrite": ".purchase_order_line_item_write",
    "PurchaseOrderRecord": ".purchase_order_record",
    "PurchaseOrderRecords": ".purchase_order_records",
    "PurchaseOrderWrite": ".purchase_order_write",
    "PurchaseOrderWriteRequest": ".purchase_order_write_request",
    "ReplacementPlace": ".replacement_place",
    "Shipment": ".shipment",
    "ShipmentCreate": ".shipment_create",
    "ShipmentCreateRequest": ".shipment_create_request",
    "ShipmentEvent": ".shipment_event",
    "ShipmentEventData": ".shipment_event_data",
    "ShipmentRecord": ".shipment_record",
    "ShipmentRecords": ".shipment_records",
}

__all__ = (
    "ArchivedPlaceError",
    "ArchivedPlaceErrorBody",
    "ArchivedPlaceErrorBodyErrors",
    "BookingLineItem",
    "CodedError",
    "CodedErrorBody",
    "CommercialInvoice",
    "CommercialInvoiceLineItem",
    "Contact",
    "Container",
    "CurrencyCode",
    "CurrencyCodeRecords",
    "EmptyObject",
    "ErrorBody",
    "HsCode",
    "Invoice",
    "InvoiceAddress",
    "InvoiceLine",
    "InvoiceRecords",
    "NetworkAddress",
    "NetworkAddressRecord",
    "NetworkAddressWrite",
    "NetworkAddressWriteRequest",
    "NetworkCompany",
    "NetworkCompanyRecord",
    "NetworkCompanyRecords",
    "NetworkCompanyWrite",
    "NetworkCompanyWriteRequest",
    "PingEvent",
    "PingEventType",
    "Port",
    "PortRecords",
    "PortSummary",
    "PortTypeFilter",
    "Product",
    "ProductProductPropertiesType0",
    "ProductRecord",
    "ProductRecords",
    "ProductRef",
    "ProductWrite",
    "ProductWriteProductPropertiesType0",
    "ProductWriteRequest",
    "PurchaseOrder",
    "PurchaseOrderKey",
    "PurchaseOrderLineItem",
    "PurchaseOrderLineItemWrite",
    "PurchaseOrderRecord",
    "PurchaseOrderRecords",
    "PurchaseOrderWrite",
    "PurchaseOrderWriteRequest",
    "ReplacementPlace",
    "Shipment",
    "ShipmentCreate",
    "ShipmentCreateRequest",
    "ShipmentEvent",
    "ShipmentEventData",
    "ShipmentRecord",
    "ShipmentRecords",
)


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value  # later lookups skip __getattr__
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
