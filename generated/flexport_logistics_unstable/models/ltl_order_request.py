from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.order_delivery_details import OrderDeliveryDetails
    from ..models.order_pickup_details import OrderPickupDetails
    from ..models.package_details import PackageDetails


T = TypeVar("T", bound="LtlOrderRequest")


@_attrs_define(repr=False)
class LtlOrderRequest:
    """
    Attributes:
        delivery_details (OrderDeliveryDetails):
        pallets (list[PackageDetails]):
        pickup_details (OrderPickupDetails):
        quote_id (float):
        commodity_description (str | Unset):
        customer_reference_number (str | Unset):
    """

    delivery_details: OrderDeliveryDetails
    pallets: list[PackageDetails]
    pickup_details: OrderPickupDetails
    quote_id: float
    commodity_description: str | Unset = UNSET
    customer_reference_number: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        delivery_details = self.delivery_details.to_dict()

        pallets = []
        for pallets_item_data in self.pallets:
            pallets_item = pallets_item_data.to_dict()
            pallets.append(pallets_item)

        pickup_details = self.pickup_details.to_dict()

        quote_id = self.quote_id

        commodity_description = self.commodity_description

        customer_reference_number = self.customer_reference_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "deliveryDetails": delivery_details,
                "pallets": pallets,
                "pickupDetails": pickup_details,
                "quoteId": quote_id,
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
        delivery_details = OrderDeliveryDetails.from_dict(d.pop("deliveryDetails"))

        pallets = []
        _pallets = d.pop("pallets")
        for pallets_item_data in _pallets:
            pallets_item = PackageDetails.from_dict(pallets_item_data)

            pallets.append(pallets_item)

        pickup_details = OrderPickupDetails.from_dict(d.pop("pickupDetails"))

        quote_id = d.pop("quoteId")

        commodity_description = d.pop("commodityDescription", UNSET)

        customer_reference_number = d.pop("customerReferenceNumber", UNSET)

        ltl_order_request = cls(
            delivery_details=delivery_details,
            pallets=pallets,
            pickup_details=pickup_details,
            quote_id=quote_id,
            commodity_description=commodity_description,
            customer_reference_number=customer_reference_number,
        )

        if d:
            ltl_order_request.additional_properties = d
        return ltl_order_request

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


# At the end, once LtlOrderRequest exists: a model that refers back to this one imports it from here.
if not TYPE_CHECKING:
    from ..models.order_delivery_details import OrderDeliveryDetails  # noqa: E402
    from ..models.order_pickup_details import OrderPickupDetails  # noqa: E402
    from ..models.package_details import PackageDetails  # noqa: E402
