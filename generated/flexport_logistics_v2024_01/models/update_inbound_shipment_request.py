from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..models.inbound_shipping_option import InboundShippingOption
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.inbound_address import InboundAddress
    from ..models.package_input import PackageInput
    from ..models.prep_request_data import PrepRequestData
    from ..models.update_freight_input_v3 import UpdateFreightInputV3
    from ..models.update_package_input import UpdatePackageInput


T = TypeVar("T", bound="UpdateInboundShipmentRequest")


@_attrs_define(repr=False)
class UpdateInboundShipmentRequest:
    """
    Attributes:
        create_packages (list[PackageInput] | Unset):
        freight_details (UpdateFreightInputV3 | Unset):
        from_ (InboundAddress | Unset):
        package_tracking_number (str | Unset):
        packages (list[UpdatePackageInput] | Unset):
        prep (PrepRequestData | Unset):
        shipping_option (InboundShippingOption | Unset):
    """

    create_packages: list[PackageInput] | Unset = UNSET
    freight_details: UpdateFreightInputV3 | Unset = UNSET
    from_: InboundAddress | Unset = UNSET
    package_tracking_number: str | Unset = UNSET
    packages: list[UpdatePackageInput] | Unset = UNSET
    prep: PrepRequestData | Unset = UNSET
    shipping_option: InboundShippingOption | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        create_packages: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.create_packages, Unset):
            create_packages = []
            for create_packages_item_data in self.create_packages:
                create_packages_item = create_packages_item_data.to_dict()
                create_packages.append(create_packages_item)

        freight_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.freight_details, Unset):
            freight_details = self.freight_details.to_dict()

        from_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.from_, Unset):
            from_ = self.from_.to_dict()

        package_tracking_number = self.package_tracking_number

        packages: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.packages, Unset):
            packages = []
            for packages_item_data in self.packages:
                packages_item = packages_item_data.to_dict()
                packages.append(packages_item)

        prep: dict[str, Any] | Unset = UNSET
        if not isinstance(self.prep, Unset):
            prep = self.prep.to_dict()

        shipping_option: str | Unset = UNSET
        if not isinstance(self.shipping_option, Unset):
            shipping_option = self.shipping_option.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if create_packages is not UNSET:
            field_dict["createPackages"] = create_packages
        if freight_details is not UNSET:
            field_dict["freightDetails"] = freight_details
        if from_ is not UNSET:
            field_dict["from"] = from_
        if package_tracking_number is not UNSET:
            field_dict["packageTrackingNumber"] = package_tracking_number
        if packages is not UNSET:
            field_dict["packages"] = packages
        if prep is not UNSET:
            field_dict["prep"] = prep
        if shipping_option is not UNSET:
            field_dict["shippingOption"] = shipping_option

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _create_packages = d.pop("createPackages", UNSET)
        create_packages: list[PackageInput] | Unset = UNSET
        if _create_packages is not UNSET:
            create_packages = []
            for create_packages_item_data in _create_packages:
                create_packages_item = PackageInput.from_dict(create_packages_item_data)

                create_packages.append(create_packages_item)

        _freight_details = d.pop("freightDetails", UNSET)
        freight_details: UpdateFreightInputV3 | Unset
        if isinstance(_freight_details, Unset):
            freight_details = UNSET
        else:
            freight_details = UpdateFreightInputV3.from_dict(_freight_details)

        _from_ = d.pop("from", UNSET)
        from_: InboundAddress | Unset
        if isinstance(_from_, Unset):
            from_ = UNSET
        else:
            from_ = InboundAddress.from_dict(_from_)

        package_tracking_number = d.pop("packageTrackingNumber", UNSET)

        _packages = d.pop("packages", UNSET)
        packages: list[UpdatePackageInput] | Unset = UNSET
        if _packages is not UNSET:
            packages = []
            for packages_item_data in _packages:
                packages_item = UpdatePackageInput.from_dict(packages_item_data)

                packages.append(packages_item)

        _prep = d.pop("prep", UNSET)
        prep: PrepRequestData | Unset
        if isinstance(_prep, Unset):
            prep = UNSET
        else:
            prep = PrepRequestData.from_dict(_prep)

        _shipping_option = d.pop("shippingOption", UNSET)
        shipping_option: InboundShippingOption | Unset
        if isinstance(_shipping_option, Unset):
            shipping_option = UNSET
        else:
            shipping_option = InboundShippingOption._parse(_shipping_option)

        update_inbound_shipment_request = cls(
            create_packages=create_packages,
            freight_details=freight_details,
            from_=from_,
            package_tracking_number=package_tracking_number,
            packages=packages,
            prep=prep,
            shipping_option=shipping_option,
        )

        if d:
            update_inbound_shipment_request.additional_properties = d
        return update_inbound_shipment_request

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


# At the end, once UpdateInboundShipmentRequest exists: a model that refers back to this one imports it from here.
if not TYPE_CHECKING:
    from ..models.inbound_address import InboundAddress  # noqa: E402
    from ..models.package_input import PackageInput  # noqa: E402
    from ..models.prep_request_data import PrepRequestData  # noqa: E402
    from ..models.update_freight_input_v3 import UpdateFreightInputV3  # noqa: E402
    from ..models.update_package_input import UpdatePackageInput  # noqa: E402
