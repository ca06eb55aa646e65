from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..models.channel import Channel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.deliverr_address import DeliverrAddress
    from ..models.replenishment_order_item import ReplenishmentOrderItem


T = TypeVar("T", bound="ReplenishmentOrder")


@_attrs_define(repr=False)
class ReplenishmentOrder:
    """
    Attributes:
        order_id (str):
        distribution_channel (Channel | None | Unset):
        order_items (list[ReplenishmentOrderItem] | None | Unset):
        order_status (None | str | Unset): Order status, e.g. PLANNED or BOOKED.
        ship_to_address (DeliverrAddress | None | Unset):
    """

    order_id: str
    distribution_channel: Channel | None | Unset = UNSET
    order_items: list[ReplenishmentOrderItem] | None | Unset = UNSET
    order_status: None | str | Unset = UNSET
    ship_to_address: DeliverrAddress | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_id = self.order_id

        distribution_channel: None | str | Unset
        if isinstance(self.distribution_channel, Unset):
            distribution_channel = UNSET
        elif isinstance(self.distribution_channel, Channel):
            distribution_channel = self.distribution_channel.value
        else:
            distribution_channel = self.distribution_channel

        order_items: list[dict[str, Any]] | None | Unset
        if isinstance(self.order_items, Unset):
            order_items = UNSET
        elif isinstance(self.order_items, list):
            order_items = []
            for order_items_type_0_item_data in self.order_items:
                order_items_type_0_item = order_items_type_0_item_data.to_dict()
                order_items.append(order_items_type_0_item)

        else:
            order_items = self.order_items

        order_status: None | str | Unset
        if isinstance(self.order_status, Unset):
            order_status = UNSET
        else:
            order_status = self.order_status

        ship_to_address: dict[str, Any] | None | Unset
        if isinstance(self.ship_to_address, Unset):
            ship_to_address = UNSET
        elif isinstance(self.ship_to_address, DeliverrAddress):
            ship_to_address = self.ship_to_address.to_dict()
        else:
            ship_to_address = self.ship_to_address

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "orderId": order_id,
            }
        )
        if distribution_channel is not UNSET:
            field_dict["distributionChannel"] = distribution_channel
        if order_items is not UNSET:
            field_dict["orderItems"] = order_items
        if order_status is not UNSET:
            field_dict["orderStatus"] = order_status
        if ship_to_address is not UNSET:
            field_dict["shipToAddress"] = ship_to_address

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        order_id = d.pop("orderId")

        def _parse_distribution_channel(data: object) -> Channel | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                distribution_channel_type_1 = Channel._parse(data)

                return distribution_channel_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Channel | None | Unset, data)

        distribution_channel = _parse_distribution_channel(
            d.pop("distributionChannel", UNSET)
        )

        def _parse_order_items(
            data: object,
        ) -> list[ReplenishmentOrderItem] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                order_items_type_0 = []
                _order_items_type_0 = data
                for order_items_type_0_item_data in _order_items_type_0:
                    order_items_type_0_item = ReplenishmentOrderItem.from_dict(
                        order_items_type_0_item_data
                    )

                    order_items_type_0.append(order_items_type_0_item)

                return order_items_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ReplenishmentOrderItem] | None | Unset, data)

        order_items = _parse_order_items(d.pop("orderItems", UNSET))

        def _parse_order_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        order_status = _parse_order_status(d.pop("orderStatus", UNSET))

        def _parse_ship_to_address(data: object) -> DeliverrAddress | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                ship_to_address_type_1 = DeliverrAddress.from_dict(data)

                return ship_to_address_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DeliverrAddress | None | Unset, data)

        ship_to_address = _parse_ship_to_address(d.pop("shipToAddress", UNSET))

        replenishment_order = cls(
            order_id=order_id,
            distribution_channel=distribution_channel,
            order_items=order_items,
            order_status=order_status,
            ship_to_address=ship_to_address,
        )

        if d:
            replenishment_order.additional_properties = d
        return replenishment_order

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


# At the end, once ReplenishmentOrder exists: a model that refers back to this one imports it from here.
if not TYPE_CHECKING:
    from ..models.deliverr_address import DeliverrAddress  # noqa: E402
    from ..models.replenishment_order_item import ReplenishmentOrderItem  # noqa: E402
