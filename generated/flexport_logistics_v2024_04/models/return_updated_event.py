from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..models.return_order_status import ReturnOrderStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.deliverr_address import DeliverrAddress
    from ..models.return_item import ReturnItem
    from ..models.shipping_label import ShippingLabel


T = TypeVar("T", bound="ReturnUpdatedEvent")


@_attrs_define(repr=False)
class ReturnUpdatedEvent:
    """
    Attributes:
        external_return_id (str):
        id (float): Return id (a whole number).
        logistics_account_id (str): Logistics account id.
        logistics_event_id (str): Event id; de-duplicate deliveries on it.
        logistics_event_time (str): When the event happened.
        logistics_event_type (str): Event type, e.g. Order.Shipped.
        return_items (list[ReturnItem]):
        rma (str):
        shipping_label (ShippingLabel):
        status (ReturnOrderStatus):
        inspected_at (datetime.datetime | None | Unset):
        received_at (datetime.datetime | None | Unset):
        shipped_at (datetime.datetime | None | Unset):
        source_address (DeliverrAddress | None | Unset):
    """

    external_return_id: str
    id: float
    logistics_account_id: str
    logistics_event_id: str
    logistics_event_time: str
    logistics_event_type: str
    return_items: list[ReturnItem]
    rma: str
    shipping_label: ShippingLabel
    status: ReturnOrderStatus
    inspected_at: datetime.datetime | None | Unset = UNSET
    received_at: datetime.datetime | None | Unset = UNSET
    shipped_at: datetime.datetime | None | Unset = UNSET
    source_address: DeliverrAddress | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        external_return_id = self.external_return_id

        id = self.id

        logistics_account_id = self.logistics_account_id

        logistics_event_id = self.logistics_event_id

        logistics_event_time = self.logistics_event_time

        logistics_event_type = self.logistics_event_type

        return_items = []
        for return_items_item_data in self.return_items:
            return_items_item = return_items_item_data.to_dict()
            return_items.append(return_items_item)

        rma = self.rma

        shipping_label = self.shipping_label.to_dict()

        status = self.status.value

        inspected_at: None | str | Unset
        if isinstance(self.inspected_at, Unset):
            inspected_at = UNSET
        elif isinstance(self.inspected_at, datetime.datetime):
            inspected_at = self.inspected_at.isoformat()
        else:
            inspected_at = self.inspected_at

        received_at: None | str | Unset
        if isinstance(self.received_at, Unset):
            received_at = UNSET
        elif isinstance(self.received_at, datetime.datetime):
            received_at = self.received_at.isoformat()
        else:
            received_at = self.received_at

        shipped_at: None | str | Unset
        if isinstance(self.shipped_at, Unset):
            shipped_at = UNSET
        elif isinstance(self.shipped_at, datetime.datetime):
            shipped_at = self.shipped_at.isoformat()
        else:
            shipped_at = self.shipped_at

        source_address: dict[str, Any] | None | Unset
        if isinstance(self.source_address, Unset):
            source_address = UNSET
        elif isinstance(self.source_address, DeliverrAddress):
            source_address = self.source_address.to_dict()
        else:
            source_address = self.source_address

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "externalReturnId": external_return_id,
                "id": id,
                "logisticsAccountId": logistics_account_id,
                "logisticsEventId": logistics_event_id,
                "logisticsEventTime": logistics_event_time,
                "logisticsEventType": logistics_event_type,
                "returnItems": return_items,
                "rma": rma,
                "shippingLabel": shipping_label,
                "status": status,
            }
        )
        if inspected_at is not UNSET:
            field_dict["inspectedAt"] = inspected_at
        if received_at is not UNSET:
            field_dict["receivedAt"] = received_at
        if shipped_at is not UNSET:
            field_dict["shippedAt"] = shipped_at
        if source_address is not UNSET:
            field_dict["sourceAddress"] = source_address

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        external_return_id = d.pop("externalReturnId")

        id = d.pop("id")

        logistics_account_id = d.pop("logisticsAccountId")

        logistics_event_id = d.pop("logisticsEventId")

        logistics_event_time = d.pop("logisticsEventTime")

        logistics_event_type = d.pop("logisticsEventType")

        return_items = []
        _return_items = d.pop("returnItems")
        for return_items_item_data in _return_items:
            return_items_item = ReturnItem.from_dict(return_items_item_data)

            return_items.append(return_items_item)

        rma = d.pop("rma")

        shipping_label = ShippingLabel.from_dict(d.pop("shippingLabel"))

        status = ReturnOrderStatus._parse(d.pop("status"))

        def _parse_inspected_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                inspected_at_type_0 = datetime.datetime.fromisoformat(data)

                return inspected_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        inspected_at = _parse_inspected_at(d.pop("inspectedAt", UNSET))

        def _parse_received_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                received_at_type_0 = datetime.datetime.fromisoformat(data)

                return received_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        received_at = _parse_received_at(d.pop("receivedAt", UNSET))

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

        def _parse_source_address(data: object) -> DeliverrAddress | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                source_address_type_1 = DeliverrAddress.from_dict(data)

                return source_address_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DeliverrAddress | None | Unset, data)

        source_address = _parse_source_address(d.pop("sourceAddress", UNSET))

        return_updated_event = cls(
            external_return_id=external_return_id,
            id=id,
            logistics_account_id=logistics_account_id,
            logistics_event_id=logistics_event_id,
            logistics_event_time=logistics_event_time,
            logistics_event_type=logistics_event_type,
            return_items=return_items,
            rma=rma,
            shipping_label=shipping_label,
            status=status,
            inspected_at=inspected_at,
            received_at=received_at,
            shipped_at=shipped_at,
            source_address=source_address,
        )

        if d:
            return_updated_event.additional_properties = d
        return return_updated_event

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


# At the end, once ReturnUpdatedEvent exists: a model that refers back to this one imports it from here.
if not TYPE_CHECKING:
    from ..models.deliverr_address import DeliverrAddress  # noqa: E402
    from ..models.return_item import ReturnItem  # noqa: E402
    from ..models.shipping_label import ShippingLabel  # noqa: E402
