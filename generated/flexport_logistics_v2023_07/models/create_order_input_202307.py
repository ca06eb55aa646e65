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
    from ..models.address_input import AddressInput
    from ..models.duties_input import DutiesInput
    from ..models.order_line_item_input import OrderLineItemInput


T = TypeVar("T", bound="CreateOrderInput202307")


@_attrs_define(repr=False)
class CreateOrderInput202307:
    """
    Attributes:
        address (AddressInput):
        external_order_id (str): Your unique reference for the order.
        line_items (list[OrderLineItemInput]):
        delivery_days (float | None | Unset): Days after the ship date to promise delivery.
        duties (DutiesInput | None | Unset):
        is_subscription_order (bool | None | Unset):
        promised_delivery_by_time (datetime.datetime | None | Unset):
        promised_ship_by_time (datetime.datetime | None | Unset):
        ship_method (None | str | Unset):
        source (None | SourceId | Unset):
    """

    address: AddressInput
    external_order_id: str
    line_items: list[OrderLineItemInput]
    delivery_days: float | None | Unset = UNSET
    duties: DutiesInput | None | Unset = UNSET
    is_subscription_order: bool | None | Unset = UNSET
    promised_delivery_by_time: datetime.datetime | None | Unset = UNSET
    promised_ship_by_time: datetime.datetime | None | Unset = UNSET
    ship_method: None | str | Unset = UNSET
    source: None | SourceId | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address = self.address.to_dict()

        external_order_id = self.external_order_id

        line_items = []
        for line_items_item_data in self.line_items:
            line_items_item = line_items_item_data.to_dict()
            line_items.append(line_items_item)

        delivery_days: float | None | Unset
        if isinstance(self.delivery_days, Unset):
            delivery_days = UNSET
        else:
            delivery_days = self.delivery_days

        duties: dict[str, Any] | None | Unset
        if isinstance(self.duties, Unset):
            duties = UNSET
        elif isinstance(self.duties, DutiesInput):
            duties = self.duties.to_dict()
        else:
            duties = self.duties

        is_subscription_order: bool | None | Unset
        if isinstance(self.is_subscription_order, Unset):
            is_subscription_order = UNSET
        else:
            is_subscription_order = self.is_subscription_order

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

        ship_method: None | str | Unset
        if isinstance(self.ship_method, Unset):
            ship_method = UNSET
        else:
            ship_method = self.ship_method

        source: None | str | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        elif isinstance(self.source, SourceId):
            source = self.source.value
        else:
            source = self.source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "address": address,
                "externalOrderId": external_order_id,
                "lineItems": line_items,
            }
        )
        if delivery_days is not UNSET:
            field_dict["deliveryDays"] = delivery_days
        if duties is not UNSET:
            field_dict["duties"] = duties
        if is_subscription_order is not UNSET:
            field_dict["isSubscriptionOrder"] = is_subscription_order
        if promised_delivery_by_time is not UNSET:
            field_dict["promisedDeliveryByTime"] = promised_delivery_by_time
        if promised_ship_by_time is not UNSET:
            field_dict["promisedShipByTime"] = promised_ship_by_time
        if ship_method is not UNSET:
            field_dict["shipMethod"] = ship_method
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        address = AddressInput.from_dict(d.pop("address"))

        external_order_id = d.pop("externalOrderId")

        line_items = []
        _line_items = d.pop("lineItems")
        for line_items_item_data in _line_items:
            line_items_item = OrderLineItemInput.from_dict(line_items_item_data)

            line_items.append(line_items_item)

        def _parse_delivery_days(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        delivery_days = _parse_delivery_days(d.pop("deliveryDays", UNSET))

        def _parse_duties(data: object) -> DutiesInput | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                duties_type_1 = DutiesInput.from_dict(data)

                return duties_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DutiesInput | None | Unset, data)

        duties = _parse_duties(d.pop("duties", UNSET))

        def _parse_is_subscription_order(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_subscription_order = _parse_is_subscription_order(
            d.pop("isSubscriptionOrder", UNSET)
        )

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

        def _parse_ship_method(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ship_method = _parse_ship_method(d.pop("shipMethod", UNSET))

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

        create_order_input_202307 = cls(
            address=address,
            external_order_id=external_order_id,
            line_items=line_items,
            delivery_days=delivery_days,
            duties=duties,
            is_subscription_order=is_subscription_order,
            promised_delivery_by_time=promised_delivery_by_time,
            promised_ship_by_time=promised_ship_by_time,
            ship_method=ship_method,
            source=source,
        )

        if d:
            create_order_input_202307.additional_properties = d
        return create_order_input_202307

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


# At the end, once CreateOrderInput202307 exists: a model that refers back to this one imports it from here.
if not TYPE_CHECKING:
    from ..models.address_input import AddressInput  # noqa: E402
    from ..models.duties_input import DutiesInput  # noqa: E402
    from ..models.order_line_item_input import OrderLineItemInput  # noqa: E402
