from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..models.order_status import OrderStatus
from ..models.type_ import Type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.replenishment_order_item_v2 import ReplenishmentOrderItemV2
    from ..models.replenishment_shipment_v2 import ReplenishmentShipmentV2
    from ..models.retailer_data import RetailerData


T = TypeVar("T", bound="ReplenishmentOrderV2")


@_attrs_define(repr=False)
class ReplenishmentOrderV2:
    """
    Attributes:
        order_id (str):
        order_items (list[ReplenishmentOrderItemV2]):
        order_status (OrderStatus):
        shipments (list[ReplenishmentShipmentV2]):
        type_ (Type): Order type (EDI and DROP_SHIP are planned); only B2B is accepted.
        external_channel_id (None | str | Unset): The external channel's order id.
        external_id (None | str | Unset):
        ingestion_channel (None | str | Unset):
        location_id (None | str | Unset): Warehouse the order ships from.
        notes (None | str | Unset):
        retailer_data (None | RetailerData | Unset):
        ship_by (datetime.datetime | None | Unset):
    """

    order_id: str
    order_items: list[ReplenishmentOrderItemV2]
    order_status: OrderStatus
    shipments: list[ReplenishmentShipmentV2]
    type_: Type
    external_channel_id: None | str | Unset = UNSET
    external_id: None | str | Unset = UNSET
    ingestion_channel: None | str | Unset = UNSET
    location_id: None | str | Unset = UNSET
    notes: None | str | Unset = UNSET
    retailer_data: None | RetailerData | Unset = UNSET
    ship_by: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_id = self.order_id

        order_items = []
        for order_items_item_data in self.order_items:
            order_items_item = order_items_item_data.to_dict()
            order_items.append(order_items_item)

        order_status = self.order_status.value

        shipments = []
        for shipments_item_data in self.shipments:
            shipments_item = shipments_item_data.to_dict()
            shipments.append(shipments_item)

        type_ = self.type_.value

        external_channel_id: None | str | Unset
        if isinstance(self.external_channel_id, Unset):
            external_channel_id = UNSET
        else:
            external_channel_id = self.external_channel_id

        external_id: None | str | Unset
        if isinstance(self.external_id, Unset):
            external_id = UNSET
        else:
            external_id = self.external_id

        ingestion_channel: None | str | Unset
        if isinstance(self.ingestion_channel, Unset):
            ingestion_channel = UNSET
        else:
            ingestion_channel = self.ingestion_channel

        location_id: None | str | Unset
        if isinstance(self.location_id, Unset):
            location_id = UNSET
        else:
            location_id = self.location_id

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        retailer_data: dict[str, Any] | None | Unset
        if isinstance(self.retailer_data, Unset):
            retailer_data = UNSET
        elif isinstance(self.retailer_data, RetailerData):
            retailer_data = self.retailer_data.to_dict()
        else:
            retailer_data = self.retailer_data

        ship_by: None | str | Unset
        if isinstance(self.ship_by, Unset):
            ship_by = UNSET
        elif isinstance(self.ship_by, datetime.datetime):
            ship_by = self.ship_by.isoformat()
        else:
            ship_by = self.ship_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "orderId": order_id,
                "orderItems": order_items,
                "orderStatus": order_status,
                "shipments": shipments,
                "type": type_,
            }
        )
        if external_channel_id is not UNSET:
            field_dict["externalChannelId"] = external_channel_id
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        order_id = d.pop("orderId")

        order_items = []
        _order_items = d.pop("orderItems")
        for order_items_item_data in _order_items:
            order_items_item = ReplenishmentOrderItemV2.from_dict(order_items_item_data)

            order_items.append(order_items_item)

        order_status = OrderStatus._parse(d.pop("orderStatus"))

        shipments = []
        _shipments = d.pop("shipments")
        for shipments_item_data in _shipments:
            shipments_item = ReplenishmentShipmentV2.from_dict(shipments_item_data)

            shipments.append(shipments_item)

        type_ = Type._parse(d.pop("type"))

        def _parse_external_channel_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        external_channel_id = _parse_external_channel_id(
            d.pop("externalChannelId", UNSET)
        )

        def _parse_external_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        external_id = _parse_external_id(d.pop("externalId", UNSET))

        def _parse_ingestion_channel(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ingestion_channel = _parse_ingestion_channel(d.pop("ingestionChannel", UNSET))

        def _parse_location_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        location_id = _parse_location_id(d.pop("locationId", UNSET))

        def _parse_notes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        notes = _parse_notes(d.pop("notes", UNSET))

        def _parse_retailer_data(data: object) -> None | RetailerData | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                retailer_data_type_1 = RetailerData.from_dict(data)

                return retailer_data_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RetailerData | Unset, data)

        retailer_data = _parse_retailer_data(d.pop("retailerData", UNSET))

        def _parse_ship_by(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ship_by_type_0 = datetime.datetime.fromisoformat(data)

                return ship_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        ship_by = _parse_ship_by(d.pop("shipBy", UNSET))

        replenishment_order_v2 = cls(
            order_id=order_id,
            order_items=order_items,
            order_status=order_status,
            shipments=shipments,
            type_=type_,
            external_channel_id=external_channel_id,
            external_id=external_id,
            ingestion_channel=ingestion_channel,
            location_id=location_id,
            notes=notes,
            retailer_data=retailer_data,
            ship_by=ship_by,
        )

        if d:
            replenishment_order_v2.additional_properties = d
        return replenishment_order_v2

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


# At the end, once ReplenishmentOrderV2 exists: a model that refers back to this one imports it from here.
if not TYPE_CHECKING:
    from ..models.replenishment_order_item_v2 import ReplenishmentOrderItemV2  # noqa: E402
    from ..models.replenishment_shipment_v2 import ReplenishmentShipmentV2  # noqa: E402
    from ..models.retailer_data import RetailerData  # noqa: E402
