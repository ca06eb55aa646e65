from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..models.channel import Channel
from ..types import Unset

if TYPE_CHECKING:
    from ..models.deliverr_address import DeliverrAddress
    from ..models.replenishment_order_item import ReplenishmentOrderItem


T = TypeVar("T", bound="CreateReplenishmentOrderRequest")


@_attrs_define(repr=False)
class CreateReplenishmentOrderRequest:
    """
    Attributes:
        distribution_channel (Channel): Distribution channel; only WHOLESALE is supported.
        order_items (list[ReplenishmentOrderItem]): One line per SKU; one SKU with two case quantities is not allowed.
        ship_to_address (DeliverrAddress):
    """

    distribution_channel: Channel
    order_items: list[ReplenishmentOrderItem]
    ship_to_address: DeliverrAddress
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        distribution_channel = self.distribution_channel.value

        order_items = []
        for order_items_item_data in self.order_items:
            order_items_item = order_items_item_data.to_dict()
            order_items.append(order_items_item)

        ship_to_address = self.ship_to_address.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "distributionChannel": distribution_channel,
                "orderItems": order_items,
                "shipToAddress": ship_to_address,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        distribution_channel = Channel._parse(d.pop("distributionChannel"))

        order_items = []
        _order_items = d.pop("orderItems")
        for order_items_item_data in _order_items:
            order_items_item = ReplenishmentOrderItem.from_dict(order_items_item_data)

            order_items.append(order_items_item)

        ship_to_address = DeliverrAddress.from_dict(d.pop("shipToAddress"))

        create_replenishment_order_request = cls(
            distribution_channel=distribution_channel,
            order_items=order_items,
            ship_to_address=ship_to_address,
        )

        if d:
            create_replenishment_order_request.additional_properties = d
        return create_replenishment_order_request

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


# At the end, once CreateReplenishmentOrderRequest exists: a model that refers back to this one imports it from here.
if not TYPE_CHECKING:
    from ..models.deliverr_address import DeliverrAddress  # noqa: E402
    from ..models.replenishment_order_item import ReplenishmentOrderItem  # noqa: E402
