"""Contains all the data models used in inputs/outputs (imported lazily, on first use)"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .account_standing_status_output import AccountStandingStatusOutput
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
    from .auth_flow import AuthFlow
    from .authorization_redirect_response_type import AuthorizationRedirectResponseType
    from .barcode_response_subcode import BarcodeResponseSubcode
    from .barcodes_response import BarcodesResponse
    from .barcodes_response_result_type_0 import BarcodesResponseResultType0
    from .bulk_parcel_job_parcel import BulkParcelJobParcel
    from .bulk_parcel_job_request import BulkParcelJobRequest
    from .bulk_parcel_job_response import BulkParcelJobResponse
    from .bulk_parcel_request import BulkParcelRequest
    from .bundle_content import BundleContent
    from .cancel_parcel_request import CancelParcelRequest
    from .change import Change
    from .change_state import ChangeState
    from .contact import Contact
    from .country_code import CountryCode
    from .counts_output import CountsOutput
    from .create_barcodes_input import CreateBarcodesInput
    from .create_channel_input import CreateChannelInput
    from .create_channel_output import CreateChannelOutput
    from .create_inbound_shipment_request_v4 import CreateInboundShipmentRequestV4
    from .create_order_input_202307 import CreateOrderInput202307
    from .create_parcel_request_unstable import CreateParcelRequestUnstable
    from .create_product_model import CreateProductModel
    from .create_quote_request import CreateQuoteRequest
    from .create_return_request import CreateReturnRequest
    from .create_upload_target_request import CreateUploadTargetRequest
    from .create_upload_target_response import CreateUploadTargetResponse
    from .create_upload_target_response_entry import CreateUploadTargetResponseEntry
    from .custom_label_footer_fields import CustomLabelFooterFields
    from .customs_input import CustomsInput
    from .deliverr_address import DeliverrAddress
    from .dimension import Dimension
    from .dimensions import Dimensions
    from .document_response import DocumentResponse
    from .drayage_order_item_response import DrayageOrderItemResponse
    from .drayage_order_request import DrayageOrderRequest
    from .drayage_order_response import DrayageOrderResponse
    from .drayage_quote_item import DrayageQuoteItem
    from .drayage_quote_request import DrayageQuoteRequest
    from .drayage_quote_response import DrayageQuoteResponse
    from .duties_input import DutiesInput
    from .event_location import EventLocation
    from .event_webhook_response import EventWebhookResponse
    from .expired_tracking_data import ExpiredTrackingData
    from .external_label import ExternalLabel
    from .external_order_status import ExternalOrderStatus
    from .freight_address import FreightAddress
    from .freight_bol_status import FreightBolStatus
    from .freight_mode_drayage import FreightModeDRAYAGE
    from .freight_mode_ftl import FreightModeFTL
    from .freight_mode_ltl import FreightModeLTL
    from .freight_pallet_response import FreightPalletResponse
    from .freight_pickup_response import FreightPickupResponse
    from .freight_shipment_mode import FreightShipmentMode
    from .freight_stop_details import FreightStopDetails
    from .freight_tracking_event import FreightTrackingEvent
    from .freight_tracking_event_type import FreightTrackingEventType
    from .freight_tracking_info import FreightTrackingInfo
    from .freight_tracking_location import FreightTrackingLocation
    from .freight_tracking_updated_event import FreightTrackingUpdatedEvent
    from .ftl_order_item_response import FtlOrderItemResponse
    from .ftl_order_item_response_weight_unit_enum import (
        FtlOrderItemResponseWeightUnitEnum,
    )
    from .ftl_order_request import FtlOrderRequest
    from .ftl_order_request_weight_unit_enum import FtlOrderRequestWeightUnitEnum
    from .ftl_order_response import FtlOrderResponse
    from .ftl_quote_item import FtlQuoteItem
    from .ftl_quote_item_response_weight_unit_enum import (
        FtlQuoteItemResponseWeightUnitEnum,
    )
    from .ftl_quote_request_v2_weight_unit_enum import FtlQuoteRequestV2WeightUnitEnum
    from .ftl_quote_response import FtlQuoteResponse
    from .fulfillment_package import FulfillmentPackage
    from .fulfillment_package_item import FulfillmentPackageItem
    from .fulfillment_shipment_item import FulfillmentShipmentItem
    from .get_order_documents_response import GetOrderDocumentsResponse
    from .get_orders_response import GetOrdersResponse
    from .get_ports_response import GetPortsResponse
    from .get_quotes_response import GetQuotesResponse
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
    from .inbound_shipment_response_v3 import InboundShipmentResponseV3
    from .inbound_shipment_response_v4 import InboundShipmentResponseV4
    from .inbound_shipment_status_changed_event import InboundShipmentStatusChangedEvent
    from .inbound_shipping_option import InboundShippingOption
    from .incoterm import Incoterm
    from .inspected_item import InspectedItem
    from .internal_order_status import InternalOrderStatus
    from .inventory_adjusted_event import InventoryAdjustedEvent
    from .inventory_pool import InventoryPool
    from .item_data_unstable import ItemDataUnstable
    from .item_output_unstable import ItemOutputUnstable
    from .label_format import LabelFormat
    from .legacy_returns_destination_address import LegacyReturnsDestinationAddress
    from .legacy_returns_source_address import LegacyReturnsSourceAddress
    from .length_unit import LengthUnit
    from .line_item_error import LineItemError
    from .list_direction import ListDirection
    from .location_type import LocationType
    from .logistics_event_type import LogisticsEventType
    from .logistics_inbound_shipment_status import LogisticsInboundShipmentStatus
    from .logistics_skus_model import LogisticsSkus
    from .lot_tracking_details import LotTrackingDetails
    from .ltl_order_item_response import LtlOrderItemResponse
    from .ltl_order_request import LtlOrderRequest
    from .ltl_order_response import LtlOrderResponse
    from .ltl_quote_item import LtlQuoteItem
    from .ltl_quote_response import LtlQuoteResponse
    from .merchant_of_record_provider import MerchantOfRecordProvider
    from .merchant_of_record_sku_map_input import MerchantOfRecordSkuMapInput
    from .money import Money
    from .money_input import MoneyInput
    from .network_events_event_payload_type import NetworkEventsEventPayloadType
    from .network_events_events_response_item import NetworkEventsEventsResponseItem
    from .network_inbound_shipping_option import NetworkInboundShippingOption
    from .order_cancel_request import OrderCancelRequest
    from .order_cancelled_event import OrderCancelledEvent
    from .order_delivery_details import OrderDeliveryDetails
    from .order_document_response_entry import OrderDocumentResponseEntry
    from .order_document_type import OrderDocumentType
    from .order_error import OrderError
    from .order_error_type import OrderErrorType
    from .order_line_item import OrderLineItem
    from .order_line_item_input import OrderLineItemInput
    from .order_model import OrderModel
    from .order_pickup_details import OrderPickupDetails
    from .order_shipped_event import OrderShippedEvent
    from .order_state import OrderState
    from .order_status import OrderStatus
    from .pack_inventory import PackInventory
    from .package_details import PackageDetails
    from .package_details_dimension_unit_enum import PackageDetailsDimensionUnitEnum
    from .package_details_weight_unit_enum import PackageDetailsWeightUnitEnum
    from .package_input_unstable import PackageInputUnstable
    from .package_label import PackageLabel
    from .package_output_unstable import PackageOutputUnstable
    from .package_type import PackageType
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
    from .port import Port
    from .prep_request_data import PrepRequestData
    from .problem import Problem
    from .product_sync_status_model import ProductSyncStatus
    from .product_sync_status_product_sync_status import (
        ProductSyncStatusProductSyncStatus,
    )
    from .purchase_quotes_request import PurchaseQuotesRequest
    from .quote_location_details import QuoteLocationDetails
    from .quote_request import QuoteRequest
    from .quote_result_response import QuoteResultResponse
    from .quote_status import QuoteStatus
    from .rate_quote_with_purchased import RateQuoteWithPurchased
    from .report import Report
    from .report_generation_request import ReportGenerationRequest
    from .report_generation_response import ReportGenerationResponse
    from .report_status import ReportStatus
    from .requested_return_item import RequestedReturnItem
    from .required_general_gs_1_bol_info import RequiredGeneralGs1BolInfo
    from .required_general_ltl_gs_1_bol_info import RequiredGeneralLtlGs1BolInfo
    from .required_trading_partner_general_bol_info import (
        RequiredTradingPartnerGeneralBolInfo,
    )
    from .resource_type import ResourceType
    from .return_inspected_event import ReturnInspectedEvent
    from .return_inspected_event_return_items_type_0_item import (
        ReturnInspectedEventReturnItemsType0Item,
    )
    from .return_inspected_event_shipping_labels_type_0_item import (
        ReturnInspectedEventShippingLabelsType0Item,
    )
    from .return_item import ReturnItem
    from .return_item_type import ReturnItemType
    from .return_order_status import ReturnOrderStatus
    from .return_order_tracking_status import ReturnOrderTrackingStatus
    from .return_received_event import ReturnReceivedEvent
    from .return_shipment_received_event import ReturnShipmentReceivedEvent
    from .return_shipment_received_event_return_items_type_0_item import (
        ReturnShipmentReceivedEventReturnItemsType0Item,
    )
    from .return_shipment_received_event_shipping_labels_type_0_item import (
        ReturnShipmentReceivedEventShippingLabelsType0Item,
    )
    from .return_shipped_event import ReturnShippedEvent
    from .return_shipped_event_return_items_type_0_item import (
        ReturnShippedEventReturnItemsType0Item,
    )
    from .return_shipped_event_shipping_labels_type_0_item import (
        ReturnShippedEventShippingLabelsType0Item,
    )
    from .return_status import ReturnStatus
    from .return_updated_event import ReturnUpdatedEvent
    from .returns_api_marketplace_order import ReturnsApiMarketplaceOrder
    from .returns_api_order import ReturnsApiOrder
    from .returns_public_api_marketplace import ReturnsPublicApiMarketplace
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
    from .supported_trading_partner import SupportedTradingPartner
    from .time_window import TimeWindow
    from .token_exchange_form import TokenExchangeForm
    from .token_response import TokenResponse
    from .tracking_result_timestamps import TrackingResultTimestamps
    from .trading_partner_details import TradingPartnerDetails
    from .trading_partner_general_bol_field_required_general_gs_1_bol_info import (
        TradingPartnerGeneralBolFieldRequiredGeneralGs1BolInfo,
    )
    from .trading_partner_general_bol_field_required_general_ltl_gs_1_bol_info import (
        TradingPartnerGeneralBolFieldRequiredGeneralLtlGs1BolInfo,
    )
    from .trading_partner_general_bol_field_required_trading_partner_general_bol_info import (
        TradingPartnerGeneralBolFieldRequiredTradingPartnerGeneralBolInfo,
    )
    from .transload_order_item_response import TransloadOrderItemResponse
    from .transload_quote_item import TransloadQuoteItem
    from .update_freight_input_v3 import UpdateFreightInputV3
    from .update_inbound_shipment_request_v3 import UpdateInboundShipmentRequestV3
    from .update_package_input import UpdatePackageInput
    from .warehouse_details import WarehouseDetails
    from .warehouse_details_response import WarehouseDetailsResponse
    from .webhook_auth_type import WebhookAuthType
    from .webhook_create_model import WebhookCreateModel
    from .webhook_model import WebhookModel
    from .webhook_request_method import WebhookRequestMethod
    from .weight_unit import WeightUnit

_MODULE_OF: dict[str, str] = {
    "AccountStandingStatusOutput": ".account_standing_status_output",
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
    "AuthFlow": ".auth_flow",
    "AuthorizationRedirectResponseType": ".authorization_redirect_response_type",
    "BarcodeResponseSubcode": ".barcode_response_subcode",
    "BarcodesResponse": ".barcodes_response",
    "BarcodesResponseResultType0": ".barcodes_response_result_type_0",
    "BulkParcelJobParcel": ".bulk_parcel_job_parcel",
    "BulkParcelJobRequest": ".bulk_parcel_job_request",
    "BulkParcelJobResponse": ".bulk_parcel_job_response",
    "BulkParcelRequest": ".bulk_parcel_request",
    "BundleContent": ".bundle_content",
    "CancelParcelRequest": ".cancel_parcel_request",
    "Change": ".change",
    "ChangeState": ".change_state",
    "Contact": ".contact",
    "CountryCode": ".country_code",
    "CountsOutput": ".counts_output",
    "CreateBarcodesInput": ".create_barcodes_input",
    "CreateChannelInput": ".create_channel_input",
    "CreateChannelOutput": ".create_channel_output",
    "CreateInboundShipmentRequestV4": ".create_inbound_shipment_request_v4",
    "CreateOrderInput202307": ".create_order_input_202307",
    "CreateParcelRequestUnstable": ".create_parcel_request_unstable",
    "CreateProductModel": ".create_product_model",
    "CreateQuoteRequest": ".create_quote_request",
    "CreateReturnRequest": ".create_return_request",
    "CreateUploadTargetRequest": ".create_upload_target_request",
    "CreateUploadTargetResponse": ".create_upload_target_response",
    "CreateUploadTargetResponseEntry": ".create_upload_target_response_entry",
    "CustomLabelFooterFields": ".custom_label_footer_fields",
    "CustomsInput": ".customs_input",
    "DeliverrAddress": ".deliverr_address",
    "Dimension": ".dimension",
    "Dimensions": ".dimensions",
    "DocumentResponse": ".document_response",
    "DrayageOrderItemResponse": ".drayage_order_item_response",
    "DrayageOrderRequest": ".drayage_order_request",
    "DrayageOrderResponse": ".drayage_order_response",
    "DrayageQuoteItem": ".drayage_quote_item",
    "DrayageQuoteRequest": ".drayage_quote_request",
    "DrayageQuoteResponse": ".drayage_quote_response",
    "DutiesInput": ".duties_input",
    "EventLocation": ".event_location",
    "EventWebhookResponse": ".event_webhook_response",
    "ExpiredTrackingData": ".expired_tracking_data",
    "ExternalLabel": ".external_label",
    "ExternalOrderStatus": ".external_order_status",
    "FreightAddress": ".freight_address",
    "FreightBolStatus": ".freight_bol_status",
    "FreightModeDRAYAGE": ".freight_mode_drayage",
    "FreightModeFTL": ".freight_mode_ftl",
    "FreightModeLTL": ".freight_mode_ltl",
    "FreightPalletResponse": ".freight_pallet_response",
    "FreightPickupResponse": ".freight_pickup_response",
    "FreightShipmentMode": ".freight_shipment_mode",
    "FreightStopDetails": ".freight_stop_details",
    "FreightTrackingEvent": ".freight_tracking_event",
    "FreightTrackingEventType": ".freight_tracking_event_type",
    "FreightTrackingInfo": ".freight_tracking_info",
    "FreightTrackingLocation": ".freight_tracking_location",
    "FreightTrackingUpdatedEvent": ".freight_tracking_updated_event",
    "FtlOrderItemResponse": ".ftl_order_item_response",
    "FtlOrderItemResponseWeightUnitEnum": ".ftl_order_item_response_weight_unit_enum",
    "FtlOrderRequest": ".ftl_order_request",
    "FtlOrderRequestWeightUnitEnum": ".ftl_order_request_weight_unit_enum",
    "FtlOrderResponse": ".ftl_order_response",
    "FtlQuoteItem": ".ftl_quote_item",
    "FtlQuoteItemResponseWeightUnitEnum": ".ftl_quote_item_response_weight_unit_enum",
    "FtlQuoteRequestV2WeightUnitEnum": ".ftl_quote_request_v2_weight_unit_enum",
    "FtlQuoteResponse": ".ftl_quote_response",
    "FulfillmentPackage": ".fulfillment_package",
    "FulfillmentPackageItem": ".fulfillment_package_item",
    "FulfillmentShipmentItem": ".fulfillment_shipment_item",
    "GetOrderDocumentsResponse": ".get_order_documents_response",
    "GetOrdersResponse": ".get_orders_response",
    "GetPortsResponse": ".get_ports_response",
    "GetQuotesResponse": ".get_quotes_response",
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
    "InboundShipmentResponseV3": ".inbound_shipment_response_v3",
    "InboundShipmentResponseV4": ".inbound_shipment_response_v4",
    "InboundShipmentStatusChangedEvent": ".inbound_shipment_status_changed_event",
    "InboundShippingOption": ".inbound_shipping_option",
    "Incoterm": ".incoterm",
    "InspectedItem": ".inspected_item",
    "InternalOrderStatus": ".internal_order_status",
    "InventoryAdjustedEvent": ".inventory_adjusted_event",
    "InventoryPool": ".inventory_pool",
    "ItemDataUnstable": ".item_data_unstable",
    "ItemOutputUnstable": ".item_output_unstable",
    "LabelFormat": ".label_format",
    "LegacyReturnsDestinationAddress": ".legacy_returns_destination_address",
    "LegacyReturnsSourceAddress": ".legacy_returns_source_address",
    "LengthUnit": ".length_unit",
    "LineItemError": ".line_item_error",
    "ListDirection": ".list_direction",
    "LocationType": ".location_type",
    "LogisticsEventType": ".logistics_event_type",
    "LogisticsInboundShipmentStatus": ".logistics_inbound_shipment_status",
    "LogisticsSkus": ".logistics_skus_model",
    "LotTrackingDetails": ".lot_tracking_details",
    "LtlOrderItemResponse": ".ltl_order_item_response",
    "LtlOrderRequest": ".ltl_order_request",
    "LtlOrderResponse": ".ltl_order_response",
    "LtlQuoteItem": ".ltl_quote_item",
    "LtlQuoteResponse": ".ltl_quote_response",
    "MerchantOfRecordProvider": ".merchant_of_record_provider",
    "MerchantOfRecordSkuMapInput": ".merchant_of_record_sku_map_input",
    "Money": ".money",
    "MoneyInput": ".money_input",
    "NetworkEventsEventPayloadType": ".network_events_event_payload_type",
    "NetworkEventsEventsResponseItem": ".network_events_events_response_item",
    "NetworkInboundShippingOption": ".network_inbound_shipping_option",
    "OrderCancelRequest": ".order_cancel_request",
    "OrderCancelledEvent": ".order_cancelled_event",
    "OrderDeliveryDetails": ".order_delivery_details",
    "OrderDocumentResponseEntry": ".order_document_response_entry",
    "OrderDocumentType": ".order_document_type",
    "OrderError": ".order_error",
    "OrderErrorType": ".order_error_type",
    "OrderLineItem": ".order_line_item",
    "OrderLineItemInput": ".order_line_item_input",
    "OrderModel": ".order_model",
    "OrderPickupDetails": ".order_pickup_details",
    "OrderShippedEvent": ".order_shipped_event",
    "OrderState": ".order_state",
    "OrderStatus": ".order_status",
    "PackInventory": ".pack_inventory",
    "PackageDetails": ".package_details",
    "PackageDetailsDimensionUnitEnum": ".package_details_dimension_unit_enum",
    "PackageDetailsWeightUnitEnum": ".package_details_weight_unit_enum",
    "PackageInputUnstable": ".package_input_unstable",
    "PackageLabel": ".package_label",
    "PackageOutputUnstable": ".package_output_unstable",
    "PackageType": ".package_type",
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
    "Port": ".port",
    "PrepRequestData": ".prep_request_data",
    "Problem": ".problem",
    "ProductSyncStatus": ".product_sync_status_model",
    "ProductSyncStatusProductSyncStatus": ".product_sync_status_product_sync_status",
    "PurchaseQuotesRequest": ".purchase_quotes_request",
    "QuoteLocationDetails": ".quote_location_details",
    "QuoteRequest": ".quote_request",
    "QuoteResultResponse": ".quote_result_response",
    "QuoteStatus": ".quote_status",
    "RateQuoteWithPurchased": ".rate_quote_with_purchased",
    "Report": ".report",
    "ReportGenerationRequest": ".report_generation_request",
    "ReportGenerationResponse": ".report_generation_response",
    "ReportStatus": ".report_status",
    "RequestedReturnItem": ".requested_return_item",
    "RequiredGeneralGs1BolInfo": ".required_general_gs_1_bol_info",
    "RequiredGeneralLtlGs1BolInfo": ".required_general_ltl_gs_1_bol_info",
    "RequiredTradingPartnerGeneralBolInfo": ".required_trading_partner_general_bol_info",
    "ResourceType": ".resource_type",
    "ReturnInspectedEvent": ".return_inspected_event",
    "ReturnInspectedEventReturnItemsType0Item": ".return_inspected_event_return_items_type_0_item",
    "ReturnInspectedEventShippingLabelsType0Item": ".return_inspected_event_shipping_labels_type_0_item",
    "ReturnItem": ".return_item",
    "ReturnItemType": ".return_item_type",
    "ReturnOrderStatus": ".return_order_status",
    "ReturnOrderTrackingStatus": ".return_order_tracking_status",
    "ReturnReceivedEvent": ".return_received_event",
    "ReturnShipmentReceivedEvent": ".return_shipment_received_event",
    "ReturnShipmentReceivedEventReturnItemsType0Item": ".return_shipment_received_event_return_items_type_0_item",
    "ReturnShipmentReceivedEventShippingLabelsType0Item": ".return_shipment_received_event_shipping_labels_type_0_item",
    "ReturnShippedEvent": ".return_shipped_event",
    "ReturnShippedEventReturnItemsType0Item": ".return_shipped_event_return_items_type_0_item",
    "ReturnShippedEventShippingLabelsType0Item": ".return_shipped_event_shipping_labels_type_0_item",
    "ReturnStatus": ".return_status",
    "ReturnUpdatedEvent": ".return_updated_event",
    "ReturnsApiMarketplaceOrder": ".returns_api_marketplace_order",
    "ReturnsApiOrder": ".returns_api_order",
    "ReturnsPublicApiMarketplace": ".returns_public_api_marketplace",
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
    "SupportedTradingPartner": ".supported_trading_partner",
    "TimeWindow": ".time_window",
    "TokenExchangeForm": ".token_exchange_form",
    "TokenResponse": ".token_response",
    "TrackingResultTimestamps": ".tracking_result_timestamps",
    "TradingPartnerDetails": ".trading_partner_details",
    "TradingPartnerGeneralBolFieldRequiredGeneralGs1BolInfo": ".trading_partner_general_bol_field_required_general_gs_1_bol_info",
    "TradingPartnerGeneralBolFieldRequiredGeneralLtlGs1BolInfo": ".trading_partner_general_bol_field_required_general_ltl_gs_1_bol_info",
    "TradingPartnerGeneralBolFieldRequiredTradingPartnerGeneralBolInfo": ".trading_partner_general_bol_field_required_trading_partner_general_bol_info",
    "TransloadOrderItemResponse": ".transload_order_item_response",
    "TransloadQuoteItem": ".transload_quote_item",
    "UpdateFreightInputV3": ".update_freight_input_v3",
    "UpdateInboundShipmentRequestV3": ".update_inbound_shipment_request_v3",
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
    "AccountStandingStatusOutput",
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
    "AuthFlow",
    "AuthorizationRedirectResponseType",
    "BarcodeResponseSubcode",
    "BarcodesResponse",
    "BarcodesResponseResultType0",
    "BulkParcelJobParcel",
    "BulkParcelJobRequest",
    "BulkParcelJobResponse",
    "BulkParcelRequest",
    "BundleContent",
    "CancelParcelRequest",
    "Change",
    "ChangeState",
    "Contact",
    "CountryCode",
    "CountsOutput",
    "CreateBarcodesInput",
    "CreateChannelInput",
    "CreateChannelOutput",
    "CreateInboundShipmentRequestV4",
    "CreateOrderInput202307",
    "CreateParcelRequestUnstable",
    "CreateProductModel",
    "CreateQuoteRequest",
    "CreateReturnRequest",
    "CreateUploadTargetRequest",
    "CreateUploadTargetResponse",
    "CreateUploadTargetResponseEntry",
    "CustomLabelFooterFields",
    "CustomsInput",
    "DeliverrAddress",
    "Dimension",
    "Dimensions",
    "DocumentResponse",
    "DrayageOrderItemResponse",
    "DrayageOrderRequest",
    "DrayageOrderResponse",
    "DrayageQuoteItem",
    "DrayageQuoteRequest",
    "DrayageQuoteResponse",
    "DutiesInput",
    "EventLocation",
    "EventWebhookResponse",
    "ExpiredTrackingData",
    "ExternalLabel",
    "ExternalOrderStatus",
    "FreightAddress",
    "FreightBolStatus",
    "FreightModeDRAYAGE",
    "FreightModeFTL",
    "FreightModeLTL",
    "FreightPalletResponse",
    "FreightPickupResponse",
    "FreightShipmentMode",
    "FreightStopDetails",
    "FreightTrackingEvent",
    "FreightTrackingEventType",
    "FreightTrackingInfo",
    "FreightTrackingLocation",
    "FreightTrackingUpdatedEvent",
    "FtlOrderItemResponse",
    "FtlOrderItemResponseWeightUnitEnum",
    "FtlOrderRequest",
    "FtlOrderRequestWeightUnitEnum",
    "FtlOrderResponse",
    "FtlQuoteItem",
    "FtlQuoteItemResponseWeightUnitEnum",
    "FtlQuoteRequestV2WeightUnitEnum",
    "FtlQuoteResponse",
    "FulfillmentPackage",
    "FulfillmentPackageItem",
    "FulfillmentShipmentItem",
    "GetOrderDocumentsResponse",
    "GetOrdersResponse",
    "GetPortsResponse",
    "GetQuotesResponse",
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
    "InboundShipmentResponseV3",
    "InboundShipmentResponseV4",
    "InboundShipmentStatusChangedEvent",
    "InboundShippingOption",
    "Incoterm",
    "InspectedItem",
    "InternalOrderStatus",
    "InventoryAdjustedEvent",
    "InventoryPool",
    "ItemDataUnstable",
    "ItemOutputUnstable",
    "LabelFormat",
    "LegacyReturnsDestinationAddress",
    "LegacyReturnsSourceAddress",
    "LengthUnit",
    "LineItemError",
    "ListDirection",
    "LocationType",
    "LogisticsEventType",
    "LogisticsInboundShipmentStatus",
    "LogisticsSkus",
    "LotTrackingDetails",
    "LtlOrderItemResponse",
    "LtlOrderRequest",
    "LtlOrderResponse",
    "LtlQuoteItem",
    "LtlQuoteResponse",
    "MerchantOfRecordProvider",
    "MerchantOfRecordSkuMapInput",
    "Money",
    "MoneyInput",
    "NetworkEventsEventPayloadType",
    "NetworkEventsEventsResponseItem",
    "NetworkInboundShippingOption",
    "OrderCancelledEvent",
    "OrderCancelRequest",
    "OrderDeliveryDetails",
    "OrderDocumentResponseEntry",
    "OrderDocumentType",
    "OrderError",
    "OrderErrorType",
    "OrderLineItem",
    "OrderLineItemInput",
    "OrderModel",
    "OrderPickupDetails",
    "OrderShippedEvent",
    "OrderState",
    "OrderStatus",
    "PackageDetails",
    "PackageDetailsDimensionUnitEnum",
    "PackageDetailsWeightUnitEnum",
    "PackageInputUnstable",
    "PackageLabel",
    "PackageOutputUnstable",
    "PackageType",
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
    "Port",
    "PrepRequestData",
    "Problem",
    "ProductSyncStatus",
    "ProductSyncStatusProductSyncStatus",
    "PurchaseQuotesRequest",
    "QuoteLocationDetails",
    "QuoteRequest",
    "QuoteResultResponse",
    "QuoteStatus",
    "RateQuoteWithPurchased",
    "Report",
    "ReportGenerationRequest",
    "ReportGenerationResponse",
    "ReportStatus",
    "RequestedReturnItem",
    "RequiredGeneralGs1BolInfo",
    "RequiredGeneralLtlGs1BolInfo",
    "RequiredTradingPartnerGeneralBolInfo",
    "ResourceType",
    "ReturnInspectedEvent",
    "ReturnInspectedEventReturnItemsType0Item",
    "ReturnInspectedEventShippingLabelsType0Item",
    "ReturnItem",
    "ReturnItemType",
    "ReturnOrderStatus",
    "ReturnOrderTrackingStatus",
    "ReturnReceivedEvent",
    "ReturnsApiMarketplaceOrder",
    "ReturnsApiOrder",
    "ReturnShipmentReceivedEvent",
    "ReturnShipmentReceivedEventReturnItemsType0Item",
    "ReturnShipmentReceivedEventShippingLabelsType0Item",
    "ReturnShippedEvent",
    "ReturnShippedEventReturnItemsType0Item",
    "ReturnShippedEventShippingLabelsType0Item",
    "ReturnsPublicApiMarketplace",
    "ReturnStatus",
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
    "SupportedTradingPartner",
    "TimeWindow",
    "TokenExchangeForm",
    "TokenResponse",
    "TrackingResultTimestamps",
    "TradingPartnerDetails",
    "TradingPartnerGeneralBolFieldRequiredGeneralGs1BolInfo",
    "TradingPartnerGeneralBolFieldRequiredGeneralLtlGs1BolInfo",
    "TradingPartnerGeneralBolFieldRequiredTradingPartnerGeneralBolInfo",
    "TransloadOrderItemResponse",
    "TransloadQuoteItem",
    "UpdateFreightInputV3",
    "UpdateInboundShipmentRequestV3",
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
