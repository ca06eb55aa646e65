"""Contains all the data models used in inputs/outputs (imported lazily, on first use)"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .address import Address
    from .address_input import AddressInput
    from .addresses_output import AddressesOutput
    from .adjustment import Adjustment
    from .api_bundle import ApiBundle
    from .api_bundle_inventory_response import ApiBundleInventoryResponse
    from .api_bundle_response import ApiBundleResponse
    from .api_inventory_response import ApiInventoryResponse
    from .api_product_response import ApiProductResponse
    from .appointment_window import AppointmentWindow
    from .authorization_redirect_response_type import AuthorizationRedirectResponseType
    from .barcode_response_subcode import BarcodeResponseSubcode
    from .barcodes_response import BarcodesResponse
    from .barcodes_response_result_type_0 import BarcodesResponseResultType0
    from .bulk_parcel_job_parcel import BulkParcelJobParcel
    from .bulk_parcel_job_request import BulkParcelJobRequest
    from .bulk_parcel_job_response import BulkParcelJobResponse
    from .bulk_parcel_request import BulkParcelRequest
    from .bundle_content_202310 import BundleContent202310
    from .cancel_parcel_request import CancelParcelRequest
    from .change import Change
    from .change_state import ChangeState
    from .channel import Channel
    from .country_code import CountryCode
    from .counts_output import CountsOutput
    from .create_barcodes_input import CreateBarcodesInput
    from .create_inbound_shipment_request import CreateInboundShipmentRequest
    from .create_order_input_202307 import CreateOrderInput202307
    from .create_parcel_request import CreateParcelRequest
    from .create_product_model import CreateProductModel
    from .create_quote_request import CreateQuoteRequest
    from .create_replenishment_order_request import CreateReplenishmentOrderRequest
    from .create_return_request import CreateReturnRequest
    from .custom_label_footer_fields import CustomLabelFooterFields
    from .customs_input import CustomsInput
    from .deliverr_address import DeliverrAddress
    from .dimension import Dimension
    from .dimensions import Dimensions
    from .document_response import DocumentResponse
    from .duties_input import DutiesInput
    from .event_location import EventLocation
    from .event_webhook_response import EventWebhookResponse
    from .expired_tracking_data import ExpiredTrackingData
    from .external_label import ExternalLabel
    from .external_order_status import ExternalOrderStatus
    from .freight_bol_status import FreightBolStatus
    from .freight_pallet_response import FreightPalletResponse
    from .freight_pickup_response import FreightPickupResponse
    from .freight_shipment_mode import FreightShipmentMode
    from .freight_stop_details import FreightStopDetails
    from .freight_tracking_event import FreightTrackingEvent
    from .freight_tracking_event_type import FreightTrackingEventType
    from .freight_tracking_location import FreightTrackingLocation
    from .freight_tracking_updated_event import FreightTrackingUpdatedEvent
    from .fulfillment_package import FulfillmentPackage
    from .fulfillment_package_item import FulfillmentPackageItem
    from .fulfillment_shipment_item import FulfillmentShipmentItem
    from .grant_types import GrantTypes
    from .inbound_address import InboundAddress
    from .inbound_external_rate_error import InboundExternalRateError
    from .inbound_rate_buy_result_v2 import InboundRateBuyResultV2
    from .inbound_rate_quote_fe import InboundRateQuoteFE
    from .inbound_rate_quote_result import InboundRateQuoteResult
    from .inbound_rate_shopping_method import InboundRateShoppingMethod
    from .inbound_rate_transaction_network import InboundRateTransactionNetwork
    from .inbound_received_event import InboundReceivedEvent
    from .inbound_received_event_type import InboundReceivedEventType
    from .inbound_shipment_response import InboundShipmentResponse
    from .inbound_shipment_status_changed_event import InboundShipmentStatusChangedEvent
    from .inbound_shipping_option import InboundShippingOption
    from .incoterm import Incoterm
    from .inspected_item import InspectedItem
    from .internal_order_status import InternalOrderStatus
    from .inventory_adjusted_event import InventoryAdjustedEvent
    from .inventory_pool import InventoryPool
    from .item_data import ItemData
    from .item_output import ItemOutput
    from .label_format import LabelFormat
    from .length_unit import LengthUnit
    from .line_item_error import LineItemError
    from .logistics_event_type import LogisticsEventType
    from .logistics_inbound_shipment_status import LogisticsInboundShipmentStatus
    from .logistics_skus_model import LogisticsSkus
    from .lot_tracking_details import LotTrackingDetails
    from .merchant_of_record_provider import MerchantOfRecordProvider
    from .merchant_of_record_sku_map_input import MerchantOfRecordSkuMapInput
    from .money import Money
    from .money_input import MoneyInput
    from .network_events_event_payload_type import NetworkEventsEventPayloadType
    from .network_events_events_response_item import NetworkEventsEventsResponseItem
    from .network_inbound_shipping_option import NetworkInboundShippingOption
    from .order_cancelled_event import OrderCancelledEvent
    from .order_error import OrderError
    from .order_error_type import OrderErrorType
    from .order_line_item import OrderLineItem
    from .order_line_item_input import OrderLineItemInput
    from .order_model import OrderModel
    from .order_shipped_event import OrderShippedEvent
    from .order_state import OrderState
    from .pack_inventory import PackInventory
    from .package_input import PackageInput
    from .package_label import PackageLabel
    from .package_output import PackageOutput
    from .pallet_input import PalletInput
    from .parcel import Parcel
    from .parcel_api_status import ParcelApiStatus
    from .parcel_customs_information import ParcelCustomsInformation
    from .parcel_customs_information_items import ParcelCustomsInformationItems
    from .parcel_dimensions import ParcelDimensions
    from .parcel_quote_response import ParcelQuoteResponse
    from .parcel_tracking import ParcelTracking
    from .parcel_tracking_updated_event import ParcelTrackingUpdatedEvent
    from .pick_fulfillment_shipment_exclude_keyof_fulfillment_shipment_warehouse import (
        PickFulfillmentShipmentExcludeKeyofFulfillmentShipmentWarehouse,
    )
    from .pickup_input_v3 import PickupInputV3
    from .prep_request_data import PrepRequestData
    from .problem import Problem
    from .product_alias import ProductAlias
    from .purchase_quotes_request import PurchaseQuotesRequest
    from .quote_result_response import QuoteResultResponse
    from .rate_quote_with_purchased import RateQuoteWithPurchased
    from .replenishment_order import ReplenishmentOrder
    from .replenishment_order_item import ReplenishmentOrderItem
    from .report import Report
    from .report_generation_request import ReportGenerationRequest
    from .report_generation_response import ReportGenerationResponse
    from .report_status import ReportStatus
    from .requested_return_item import RequestedReturnItem
    from .return_item import ReturnItem
    from .return_item_type import ReturnItemType
    from .return_order_status import ReturnOrderStatus
    from .return_order_tracking_status import ReturnOrderTrackingStatus
    from .return_updated_event import ReturnUpdatedEvent
    from .returns_api_order import ReturnsApiOrder
    from .seller_report_type import SellerReportType
    from .shipment_cancelled_event import ShipmentCancelledEvent
    from .shipment_created_event import ShipmentCreatedEvent
    from .shipment_partially_shipped_event import ShipmentPartiallyShippedEvent
    from .shipment_shipped_event import ShipmentShippedEvent
    from .shipment_status import ShipmentStatus
    from .shipping_label import ShippingLabel
    from .shipping_label_format import ShippingLabelFormat
    from .shopify_freight_response import ShopifyFreightResponse
    from .source_id import SourceId
    from .time_window import TimeWindow
    from .token_exchange_form import TokenExchangeForm
    from .token_response import TokenResponse
    from .tracking_result_timestamps import TrackingResultTimestamps
    from .update_freight_input_v3 import UpdateFreightInputV3
    from .update_inbound_shipment_request import UpdateInboundShipmentRequest
    from .update_package_input import UpdatePackageInput
    from .warehouse_details import WarehouseDetails
    from .warehouse_details_response import WarehouseDetailsResponse
    from .webhook_auth_type import WebhookAuthType
    from .webhook_create_model import WebhookCreateModel
    from .webhook_model import WebhookModel
    from .webhook_request_method import WebhookRequestMethod
    from .weight_unit import WeightUnit

_MODULE_OF: dict[str, str] = {
    "Address": ".address",
    "AddressInput": ".address_input",
    "AddressesOutput": ".addresses_output",
    "Adjustment": ".adjustment",
    "ApiBundle": ".api_bundle",
    "ApiBundleInventoryResponse": ".api_bundle_inventory_response",
    "ApiBundleResponse": ".api_bundle_response",
    "ApiInventoryResponse": ".api_inventory_response",
    "ApiProductResponse": ".api_product_response",
    "AppointmentWindow": ".appointment_window",
    "AuthorizationRedirectResponseType": ".authorization_redirect_response_type",
    "BarcodeResponseSubcode": ".barcode_response_subcode",
    "BarcodesResponse": ".barcodes_response",
    "BarcodesResponseResultType0": ".barcodes_response_result_type_0",
    "BulkParcelJobParcel": ".bulk_parcel_job_parcel",
    "BulkParcelJobRequest": ".bulk_parcel_job_request",
    "BulkParcelJobResponse": ".bulk_parcel_job_response",
    "BulkParcelRequest": ".bulk_parcel_request",
    "BundleContent202310": ".bundle_content_202310",
    "CancelParcelRequest": ".cancel_parcel_request",
    "Change": ".change",
    "ChangeState": ".change_state",
    "Channel": ".channel",
    "CountryCode": ".country_code",
    "CountsOutput": ".counts_output",
    "CreateBarcodesInput": ".create_barcodes_input",
    "CreateInboundShipmentRequest": ".create_inbound_shipment_request",
    "CreateOrderInput202307": ".create_order_input_202307",
    "CreateParcelRequest": ".create_parcel_request",
    "CreateProductModel": ".create_product_model",
    "CreateQuoteRequest": ".create_quote_request",
    "CreateReplenishmentOrderRequest": ".create_replenishment_order_request",
    "CreateReturnRequest": ".create_return_request",
    "CustomLabelFooterFields": ".custom_label_footer_fields",
    "CustomsInput": ".customs_input",
    "DeliverrAddress": ".deliverr_address",
    "Dimension": ".dimension",
    "Dimensions": ".dimensions",
    "DocumentResponse": ".document_response",
    "DutiesInput": ".duties_input",
    "EventLocation": ".event_location",
    "EventWebhookResponse": ".event_webhook_response",
    "ExpiredTrackingData": ".expired_tracking_data",
    "ExternalLabel": ".external_label",
    "ExternalOrderStatus": ".external_order_status",
    "FreightBolStatus": ".freight_bol_status",
    "FreightPalletResponse": ".freight_pallet_response",
    "FreightPickupResponse": ".freight_pickup_response",
    "FreightShipmentMode": ".freight_shipment_mode",
    "FreightStopDetails": ".freight_stop_details",
    "FreightTrackingEvent": ".freight_tracking_event",
    "FreightTrackingEventType": ".freight_tracking_event_type",
    "FreightTrackingLocation": ".freight_tracking_location",
    "FreightTrackingUpdatedEvent": ".freight_tracking_updated_event",
    "FulfillmentPackage": ".fulfillment_package",
    "FulfillmentPackageItem": ".fulfillment_package_item",
    "FulfillmentShipmentItem": ".fulfillment_shipment_item",
    "GrantTypes": ".grant_types",
    "InboundAddress": ".inbound_address",
    "InboundExternalRateError": ".inbound_external_rate_error",
    "InboundRateBuyResultV2": ".inbound_rate_buy_result_v2",
    "InboundRateQuoteFE": ".inbound_rate_quote_fe",
    "InboundRateQuoteResult": ".inbound_rate_quote_result",
    "InboundRateShoppingMethod": ".inbound_rate_shopping_method",
    "InboundRateTransactionNetwork": ".inbound_rate_transaction_network",
    "InboundReceivedEvent": ".inbound_received_event",
    "InboundReceivedEventType": ".inbound_received_event_type",
    "InboundShipmentResponse": ".inbound_shipment_response",
    "InboundShipmentStatusChangedEvent": ".inbound_shipment_status_changed_event",
    "InboundShippingOption": ".inbound_shipping_option",
    "Incoterm": ".incoterm",
    "InspectedItem": ".inspected_item",
    "InternalOrderStatus": ".internal_order_status",
    "InventoryAdjustedEvent": ".inventory_adjusted_event",
    "InventoryPool": ".inventory_pool",
    "ItemData": ".item_data",
    "ItemOutput": ".item_output",
    "LabelFormat": ".label_format",
    "LengthUnit": ".length_unit",
    "LineItemError": ".line_item_error",
    "LogisticsEventType": ".logistics_event_type",
    "LogisticsInboundShipmentStatus": ".logistics_inbound_shipment_status",
    "LogisticsSkus": ".logistics_skus_model",
    "LotTrackingDetails": ".lot_tracking_details",
    "MerchantOfRecordProvider": ".merchant_of_record_provider",
    "MerchantOfRecordSkuMapInput": ".merchant_of_record_sku_map_input",
    "Money": ".money",
    "MoneyInput": ".money_input",
    "NetworkEventsEventPayloadType": ".network_events_event_payload_type",
    "NetworkEventsEventsResponseItem": ".network_events_events_response_item",
    "NetworkInboundShippingOption": ".network_inbound_shipping_option",
    "OrderCancelledEvent": ".order_cancelled_event",
    "OrderError": ".order_error",
    "OrderErrorType": ".order_error_type",
    "OrderLineItem": ".order_line_item",
    "OrderLineItemInput": ".order_line_item_input",
    "OrderModel": ".order_model",
    "OrderShippedEvent": ".order_shipped_event",
    "OrderState": ".order_state",
    "PackInventory": ".pack_inventory",
    "PackageInput": ".package_input",
    "PackageLabel": ".package_label",
    "PackageOutput": ".package_output",
    "PalletInput": ".pallet_input",
    "Parcel": ".parcel",
    "ParcelApiStatus": ".parcel_api_status",
    "ParcelCustomsInformation": ".parcel_customs_information",
    "ParcelCustomsInformationItems": ".parcel_customs_information_items",
    "ParcelDimensions": ".parcel_dimensions",
    "ParcelQuoteResponse": ".parcel_quote_response",
    "ParcelTracking": ".parcel_tracking",
    "ParcelTrackingUpdatedEvent": ".parcel_tracking_updated_event",
    "PickFulfillmentShipmentExcludeKeyofFulfillmentShipmentWarehouse": ".pick_fulfillment_shipment_exclude_keyof_fulfillment_shipment_warehouse",
    "PickupInputV3": ".pickup_input_v3",
    "PrepRequestData": ".prep_request_data",
    "Problem": ".problem",
    "ProductAlias": ".product_alias",
    "PurchaseQuotesRequest": ".purchase_quotes_request",
    "QuoteResultResponse": ".quote_result_response",
    "RateQuoteWithPurchased": ".rate_quote_with_purchased",
    "ReplenishmentOrder": ".replenishment_order",
    "ReplenishmentOrderItem": ".replenishment_order_item",
    "Report": ".report",
    "ReportGenerationRequest": ".report_generation_request",
    "ReportGenerationResponse": ".report_generation_response",
    "ReportStatus": ".report_status",
    "RequestedReturnItem": ".requested_return_item",
    "ReturnItem": ".return_item",
    "ReturnItemType": ".return_item_type",
    "ReturnOrderStatus": ".return_order_status",
    "ReturnOrderTrackingStatus": ".return_order_tracking_status",
    "ReturnUpdatedEvent": ".return_updated_event",
    "ReturnsApiOrder": ".returns_api_order",
    "SellerReportType": ".seller_report_type",
    "ShipmentCancelledEvent": ".shipment_cancelled_event",
    "ShipmentCreatedEvent": ".shipment_created_event",
    "ShipmentPartiallyShippedEvent": ".shipment_partially_shipped_event",
    "ShipmentShippedEvent": ".shipment_shipped_event",
    "ShipmentStatus": ".shipment_status",
    "ShippingLabel": ".shipping_label",
    "ShippingLabelFormat": ".shipping_label_format",
    "ShopifyFreightResponse": ".shopify_freight_response",
    "SourceId": ".source_id",
    "TimeWindow": ".time_window",
    "TokenExchangeForm": ".token_exchange_form",
    "TokenResponse": ".token_response",
    "TrackingResultTimestamps": ".tracking_result_timestamps",
    "UpdateFreightInputV3": ".update_freight_input_v3",
    "UpdateInboundShipmentRequest": ".update_inbound_shipment_request",
    "UpdatePackageInput": ".update_package_input",
    "WarehouseDetails": ".warehouse_details",
    "WarehouseDetailsResponse": ".warehouse_details_response",
    "WebhookAuthType": ".webhook_auth_type",
    "WebhookCreateModel": ".webhook_create_model",
    "WebhookModel": ".webhook_model",
    "WebhookRequestMethod": ".webhook_request_method",
    "WeightUnit": ".weight_unit",
}

__all__ = (
    "Address",
    "AddressesOutput",
    "AddressInput",
    "Adjustment",
    "ApiBundle",
    "ApiBundleInventoryResponse",
    "ApiBundleResponse",
    "ApiInventoryResponse",
    "ApiProductResponse",
    "AppointmentWindow",
    "AuthorizationRedirectResponseType",
    "BarcodeResponseSubcode",
    "BarcodesResponse",
    "BarcodesResponseResultType0",
    "BulkParcelJobParcel",
    "BulkParcelJobRequest",
    "BulkParcelJobResponse",
    "BulkParcelRequest",
    "BundleContent202310",
    "CancelParcelRequest",
    "Change",
    "ChangeState",
    "Channel",
    "CountryCode",
    "CountsOutput",
    "CreateBarcodesInput",
    "CreateInboundShipmentRequest",
    "CreateOrderInput202307",
    "CreateParcelRequest",
    "CreateProductModel",
    "CreateQuoteRequest",
    "CreateReplenishmentOrderRequest",
    "CreateReturnRequest",
    "CustomLabelFooterFields",
    "CustomsInput",
    "DeliverrAddress",
    "Dimension",
    "Dimensions",
    "DocumentResponse",
    "DutiesInput",
    "EventLocation",
    "EventWebhookResponse",
    "ExpiredTrackingData",
    "ExternalLabel",
    "ExternalOrderStatus",
    "FreightBolStatus",
    "FreightPalletResponse",
    "FreightPickupResponse",
    "FreightShipmentMode",
    "FreightStopDetails",
    "FreightTrackingEvent",
    "FreightTrackingEventType",
    "FreightTrackingLocation",
    "FreightTrackingUpdatedEvent",
    "FulfillmentPackage",
    "FulfillmentPackageItem",
    "FulfillmentShipmentItem",
    "GrantTypes",
    "InboundAddress",
    "InboundExternalRateError",
    "InboundRateBuyResultV2",
    "InboundRateQuoteFE",
    "InboundRateQuoteResult",
    "InboundRateShoppingMethod",
    "InboundRateTransactionNetwork",
    "InboundReceivedEvent",
    "InboundReceivedEventType",
    "InboundShipmentResponse",
    "InboundShipmentStatusChangedEvent",
    "InboundShippingOption",
    "Incoterm",
    "InspectedItem",
    "InternalOrderStatus",
    "InventoryAdjustedEvent",
    "InventoryPool",
    "ItemData",
    "ItemOutput",
    "LabelFormat",
    "LengthUnit",
    "LineItemError",
    "LogisticsEventType",
    "LogisticsInboundShipmentStatus",
    "LogisticsSkus",
    "LotTrackingDetails",
    "MerchantOfRecordProvider",
    "MerchantOfRecordSkuMapInput",
    "Money",
    "MoneyInput",
    "NetworkEventsEventPayloadType",
    "NetworkEventsEventsResponseItem",
    "NetworkInboundShippingOption",
    "OrderCancelledEvent",
    "OrderError",
    "OrderErrorType",
    "OrderLineItem",
    "OrderLineItemInput",
    "OrderModel",
    "OrderShippedEvent",
    "OrderState",
    "PackageInput",
    "PackageLabel",
    "PackageOutput",
    "PackInventory",
    "PalletInput",
    "Parcel",
    "ParcelApiStatus",
    "ParcelCustomsInformation",
    "ParcelCustomsInformationItems",
    "ParcelDimensions",
    "ParcelQuoteResponse",
    "ParcelTracking",
    "ParcelTrackingUpdatedEvent",
    "PickFulfillmentShipmentExcludeKeyofFulfillmentShipmentWarehouse",
    "PickupInputV3",
    "PrepRequestData",
    "Problem",
    "ProductAlias",
    "PurchaseQuotesRequest",
    "QuoteResultResponse",
    "RateQuoteWithPurchased",
    "ReplenishmentOrder",
    "ReplenishmentOrderItem",
    "Report",
    "ReportGenerationRequest",
    "ReportGenerationResponse",
    "ReportStatus",
    "RequestedReturnItem",
    "ReturnItem",
    "ReturnItemType",
    "ReturnOrderStatus",
    "ReturnOrderTrackingStatus",
    "ReturnsApiOrder",
    "ReturnUpdatedEvent",
    "SellerReportType",
    "ShipmentCancelledEvent",
    "ShipmentCreatedEvent",
    "ShipmentPartiallyShippedEvent",
    "ShipmentShippedEvent",
    "ShipmentStatus",
    "ShippingLabel",
    "ShippingLabelFormat",
    "ShopifyFreightResponse",
    "SourceId",
    "TimeWindow",
    "TokenExchangeForm",
    "TokenResponse",
    "TrackingResultTimestamps",
    "UpdateFreightInputV3",
    "UpdateInboundShipmentRequest",
    "UpdatePackageInput",
    "WarehouseDetails",
    "WarehouseDetailsResponse",
    "WebhookAuthType",
    "WebhookCreateModel",
    "WebhookModel",
    "WebhookRequestMethod",
    "WeightUnit",
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
