from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..models.source_id import SourceId
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.address import Address
    from ..models.order_error import OrderError
    from ..models.order_line_item import OrderLineItem
    from ..models.order_state import OrderState
    from ..models.pick_fulfillment_shipment_exclude_keyof_fulfillment_shipment_warehouse import (
        PickFulfillmentShipmentExcludeKeyofFulfillmentShipmentWarehouse,
    )


T = TypeVar("T", bound="OrderModel")


@_attrs_define(repr=False)
class OrderModel:
    """
    Attributes:
        address (Address):
        id (str): Flexport order id (digits).
        line_items (list[OrderLineItem]):
        shipments (list[PickFulfillmentShipmentExcludeKeyofFulfillmentShipmentWarehouse]):
        state (OrderState):
        cost (float | None | Unset): Fulfilment cost; null until the order ships.
        created_at (datetime.datetime | None | Unset):
        delivered_at (datetime.datetime | None | Unset): Null until delivered.
        error (None | OrderError | Unset):
        external_order_id (None | str | Unset):
        promised_delivery_by_time (datetime.datetime | None | Unset):
        promised_ship_by_time (datetime.datetime | None | Unset):
        shipped_at (datetime.datetime | None | Unset):
        source (None | SourceId | Unset):
        updated_at (datetime.datetime | None | Unset):
    """

    address: Address
    id: str
    line_items: list[OrderLineItem]
    shipments: list[PickFulfillmentShipmentExcludeKeyofFulfillmentShipmentWarehouse]
    state: OrderState
    cost: float | None | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    delivered_at: datetime.datetime | None | Unset = UNSET
    error: None | OrderError | Unset = UNSET
    external_order_id: None | str | Unset = UNSET
    promised_delivery_by_time: datetime.datetime | None | Unset = UNSET
    promised_ship_by_time: datetime.datetime | None | Unset = UNSET
    shipped_at: datetime.datetime | None | Unset = UNSET
    source: None | SourceId | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address = self.address.to_dict()

        id = self.id

        line_items = []
        for line_items_item_data in self.line_items:
            line_items_item = line_items_item_data.to_dict()
            line_items.append(line_items_item)

        shipments = []
        for shipments_item_data in self.shipments:
            shipments_item = shipments_item_data.to_dict()
            shipments.append(shipments_item)

        state = self.state.to_dict()

        cost: float | None | Unset
        if isinstance(self.cost, Unset):
            cost = UNSET
        else:
            cost = self.cost

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        delivered_at: None | str | Unset
        if isinstance(self.delivered_at, Unset):
            delivered_at = UNSET
        elif isinstance(self.delivered_at, datetime.datetime):
            delivered_at = self.delivered_at.isoformat()
        else:
            delivered_at = self.delivered_at

        error: dict[str, Any] | None | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        elif isinstance(self.error, OrderError):
            error = self.error.to_dict()
        else:
            error = self.error

        external_order_id: None | str | Unset
        if isinstance(self.external_order_id, Unset):
            external_order_id = UNSET
        else:
            external_order_id = self.external_order_id

        promised_delivery_by_time: None | str | Unset
        if isinstance(self.promised_delivery_by_time, Unset):
            promised_delivery_by_time = UNSET
        elif isinstance(self.promised_delivery_by_time, datetime.datetime):
            promised_delivery_by_time = self.promised_delivery_by_time.isoformat()
        else:
            promised_delivery_by_time = self.promised_delivery_by_time

        promised_ship_by_time: None | str | Unset
        if isinstance(self.promised_ship_by_time, Unset):
            promised_ship_by_time = UNSET
        elif isinstance(self.promised_ship_by_time, datetime.datetime):
            promised_ship_by_time = self.promised_ship_by_time.isoformat()
        else:
            promised_ship_by_time = self.promised_ship_by_time

        shipped_at: None | str | Unset
        if isinstance(self.shipped_at, Unset):
            shipped_at = UNSET
        elif isinstance(self.shipped_at, datetime.datetime):
            shipped_at = self.shipped_at.isoformat()
        else:
            shipped_at = self.shipped_at

        source: None | str | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        elif isinstance(self.source, SourceId):
            source = self.source.value
        else:
            source = self.source

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "address": address,
                "id": id,
                "lineItems": line_items,
                "shipments": shipments,
                "state": state,
            }
        )
        if cost is not UNSET:
            field_dict["cost"] = cost
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if delivered_at is not UNSET:
            field_dict["deliveredAt"] = delivered_at
        if error is not UNSET:
            field_dict["error"] = error
        if external_order_id is not UNSET:
            field_dict["externalOrderId"] = external_order_id
        if promised_delivery_by_time is not UNSET:
            field_dict["promisedDeliveryByTime"] = promised_delivery_by_time
        if promised_ship_by_time is not UNSET:
            field_dict["promisedShipByTime"] = promised_ship_by_time
        if shipped_at is not UNSET:
            field_dict["shippedAt"] = shipped_at
        if source is not UNSET:
            field_dict["source"] = source
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        address = Address.from_dict(d.pop("address"))

        id = d.pop("id")

        line_items = []
        _line_items = d.pop("lineItems")
        for line_items_item_data in _line_items:
            line_items_item = OrderLineItem.from_dict(line_items_item_data)

            line_items.append(line_items_item)

        shipments = []
        _shipments = d.pop("shipments")
        for shipments_item_data in _shipments:
            shipments_item = PickFulfillmentShipmentExcludeKeyofFulfillmentShipmentWarehouse.from_dict(
                shipments_item_data
            )

            shipments.append(shipments_item)

        state = OrderState.from_dict(d.pop("state"))

        def _parse_cost(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        cost = _parse_cost(d.pop("cost", UNSET))

        def _parse_created_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_at_type_0 = datetime.datetime.fromisoformat(data)

                return created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        created_at = _parse_created_at(d.pop("createdAt", UNSET))

        def _parse_delivered_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                delivered_at_type_0 = datetime.datetime.fromisoformat(data)

                return delivered_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        delivered_at = _parse_delivered_at(d.pop("deliveredAt", UNSET))

        def _parse_error(data: object) -> None | OrderError | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                error_type_1 = OrderError.from_dict(data)

                return error_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OrderError | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        def _parse_external_order_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        external_order_id = _parse_external_order_id(d.pop("externalOrderId", UNSET))

        def _parse_promised_delivery_by_time(
            data: object,
        ) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                promised_delivery_by_time_type_0 = datetime.datetime.fromisoformat(data)

                return promised_delivery_by_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        promised_delivery_by_time = _parse_promised_delivery_by_time(
            d.pop("promisedDeliveryByTime", UNSET)
        )

        def _parse_promised_ship_by_time(
            data: object,
        ) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                promised_ship_by_time_type_0 = datetime.datetime.fromisoformat(data)

                return promised_ship_by_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        promised_ship_by_time = _parse_promised_ship_by_time(
            d.pop("promisedShipByTime", UNSET)
        )

        def _parse_shipped_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                shipped_at_type_0 = datetime.datetime.fromisoformat(data)

                return shipped_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        shipped_at = _parse_shipped_at(d.pop("shippedAt", UNSET))

        def _parse_source(data: object) -> None | SourceId | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                source_type_1 = SourceId._parse(data)

                return source_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SourceId | Unset, data)

        source = _parse_source(d.pop("source", UNSET))

        def _parse_updated_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                updated_at_type_0 = datetime.datetime.fromisoformat(data)

                return updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        updated_at = _parse_updated_at(d.pop("updatedAt", UNSET))

        order_model = cls(
            address=address,
            id=id,
            line_items=line_items,
            shipments=shipments,
            state=state,
            cost=cost,
            created_at=created_at,
            delivered_at=delivered_at,
            error=error,
            external_order_id=external_order_id,
            promised_delivery_by_time=promised_delivery_by_time,
            promised_ship_by_time=promised_ship_by_time,
            shipped_at=shipped_at,
            source=source,
            updated_at=updated_at,
        )

        if d:
            order_model.additional_properties = d
        return order_model

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


# At the end, once OrderModel exists: a model that refers back to this one imports it from here.
if not TYPE_CHECKING:
    from ..models.address import Address  # noqa: E402
    from ..models.order_error import OrderError  # noqa: E402
    from ..models.order_line_item import OrderLineItem  # noqa: E402
    from ..models.order_state import OrderState  # noqa: E402
    from ..models.pick_fulfillment_shipment_exclude_keyof_fulfillment_shipment_warehouse import (
        PickFulfillmentShipmentExcludeKeyofFulfillmentShipmentWarehouse,  # noqa: E402
    )
