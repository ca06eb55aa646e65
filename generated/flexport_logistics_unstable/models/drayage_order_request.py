from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..models.package_type import PackageType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.order_delivery_details import OrderDeliveryDetails
    from ..models.package_details import PackageDetails


T = TypeVar("T", bound="DrayageOrderRequest")


@_attrs_define(repr=False)
class DrayageOrderRequest:
    """
    Attributes:
        container_id (str):
        delivery_details (OrderDeliveryDetails):
        delivery_order_document_key (str):
        master_bol_id (str):
        packing_list_document_key (str):
        port_id (str):
        quote_id (float):
        commodity_description (str | Unset):
        customer_reference_number (str | Unset):
        package_type (PackageType | Unset):
        packages (list[PackageDetails] | Unset):
    """

    container_id: str
    delivery_details: OrderDeliveryDetails
    delivery_order_document_key: str
    master_bol_id: str
    packing_list_document_key: str
    port_id: str
    quote_id: float
    commodity_description: str | Unset = UNSET
    customer_reference_number: str | Unset = UNSET
    package_type: PackageType | Unset = UNSET
    packages: list[PackageDetails] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        container_id = self.container_id

        delivery_details = self.delivery_details.to_dict()

        delivery_order_document_key = self.delivery_order_document_key

        master_bol_id = self.master_bol_id

        packing_list_document_key = self.packing_list_document_key

        port_id = self.port_id

        quote_id = self.quote_id

        commodity_description = self.commodity_description

        customer_reference_number = self.customer_reference_number

        package_type: str | Unset = UNSET
        if not isinstance(self.package_type, Unset):
            package_type = self.package_type.value

        packages: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.packages, Unset):
            packages = []
            for packages_item_data in self.packages:
                packages_item = packages_item_data.to_dict()
                packages.append(packages_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "containerId": container_id,
                "deliveryDetails": delivery_details,
                "deliveryOrderDocumentKey": delivery_order_document_key,
                "masterBolId": master_bol_id,
                "packingListDocumentKey": packing_list_document_key,
                "portId": port_id,
                "quoteId": quote_id,
            }
        )
        if commodity_description is not UNSET:
            field_dict["commodityDescription"] = commodity_description
        if customer_reference_number is not UNSET:
            field_dict["customerReferenceNumber"] = customer_reference_number
        if package_type is not UNSET:
            field_dict["packageType"] = package_type
        if packages is not UNSET:
            field_dict["packages"] = packages

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        container_id = d.pop("containerId")

        delivery_details = OrderDeliveryDetails.from_dict(d.pop("deliveryDetails"))

        delivery_order_document_key = d.pop("deliveryOrderDocumentKey")

        master_bol_id = d.pop("masterBolId")

        packing_list_document_key = d.pop("packingListDocumentKey")

        port_id = d.pop("portId")

        quote_id = d.pop("quoteId")

        commodity_description = d.pop("commodityDescription", UNSET)

        customer_reference_number = d.pop("customerReferenceNumber", UNSET)

        _package_type = d.pop("packageType", UNSET)
        package_type: PackageType | Unset
        if isinstance(_package_type, Unset):
            package_type = UNSET
        else:
            package_type = PackageType._parse(_package_type)

        _packages = d.pop("packages", UNSET)
        packages: list[PackageDetails] | Unset = UNSET
        if _packages is not UNSET:
            packages = []
            for packages_item_data in _packages:
                packages_item = PackageDetails.from_dict(packages_item_data)

                packages.append(packages_item)

        drayage_order_request = cls(
            container_id=container_id,
            delivery_details=delivery_details,
            delivery_order_document_key=delivery_order_document_key,
            master_bol_id=master_bol_id,
            packing_list_document_key=packing_list_document_key,
            port_id=port_id,
            quote_id=quote_id,
            commodity_description=commodity_description,
            customer_reference_number=customer_reference_number,
            package_type=package_type,
            packages=packages,
        )

        if d:
            drayage_order_request.additional_properties = d
        return drayage_order_request

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


# At the end, once DrayageOrderRequest exists: a model that refers back to this one imports it from here.
if not TYPE_CHECKING:
    from ..models.order_delivery_details import OrderDeliveryDetails  # noqa: E402
    from ..models.package_details import PackageDetails  # noqa: E402
