from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..models.ftl_order_request_weight_unit_enum import FtlOrderRequestWeightUnitEnum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.order_delivery_details import OrderDeliveryDetails
    from ..models.order_pickup_details import OrderPickupDetails


T = TypeVar("T", bound="FtlOrderRequest")


@_attrs_define(repr=False)
class FtlOrderRequest:
    """
    Attributes:
        delivery_details (OrderDeliveryDetails):
        pallet_count (float):
        pickup_details (OrderPickupDetails):
        quote_id (float):
        total_weight (float):
        commodity_description (str | Unset):
        customer_reference_number (str | Unset):
        weight_unit (FtlOrderRequestWeightUnitEnum | Unset):
    """

    delivery_details: OrderDeliveryDetails
    pallet_count: float
    pickup_details: OrderPickupDetails
    quote_id: float
    total_weight: float
    commodity_description: str | Unset = UNSET
    customer_reference_number: str | Unset = UNSET
    weight_unit: FtlOrderRequestWeightUnitEnum | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        delivery_details = self.delivery_details.to_dict()

        pallet_count = self.pallet_count

        pickup_details = self.pickup_details.to_dict()

        quote_id = self.quote_id

        total_weight = self.total_weight

        commodity_description = self.commodity_description

        customer_reference_number = self.customer_reference_number

        weight_unit: str | Unset = UNSET
        if not isinstance(self.weight_unit, Unset):
            weight_unit = self.weight_unit.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "deliveryDetails": delivery_details,
                "palletCount": pallet_count,
                "pickupDetails": pickup_details,
                "quoteId": quote_id,
                "totalWeight": total_weight,
            }
        )
        if commodity_description is not UNSET:
            field_dict["commodityDescription"] = commodity_description
        if customer_reference_number is not UNSET:
            field_dict["customerReferenceNumber"] = customer_reference_number
        if weight_unit is not UNSET:
            field_dict["weightUnit"] = weight_unit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        delivery_details = OrderDeliveryDetails.from_dict(d.pop("deliveryDetails"))

        pallet_count = d.pop("palletCount")

        pickup_details = OrderPickupDetails.from_dict(d.pop("pickupDetails"))

        quote_id = d.pop("quoteId")

        total_weight = d.pop("totalWeight")

        commodity_description = d.pop("commodityDescription", UNSET)

        customer_reference_number = d.pop("customerReferenceNumber", UNSET)

        _weight_unit = d.pop("weightUnit", UNSET)
        weight_unit: FtlOrderRequestWeightUnitEnum | Unset
        if isinstance(_weight_unit, Unset):
            weight_unit = UNSET
        else:
            weight_unit = FtlOrderRequestWeightUnitEnum._parse(_weight_unit)

        ftl_order_request = cls(
            delivery_details=delivery_details,
            pallet_count=pallet_count,
            pickup_details=pickup_details,
            quote_id=quote_id,
            total_weight=total_weight,
            commodity_description=commodity_description,
            customer_reference_number=customer_reference_number,
            weight_unit=weight_unit,
        )

        if d:
            ftl_order_request.additional_properties = d
        return ftl_order_request

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


# At the end, once FtlOrderRequest exists: a model that refers back to this one imports it from here.
if not TYPE_CHECKING:
    from ..models.order_delivery_details import OrderDeliveryDetails  # noqa: E402
    from ..models.order_pickup_details import OrderPickupDetails  # noqa: E402
