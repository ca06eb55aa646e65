from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..models.package_type import PackageType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.package_details import PackageDetails


T = TypeVar("T", bound="DrayageOrderItemResponse")


@_attrs_define(repr=False)
class DrayageOrderItemResponse:
    """
    Attributes:
        container_id (str):
        cost (float):
        master_bol_id (str):
        customer_bol_id (str | Unset):
        package_type (PackageType | Unset):
        packages (list[PackageDetails] | Unset):
    """

    container_id: str
    cost: float
    master_bol_id: str
    customer_bol_id: str | Unset = UNSET
    package_type: PackageType | Unset = UNSET
    packages: list[PackageDetails] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        container_id = self.container_id

        cost = self.cost

        master_bol_id = self.master_bol_id

        customer_bol_id = self.customer_bol_id

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
                "cost": cost,
                "masterBolId": master_bol_id,
            }
        )
        if customer_bol_id is not UNSET:
            field_dict["customerBolId"] = customer_bol_id
        if package_type is not UNSET:
            field_dict["packageType"] = package_type
        if packages is not UNSET:
            field_dict["packages"] = packages

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        container_id = d.pop("containerId")

        cost = d.pop("cost")

        master_bol_id = d.pop("masterBolId")

        customer_bol_id = d.pop("customerBolId", UNSET)

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

        drayage_order_item_response = cls(
            container_id=container_id,
            cost=cost,
            master_bol_id=master_bol_id,
            customer_bol_id=customer_bol_id,
            package_type=package_type,
            packages=packages,
        )

        if d:
            drayage_order_item_response.additional_properties = d
        return drayage_order_item_response

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


# At the end, once DrayageOrderItemResponse exists: a model that refers back to this one imports it from here.
if not TYPE_CHECKING:
    from ..models.package_details import PackageDetails  # noqa: E402
