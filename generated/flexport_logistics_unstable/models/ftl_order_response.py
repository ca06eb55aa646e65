from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..models.freight_mode_ftl import FreightModeFTL
from ..models.order_status import OrderStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ftl_order_item_response import FtlOrderItemResponse
    from ..models.order_delivery_details import OrderDeliveryDetails
    from ..models.order_pickup_details import OrderPickupDetails


T = TypeVar("T", bound="FtlOrderResponse")


@_attrs_define(repr=False)
class FtlOrderResponse:
    """
    Attributes:
        created_at (datetime.datetime):
        delivery_details (OrderDeliveryDetails):
        ftl_order_item (FtlOrderItemResponse):
        id (float):
        pickup_details (OrderPickupDetails):
        quote_id (float):
        status (OrderStatus):
        type_ (FreightModeFTL):
        commodity_description (str | Unset):
        customer_reference_number (str | Unset):
    """

    created_at: datetime.datetime
    delivery_details: OrderDeliveryDetails
    ftl_order_item: FtlOrderItemResponse
    id: float
    pickup_details: OrderPickupDetails
    quote_id: float
    status: OrderStatus
    type_: FreightModeFTL
    commodity_description: str | Unset = UNSET
    customer_reference_number: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        delivery_details = self.delivery_details.to_dict()

        ftl_order_item = self.ftl_order_item.to_dict()

        id = self.id

        pickup_details = self.pickup_details.to_dict()

        quote_id = self.quote_id

        status = self.status.value

        type_ = self.type_.value

        commodity_description = self.commodity_description

        customer_reference_number = self.customer_reference_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "createdAt": created_at,
                "deliveryDetails": delivery_details,
                "ftlOrderItem": ftl_order_item,
                "id": id,
                "pickupDetails": pickup_details,
                "quoteId": quote_id,
                "status": status,
                "type": type_,
            }
        )
        if commodity_description is not UNSET:
            field_dict["commodityDescription"] = commodity_description
        if customer_reference_number is not UNSET:
            field_dict["customerReferenceNumber"] = customer_reference_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        delivery_details = OrderDeliveryDetails.from_dict(d.pop("deliveryDetails"))

        ftl_order_item = FtlOrderItemResponse.from_dict(d.pop("ftlOrderItem"))

        id = d.pop("id")

        pickup_details = OrderPickupDetails.from_dict(d.pop("pickupDetails"))

        quote_id = d.pop("quoteId")

        status = OrderStatus._parse(d.pop("status"))

        type_ = FreightModeFTL._parse(d.pop("type"))

        commodity_description = d.pop("commodityDescription", UNSET)

        customer_reference_number = d.pop("customerReferenceNumber", UNSET)

        ftl_order_response = cls(
            created_at=created_at,
            delivery_details=delivery_details,
            ftl_order_item=ftl_order_item,
            id=id,
            pickup_details=pickup_details,
            quote_id=quote_id,
            status=status,
            type_=type_,
            commodity_description=commodity_description,
            customer_reference_number=customer_reference_number,
        )

        if d:
            ftl_order_response.additional_properties = d
        return ftl_order_response

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


# At the end, once FtlOrderResponse exists: a model that refers back to this one imports it from here.
if not TYPE_CHECKING:
    from ..models.ftl_order_item_response import FtlOrderItemResponse  # noqa: E402
    from ..models.order_delivery_details import OrderDeliveryDetails  # noqa: E402
    from ..models.order_pickup_details import OrderPickupDetails  # noqa: E402
