from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..models.type_ import Type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.deliverr_address import DeliverrAddress
    from ..models.replenishment_order_item_v2 import ReplenishmentOrderItemV2
    from ..models.retailer_data import RetailerData
    from ..models.transportation_details import TransportationDetails
    from ..models.vas_data import VasData


T = TypeVar("T", bound="CreateReplenishmentOrderRequestV2")


@_attrs_define(repr=False)
class CreateReplenishmentOrderRequestV2:
    """
    Attributes:
        order_items (list[ReplenishmentOrderItemV2]): Each SKU at most once per order.
        ship_to_address (DeliverrAddress):
        type_ (Type): Order type (EDI and DROP_SHIP are planned); only B2B is accepted.
        currency_code (str | Unset):
        external_id (str | Unset): Your unique reference; reuse fails the order.
        ingestion_channel (str | Unset):  Example: SPS.
        location_id (str | Unset):
        notes (str | Unset):
        retailer_data (RetailerData | Unset): Extra data for EDI and DROP_SHIP orders.
        ship_by (datetime.datetime | Unset): UTC; at least three business days ahead. Schedules a future order.
        transportation_details (TransportationDetails | Unset):
        vas_data (VasData | Unset):
    """

    order_items: list[ReplenishmentOrderItemV2]
    ship_to_address: DeliverrAddress
    type_: Type
    currency_code: str | Unset = UNSET
    external_id: str | Unset = UNSET
    ingestion_channel: str | Unset = UNSET
    location_id: str | Unset = UNSET
    notes: str | Unset = UNSET
    retailer_data: RetailerData | Unset = UNSET
    ship_by: datetime.datetime | Unset = UNSET
    transportation_details: TransportationDetails | Unset = UNSET
    vas_data: VasData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_items = []
        for order_items_item_data in self.order_items:
            order_items_item = order_items_item_data.to_dict()
            order_items.append(order_items_item)

        ship_to_address = self.ship_to_address.to_dict()

        type_ = self.type_.value

        currency_code = self.currency_code

        external_id = self.external_id

        ingestion_channel = self.ingestion_channel

        location_id = self.location_id

        notes = self.notes

        retailer_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.retailer_data, Unset):
            retailer_data = self.retailer_data.to_dict()

        ship_by: str | Unset = UNSET
        if not isinstance(self.ship_by, Unset):
            ship_by = self.ship_by.isoformat()

        transportation_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.transportation_details, Unset):
            transportation_details = self.transportation_details.to_dict()

        vas_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.vas_data, Unset):
            vas_data = self.vas_data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "orderItems": order_items,
                "shipToAddress": ship_to_address,
                "type": type_,
            }
        )
        if currency_code is not UNSET:
            field_dict["currencyCode"] = currency_code
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
        if ingestion_channel is not UNSET:
            field_dict["ingestionChannel"] = ingestion_channel
        if location_id is not UNSET:
            field_dict["locationId"] = location_id
        if notes is not UNSET:
            field_dict["notes"] = notes
        if retailer_data is not UNSET:
            field_dict["retailerData"] = retailer_data
        if ship_by is not UNSET:
            field_dict["shipBy"] = ship_by
        if transportation_details is not UNSET:
            field_dict["transportationDetails"] = transportation_details
        if vas_data is not UNSET:
            field_dict["vasData"] = vas_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        order_items = []
        _order_items = d.pop("orderItems")
        for order_items_item_data in _order_items:
            order_items_item = ReplenishmentOrderItemV2.from_dict(order_items_item_data)

            order_items.append(order_items_item)

        ship_to_address = DeliverrAddress.from_dict(d.pop("shipToAddress"))

        type_ = Type._parse(d.pop("type"))

        currency_code = d.pop("currencyCode", UNSET)

        external_id = d.pop("externalId", UNSET)

        ingestion_channel = d.pop("ingestionChannel", UNSET)

        location_id = d.pop("locationId", UNSET)

        notes = d.pop("notes", UNSET)

        _retailer_data = d.pop("retailerData", UNSET)
        retailer_data: RetailerData | Unset
        if isinstance(_retailer_data, Unset):
            retailer_data = UNSET
        else:
            retailer_data = RetailerData.from_dict(_retailer_data)

        _ship_by = d.pop("shipBy", UNSET)
        ship_by: datetime.datetime | Unset
        if isinstance(_ship_by, Unset):
            ship_by = UNSET
        else:
            ship_by = datetime.datetime.fromisoformat(_ship_by)

        _transportation_details = d.pop("transportationDetails", UNSET)
        transportation_details: TransportationDetails | Unset
        if isinstance(_transportation_details, Unset):
            transportation_details = UNSET
        else:
            transportation_details = TransportationDetails.from_dict(
                _transportation_details
            )

        _vas_data = d.pop("vasData", UNSET)
        vas_data: VasData | Unset
        if isinstance(_vas_data, Unset):
            vas_data = UNSET
        else:
            vas_data = VasData.from_dict(_vas_data)

        create_replenishment_order_request_v2 = cls(
            order_items=order_items,
            ship_to_address=ship_to_address,
            type_=type_,
            currency_code=currency_code,
            external_id=external_id,
            ingestion_channel=ingestion_channel,
            location_id=location_id,
            notes=notes,
            retailer_data=retailer_data,
            ship_by=ship_by,
            transportation_details=transportation_details,
            vas_data=vas_data,
        )

        if d:
            create_replenishment_order_request_v2.additional_properties = d
        return create_replenishment_order_request_v2

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


# At the end, once CreateReplenishmentOrderRequestV2 exists: a model that refers back to this one imports it from here.
if not TYPE_CHECKING:
    from ..models.deliverr_address import DeliverrAddress  # noqa: E402
    from ..models.replenishment_order_item_v2 import ReplenishmentOrderItemV2  # noqa: E402
    from ..models.retailer_data import RetailerData  # noqa: E402
    from ..models.transportation_details import TransportationDetails  # noqa: E402
    from ..models.vas_data import VasData  # noqa: E402
