from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.inbound_address import InboundAddress
    from ..models.item_data import ItemData
    from ..models.package_input import PackageInput
    from ..models.prep_request_data import PrepRequestData


T = TypeVar("T", bound="CreateInboundShipmentRequest")


@_attrs_define(repr=False)
class CreateInboundShipmentRequest:
    """
    Attributes:
        from_ (InboundAddress):
        prep (PrepRequestData):
        items (list[ItemData] | Unset):
        packages (list[PackageInput] | Unset):
        shipping_plan_external_id (str | Unset): Your id for the shipping plan, to link other systems.
        shipping_plan_name (str | Unset): Name shown in the Flexport Portal.
    """

    from_: InboundAddress
    prep: PrepRequestData
    items: list[ItemData] | Unset = UNSET
    packages: list[PackageInput] | Unset = UNSET
    shipping_plan_external_id: str | Unset = UNSET
    shipping_plan_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from_ = self.from_.to_dict()

        prep = self.prep.to_dict()

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
                "from": from_,
                "prep": prep,
            }
        )
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
        from_ = InboundAddress.from_dict(d.pop("from"))

        prep = PrepRequestData.from_dict(d.pop("prep"))

        _items = d.pop("items", UNSET)
        items: list[ItemData] | Unset = UNSET
        if _items is not UNSET:
            items = []
            for items_item_data in _items:
                items_item = ItemData.from_dict(items_item_data)

                items.append(items_item)

        _packages = d.pop("packages", UNSET)
        packages: list[PackageInput] | Unset = UNSET
        if _packages is not UNSET:
            packages = []
            for packages_item_data in _packages:
                packages_item = PackageInput.from_dict(packages_item_data)

                packages.append(packages_item)

        shipping_plan_external_id = d.pop("shippingPlanExternalId", UNSET)

        shipping_plan_name = d.pop("shippingPlanName", UNSET)

        create_inbound_shipment_request = cls(
            from_=from_,
            prep=prep,
            items=items,
            packages=packages,
            shipping_plan_external_id=shipping_plan_external_id,
            shipping_plan_name=shipping_plan_name,
        )

        if d:
            create_inbound_shipment_request.additional_properties = d
        return create_inbound_shipment_request

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


# At the end, once CreateInboundShipmentRequest exists: a model that refers back to this one imports it from here.
if not TYPE_CHECKING:
    from ..models.inbound_address import InboundAddress  # noqa: E402
    from ..models.item_data import ItemData  # noqa: E402
    from ..models.package_input import PackageInput  # noqa: E402
    from ..models.prep_request_data import PrepRequestData  # noqa: E402
