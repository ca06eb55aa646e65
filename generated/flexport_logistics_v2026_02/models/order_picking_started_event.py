from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderPickingStartedEvent")


@_attrs_define(repr=False)
class OrderPickingStartedEvent:
    """
    Attributes:
        external_order_id (str): The externalId given when the order was created.
        logistics_account_id (str): Logistics account id.
        logistics_event_id (str): Event id; de-duplicate deliveries on it.
        logistics_event_time (str): When the event happened.
        logistics_event_type (str): Event type, e.g. Order.Shipped.
        order_id (str): Order id.
        id (str | Unset): Order id.
    """

    external_order_id: str
    logistics_account_id: str
    logistics_event_id: str
    logistics_event_time: str
    logistics_event_type: str
    order_id: str
    id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        external_order_id = self.external_order_id

        logistics_account_id = self.logistics_account_id

        logistics_event_id = self.logistics_event_id

        logistics_event_time = self.logistics_event_time

        logistics_event_type = self.logistics_event_type

        order_id = self.order_id

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "externalOrderId": external_order_id,
                "logisticsAccountId": logistics_account_id,
                "logisticsEventId": logistics_event_id,
                "logisticsEventTime": logistics_event_time,
                "logisticsEventType": logistics_event_type,
                "orderId": order_id,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        external_order_id = d.pop("externalOrderId")

        logistics_account_id = d.pop("logisticsAccountId")

        logistics_event_id = d.pop("logisticsEventId")

        logistics_event_time = d.pop("logisticsEventTime")

        logistics_event_type = d.pop("logisticsEventType")

        order_id = d.pop("orderId")

        id = d.pop("id", UNSET)

        order_picking_started_event = cls(
            external_order_id=external_order_id,
            logistics_account_id=logistics_account_id,
            logistics_event_id=logistics_event_id,
            logistics_event_time=logistics_event_time,
            logistics_event_type=logistics_event_type,
            order_id=order_id,
            id=id,
        )

        if d:
            order_picking_started_event.additional_properties = d
        return order_picking_started_event

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
