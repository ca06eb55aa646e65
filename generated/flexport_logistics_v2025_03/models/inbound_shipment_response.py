from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..models.logistics_inbound_shipment_status import LogisticsInboundShipmentStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.addresses_output import AddressesOutput
    from ..models.item_output import ItemOutput
    from ..models.package_output import PackageOutput
    from ..models.prep_request_data import PrepRequestData
    from ..models.shopify_freight_response import ShopifyFreightResponse


T = TypeVar("T", bound="InboundShipmentResponse")


@_attrs_define(repr=False)
class InboundShipmentResponse:
    """
    Attributes:
        addresses (AddressesOutput):
        id (str):
        prep (PrepRequestData):
        receiving_id (str):
        shipping_plan_id (str):
        status (LogisticsInboundShipmentStatus):
        arrived_at (datetime.datetime | Unset):
        completed_at (datetime.datetime | Unset):
        freight (ShopifyFreightResponse | Unset):
        items (list[ItemOutput] | Unset):
        packages (list[PackageOutput] | Unset):
        shipping_plan_external_id (str | Unset):
        shipping_plan_name (str | Unset):
    """

    addresses: AddressesOutput
    id: str
    prep: PrepRequestData
    receiving_id: str
    shipping_plan_id: str
    status: LogisticsInboundShipmentStatus
    arrived_at: datetime.datetime | Unset = UNSET
    completed_at: datetime.datetime | Unset = UNSET
    freight: ShopifyFreightResponse | Unset = UNSET
    items: list[ItemOutput] | Unset = UNSET
    packages: list[PackageOutput] | Unset = UNSET
    shipping_plan_external_id: str | Unset = UNSET
    shipping_plan_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        addresses = self.addresses.to_dict()

        id = self.id

        prep = self.prep.to_dict()

        receiving_id = self.receiving_id

        shipping_plan_id = self.shipping_plan_id

        status = self.status.value

        arrived_at: str | Unset = UNSET
        if not isinstance(self.arrived_at, Unset):
            arrived_at = self.arrived_at.isoformat()

        completed_at: str | Unset = UNSET
        if not isinstance(self.completed_at, Unset):
            completed_at = self.completed_at.isoformat()

        freight: dict[str, Any] | Unset = UNSET
        if not isinstance(self.freight, Unset):
            freight = self.freight.to_dict()

        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        packages: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.packages, Unset):
            packages = []
            for packages_item_data in self.packages:
                packages_item = packages_item_data.to_dict()
                packages.append(packages_item)

        shipping_plan_external_id = self.shipping_plan_external_id

        shipping_plan_name = self.shipping_plan_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "addresses": addresses,
                "id": id,
                "prep": prep,
                "receivingId": receiving_id,
                "shippingPlanId": shipping_plan_id,
                "status": status,
            }
        )
        if arrived_at is not UNSET:
            field_dict["arrivedAt"] = arrived_at
        if completed_at is not UNSET:
            field_dict["completedAt"] = completed_at
        if freight is not UNSET:
            field_dict["freight"] = freight
        if items is not UNSET:
            field_dict["items"] = items
        if packages is not UNSET:
            field_dict["packages"] = packages
        if shipping_plan_external_id is not UNSET:
            field_dict["shippingPlanExternalId"] = shipping_plan_external_id
        if shipping_plan_name is not UNSET:
            field_dict["shippingPlanName"] = shipping_plan_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        addresses = AddressesOutput.from_dict(d.pop("addresses"))

        id = d.pop("id")

        prep = PrepRequestData.from_dict(d.pop("prep"))

        receiving_id = d.pop("receivingId")

        shipping_plan_id = d.pop("shippingPlanId")

        status = LogisticsInboundShipmentStatus._parse(d.pop("status"))

        _arrived_at = d.pop("arrivedAt", UNSET)
        arrived_at: datetime.datetime | Unset
        if isinstance(_arrived_at, Unset):
            arrived_at = UNSET
        else:
            arrived_at = datetime.datetime.fromisoformat(_arrived_at)

        _completed_at = d.pop("completedAt", UNSET)
        completed_at: datetime.datetime | Unset
        if isinstance(_completed_at, Unset):
            completed_at = UNSET
        else:
            completed_at = datetime.datetime.fromisoformat(_completed_at)

        _freight = d.pop("freight", UNSET)
        freight: ShopifyFreightResponse | Unset
        if isinstance(_freight, Unset):
            freight = UNSET
        else:
            freight = ShopifyFreightResponse.from_dict(_freight)

        _items = d.pop("items", UNSET)
        items: list[ItemOutput] | Unset = UNSET
        if _items is not UNSET:
            items = []
            for items_item_data in _items:
                items_item = ItemOutput.from_dict(items_item_data)

                items.append(items_item)

        _packages = d.pop("packages", UNSET)
        packages: list[PackageOutput] | Unset = UNSET
        if _packages is not UNSET:
            packages = []
            for packages_item_data in _packages:
                packages_item = PackageOutput.from_dict(packages_item_data)

                packages.append(packages_item)

        shipping_plan_external_id = d.pop("shippingPlanExternalId", UNSET)

        shipping_plan_name = d.pop("shippingPlanName", UNSET)

        inbound_shipment_response = cls(
            addresses=addresses,
            id=id,
            prep=prep,
            receiving_id=receiving_id,
            shipping_plan_id=shipping_plan_id,
            status=status,
            arrived_at=arrived_at,
            completed_at=completed_at,
            freight=freight,
            items=items,
            packages=packages,
            shipping_plan_external_id=shipping_plan_external_id,
            shipping_plan_name=shipping_plan_name,
        )

        if d:
            inbound_shipment_response.additional_properties = d
        return inbound_shipment_response

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


# At the end, once InboundShipmentResponse exists: a model that refers back to this one imports it from here.
if not TYPE_CHECKING:
    from ..models.addresses_output import AddressesOutput  # noqa: E402
    from ..models.item_output import ItemOutput  # noqa: E402
    from ..models.package_output import PackageOutput  # noqa: E402
    from ..models.prep_request_data import PrepRequestData  # noqa: E402
    from ..models.shopify_freight_response import ShopifyFreightResponse  # noqa: E402
