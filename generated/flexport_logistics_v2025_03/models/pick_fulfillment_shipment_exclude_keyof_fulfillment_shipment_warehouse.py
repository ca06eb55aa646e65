from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..models.shipment_status import ShipmentStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fulfillment_package import FulfillmentPackage
    from ..models.fulfillment_shipment_item import FulfillmentShipmentItem


T = TypeVar(
    "T", bound="PickFulfillmentShipmentExcludeKeyofFulfillmentShipmentWarehouse"
)


@_attrs_define(repr=False)
class PickFulfillmentShipmentExcludeKeyofFulfillmentShipmentWarehouse:
    """
    Attributes:
        id (str):
        line_items (list[FulfillmentShipmentItem]):
        packages (list[FulfillmentPackage]):
        status (ShipmentStatus):
        warehouse_id (str):
        created_at (datetime.datetime | None | Unset):
        estimated_delivery_time (datetime.datetime | None | Unset):
        estimated_ship_time (datetime.datetime | None | Unset):
        label_print_time (datetime.datetime | None | Unset):
        shipped_at (datetime.datetime | None | Unset):
        warehouse_order_id (None | str | Unset):
    """

    id: str
    line_items: list[FulfillmentShipmentItem]
    packages: list[FulfillmentPackage]
    status: ShipmentStatus
    warehouse_id: str
    created_at: datetime.datetime | None | Unset = UNSET
    estimated_delivery_time: datetime.datetime | None | Unset = UNSET
    estimated_ship_time: datetime.datetime | None | Unset = UNSET
    label_print_time: datetime.datetime | None | Unset = UNSET
    shipped_at: datetime.datetime | None | Unset = UNSET
    warehouse_order_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        line_items = []
        for line_items_item_data in self.line_items:
            line_items_item = line_items_item_data.to_dict()
            line_items.append(line_items_item)

        packages = []
        for packages_item_data in self.packages:
            packages_item = packages_item_data.to_dict()
            packages.append(packages_item)

        status = self.status.value

        warehouse_id = self.warehouse_id

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        estimated_delivery_time: None | str | Unset
        if isinstance(self.estimated_delivery_time, Unset):
            estimated_delivery_time = UNSET
        elif isinstance(self.estimated_delivery_time, datetime.datetime):
            estimated_delivery_time = self.estimated_delivery_time.isoformat()
        else:
            estimated_delivery_time = self.estimated_delivery_time

        estimated_ship_time: None | str | Unset
        if isinstance(self.estimated_ship_time, Unset):
            estimated_ship_time = UNSET
        elif isinstance(self.estimated_ship_time, datetime.datetime):
            estimated_ship_time = self.estimated_ship_time.isoformat()
        else:
            estimated_ship_time = self.estimated_ship_time

        label_print_time: None | str | Unset
        if isinstance(self.label_print_time, Unset):
            label_print_time = UNSET
        elif isinstance(self.label_print_time, datetime.datetime):
            label_print_time = self.label_print_time.isoformat()
        else:
            label_print_time = self.label_print_time

        shipped_at: None | str | Unset
        if isinstance(self.shipped_at, Unset):
            shipped_at = UNSET
        elif isinstance(self.shipped_at, datetime.datetime):
            shipped_at = self.shipped_at.isoformat()
        else:
            shipped_at = self.shipped_at

        warehouse_order_id: None | str | Unset
        if isinstance(self.warehouse_order_id, Unset):
            warehouse_order_id = UNSET
        else:
            warehouse_order_id = self.warehouse_order_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "lineItems": line_items,
                "packages": packages,
                "status": status,
                "warehouseId": warehouse_id,
            }
        )
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if estimated_delivery_time is not UNSET:
            field_dict["estimatedDeliveryTime"] = estimated_delivery_time
        if estimated_ship_time is not UNSET:
            field_dict["estimatedShipTime"] = estimated_ship_time
        if label_print_time is not UNSET:
            field_dict["labelPrintTime"] = label_print_time
        if shipped_at is not UNSET:
            field_dict["shippedAt"] = shipped_at
        if warehouse_order_id is not UNSET:
            field_dict["warehouseOrderId"] = warehouse_order_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        line_items = []
        _line_items = d.pop("lineItems")
        for line_items_item_data in _line_items:
            line_items_item = FulfillmentShipmentItem.from_dict(line_items_item_data)

            line_items.append(line_items_item)

        packages = []
        _packages = d.pop("packages")
        for packages_item_data in _packages:
            packages_item = FulfillmentPackage.from_dict(packages_item_data)

            packages.append(packages_item)

        status = ShipmentStatus._parse(d.pop("status"))

        warehouse_id = d.pop("warehouseId")

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

        def _parse_estimated_delivery_time(
            data: object,
        ) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                estimated_delivery_time_type_0 = datetime.datetime.fromisoformat(data)

                return estimated_delivery_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        estimated_delivery_time = _parse_estimated_delivery_time(
            d.pop("estimatedDeliveryTime", UNSET)
        )

        def _parse_estimated_ship_time(
            data: object,
        ) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                estimated_ship_time_type_0 = datetime.datetime.fromisoformat(data)

                return estimated_ship_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        estimated_ship_time = _parse_estimated_ship_time(
            d.pop("estimatedShipTime", UNSET)
        )

        def _parse_label_print_time(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                label_print_time_type_0 = datetime.datetime.fromisoformat(data)

                return label_print_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        label_print_time = _parse_label_print_time(d.pop("labelPrintTime", UNSET))

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

        def _parse_warehouse_order_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        warehouse_order_id = _parse_warehouse_order_id(d.pop("warehouseOrderId", UNSET))

        pick_fulfillment_shipment_exclude_keyof_fulfillment_shipment_warehouse = cls(
            id=id,
            line_items=line_items,
            packages=packages,
            status=status,
            warehouse_id=warehouse_id,
            created_at=created_at,
            estimated_delivery_time=estimated_delivery_time,
            estimated_ship_time=estimated_ship_time,
            label_print_time=label_print_time,
            shipped_at=shipped_at,
            warehouse_order_id=warehouse_order_id,
        )

        if d:
            pick_fulfillment_shipment_exclude_keyof_fulfillment_shipment_warehouse.additional_properties = d
        return pick_fulfillment_shipment_exclude_keyof_fulfillment_shipment_warehouse

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


# At the end, once PickFulfillmentShipmentExcludeKeyofFulfillmentShipmentWarehouse exists: a model that refers back to this one imports it from here.
if not TYPE_CHECKING:
    from ..models.fulfillment_package import FulfillmentPackage  # noqa: E402
    from ..models.fulfillment_shipment_item import FulfillmentShipmentItem  # noqa: E402
