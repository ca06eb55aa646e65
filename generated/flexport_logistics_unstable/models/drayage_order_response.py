from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..models.freight_mode_drayage import FreightModeDRAYAGE
from ..models.order_status import OrderStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.drayage_order_item_response import DrayageOrderItemResponse
    from ..models.ftl_order_item_response import FtlOrderItemResponse
    from ..models.order_delivery_details import OrderDeliveryDetails
    from ..models.transload_order_item_response import TransloadOrderItemResponse


T = TypeVar("T", bound="DrayageOrderResponse")


@_attrs_define(repr=False)
class DrayageOrderResponse:
    """
    Attributes:
        created_at (datetime.datetime):
        delivery_details (OrderDeliveryDetails):
        drayage_order_item (DrayageOrderItemResponse):
        id (float):
        quote_id (float):
        status (OrderStatus):
        type_ (FreightModeDRAYAGE):
        commodity_description (str | Unset):
        customer_reference_number (str | Unset):
        ftl_order_item (FtlOrderItemResponse | Unset):
        port_id (str | Unset):
        transload_order_item (TransloadOrderItemResponse | Unset):
    """

    created_at: datetime.datetime
    delivery_details: OrderDeliveryDetails
    drayage_order_item: DrayageOrderItemResponse
    id: float
    quote_id: float
    status: OrderStatus
    type_: FreightModeDRAYAGE
    commodity_description: str | Unset = UNSET
    customer_reference_number: str | Unset = UNSET
    ftl_order_item: FtlOrderItemResponse | Unset = UNSET
    port_id: str | Unset = UNSET
    transload_order_item: TransloadOrderItemResponse | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        delivery_details = self.delivery_details.to_dict()

        drayage_order_item = self.drayage_order_item.to_dict()

        id = self.id

        quote_id = self.quote_id

        status = self.status.value

        type_ = self.type_.value

        commodity_description = self.commodity_description

        customer_reference_number = self.customer_reference_number

        ftl_order_item: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ftl_order_item, Unset):
            ftl_order_item = self.ftl_order_item.to_dict()

        port_id = self.port_id

        transload_order_item: dict[str, Any] | Unset = UNSET
        if not isinstance(self.transload_order_item, Unset):
            transload_order_item = self.transload_order_item.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "createdAt": created_at,
                "deliveryDetails": delivery_details,
                "drayageOrderItem": drayage_order_item,
                "id": id,
                "quoteId": quote_id,
                "status": status,
                "type": type_,
            }
        )
        if commodity_description is not UNSET:
            field_dict["commodityDescription"] = commodity_description
        if customer_reference_number is not UNSET:
            field_dict["customerReferenceNumber"] = customer_reference_number
        if ftl_order_item is not UNSET:
            field_dict["ftlOrderItem"] = ftl_order_item
        if port_id is not UNSET:
            field_dict["portId"] = port_id
        if transload_order_item is not UNSET:
            field_dict["transloadOrderItem"] = transload_order_item

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        delivery_details = OrderDeliveryDetails.from_dict(d.pop("deliveryDetails"))

        drayage_order_item = DrayageOrderItemResponse.from_dict(
            d.pop("drayageOrderItem")
        )

        id = d.pop("id")

        quote_id = d.pop("quoteId")

        status = OrderStatus._parse(d.pop("status"))

        type_ = FreightModeDRAYAGE._parse(d.pop("type"))

        commodity_description = d.pop("commodityDescription", UNSET)

        customer_reference_number = d.pop("customerReferenceNumber", UNSET)

        _ftl_order_item = d.pop("ftlOrderItem", UNSET)
        ftl_order_item: FtlOrderItemResponse | Unset
        if isinstance(_ftl_order_item, Unset):
            ftl_order_item = UNSET
        else:
            ftl_order_item = FtlOrderItemResponse.from_dict(_ftl_order_item)

        port_id = d.pop("portId", UNSET)

        _transload_order_item = d.pop("transloadOrderItem", UNSET)
        transload_order_item: TransloadOrderItemResponse | Unset
        if isinstance(_transload_order_item, Unset):
            transload_order_item = UNSET
        else:
            transload_order_item = TransloadOrderItemResponse.from_dict(
                _transload_order_item
            )

        drayage_order_response = cls(
            created_at=created_at,
            delivery_details=delivery_details,
            drayage_order_item=drayage_order_item,
            id=id,
            quote_id=quote_id,
            status=status,
            type_=type_,
            commodity_description=commodity_description,
            customer_reference_number=customer_reference_number,
            ftl_order_item=ftl_order_item,
            port_id=port_id,
            transload_order_item=transload_order_item,
        )

        if d:
            drayage_order_response.additional_properties = d
        return drayage_order_response

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


# At the end, once DrayageOrderResponse exists: a model that refers back to this one imports it from here.
if not TYPE_CHECKING:
    from ..models.drayage_order_item_response import DrayageOrderItemResponse  # noqa: E402
    from ..models.ftl_order_item_response import FtlOrderItemResponse  # noqa: E402
    from ..models.order_delivery_details import OrderDeliveryDetails  # noqa: E402
    from ..models.transload_order_item_response import TransloadOrderItemResponse  # noqa: E402
