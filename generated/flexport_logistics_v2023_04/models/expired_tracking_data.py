from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

T = TypeVar("T", bound="ExpiredTrackingData")


@_attrs_define(repr=False)
class ExpiredTrackingData:
    """
    Attributes:
        label_id (str | Unset):
        package_tracking_url (str | Unset):
        shipping_label_url (str | Unset):
        shipping_method (str | Unset):
        tracking_code (str | Unset):
    """

    label_id: str | Unset = UNSET
    package_tracking_url: str | Unset = UNSET
    shipping_label_url: str | Unset = UNSET
    shipping_method: str | Unset = UNSET
    tracking_code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        label_id = self.label_id

        package_tracking_url = self.package_tracking_url

        shipping_label_url = self.shipping_label_url

        shipping_method = self.shipping_method

        tracking_code = self.tracking_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if label_id is not UNSET:
            field_dict["labelId"] = label_id
        if package_tracking_url is not UNSET:
            field_dict["packageTrackingUrl"] = package_tracking_url
        if shipping_label_url is not UNSET:
            field_dict["shippingLabelUrl"] = shipping_label_url
        if shipping_method is not UNSET:
            field_dict["shippingMethod"] = shipping_method
        if tracking_code is not UNSET:
            field_dict["trackingCode"] = tracking_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        label_id = d.pop("labelId", UNSET)

        package_tracking_url = d.pop("packageTrackingUrl", UNSET)

        shipping_label_url = d.pop("shippingLabelUrl", UNSET)

        shipping_method = d.pop("shippingMethod", UNSET)

        tracking_code = d.pop("trackingCode", UNSET)

        expired_tracking_data = cls(
            label_id=label_id,
            package_tracking_url=package_tracking_url,
            shipping_label_url=shipping_label_url,
            shipping_method=shipping_method,
            tracking_code=tracking_code,
        )

        if d:
            expired_tracking_data.additional_properties = d
        return expired_tracking_data

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
