from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..models.parcel_api_status import ParcelApiStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="Parcel")


@_attrs_define(repr=False)
class Parcel:
    """
    Attributes:
        carrier_code (str):
        package_tracking_url (str):
        parcel_id (str): Id returned when the label is bought.
        price (float):
        service_level (str):
        shipping_label_url (str): Download link for the label.
        status (ParcelApiStatus):
        tracking_code (str):
        carrier_barcode (str | Unset):
        customer_custom_field (str | Unset):
        customer_reference_id (str | Unset):
        flexport_tracking_url (str | Unset): Tracks the parcel end to end via Flexport.
    """

    carrier_code: str
    package_tracking_url: str
    parcel_id: str
    price: float
    service_level: str
    shipping_label_url: str
    status: ParcelApiStatus
    tracking_code: str
    carrier_barcode: str | Unset = UNSET
    customer_custom_field: str | Unset = UNSET
    customer_reference_id: str | Unset = UNSET
    flexport_tracking_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        carrier_code = self.carrier_code

        package_tracking_url = self.package_tracking_url

        parcel_id = self.parcel_id

        price = self.price

        service_level = self.service_level

        shipping_label_url = self.shipping_label_url

        status = self.status.value

        tracking_code = self.tracking_code

        carrier_barcode = self.carrier_barcode

        customer_custom_field = self.customer_custom_field

        customer_reference_id = self.customer_reference_id

        flexport_tracking_url = self.flexport_tracking_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "carrierCode": carrier_code,
                "packageTrackingUrl": package_tracking_url,
                "parcelId": parcel_id,
                "price": price,
                "serviceLevel": service_level,
                "shippingLabelUrl": shipping_label_url,
                "status": status,
                "trackingCode": tracking_code,
            }
        )
        if carrier_barcode is not UNSET:
            field_dict["carrierBarcode"] = carrier_barcode
        if customer_custom_field is not UNSET:
            field_dict["customerCustomField"] = customer_custom_field
        if customer_reference_id is not UNSET:
            field_dict["customerReferenceId"] = customer_reference_id
        if flexport_tracking_url is not UNSET:
            field_dict["flexportTrackingUrl"] = flexport_tracking_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        carrier_code = d.pop("carrierCode")

        package_tracking_url = d.pop("packageTrackingUrl")

        parcel_id = d.pop("parcelId")

        price = d.pop("price")

        service_level = d.pop("serviceLevel")

        shipping_label_url = d.pop("shippingLabelUrl")

        status = ParcelApiStatus._parse(d.pop("status"))

        tracking_code = d.pop("trackingCode")

        carrier_barcode = d.pop("carrierBarcode", UNSET)

        customer_custom_field = d.pop("customerCustomField", UNSET)

        customer_reference_id = d.pop("customerReferenceId", UNSET)

        flexport_tracking_url = d.pop("flexportTrackingUrl", UNSET)

        parcel = cls(
            carrier_code=carrier_code,
            package_tracking_url=package_tracking_url,
            parcel_id=parcel_id,
            price=price,
            service_level=service_level,
            shipping_label_url=shipping_label_url,
            status=status,
            tracking_code=tracking_code,
            carrier_barcode=carrier_barcode,
            customer_custom_field=customer_custom_field,
            customer_reference_id=customer_reference_id,
            flexport_tracking_url=flexport_tracking_url,
        )

        if d:
            parcel.additional_properties = d
        return parcel

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
