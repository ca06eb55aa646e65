from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..models.return_order_tracking_status import ReturnOrderTrackingStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="ShippingLabel")


@_attrs_define(repr=False)
class ShippingLabel:
    """
    Attributes:
        carrier (str):
        tracking_code (str):
        tracking_status (ReturnOrderTrackingStatus):
        label_url (None | str | Unset):
        tracking_url (None | str | Unset):
    """

    carrier: str
    tracking_code: str
    tracking_status: ReturnOrderTrackingStatus
    label_url: None | str | Unset = UNSET
    tracking_url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        carrier = self.carrier

        tracking_code = self.tracking_code

        tracking_status = self.tracking_status.value

        label_url: None | str | Unset
        if isinstance(self.label_url, Unset):
            label_url = UNSET
        else:
            label_url = self.label_url

        tracking_url: None | str | Unset
        if isinstance(self.tracking_url, Unset):
            tracking_url = UNSET
        else:
            tracking_url = self.tracking_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "carrier": carrier,
                "trackingCode": tracking_code,
                "trackingStatus": tracking_status,
            }
        )
        if label_url is not UNSET:
            field_dict["labelUrl"] = label_url
        if tracking_url is not UNSET:
            field_dict["trackingUrl"] = tracking_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        carrier = d.pop("carrier")

        tracking_code = d.pop("trackingCode")

        tracking_status = ReturnOrderTrackingStatus._parse(d.pop("trackingStatus"))

        def _parse_label_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        label_url = _parse_label_url(d.pop("labelUrl", UNSET))

        def _parse_tracking_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tracking_url = _parse_tracking_url(d.pop("trackingUrl", UNSET))

        shipping_label = cls(
            carrier=carrier,
            tracking_code=tracking_code,
            tracking_status=tracking_status,
            label_url=label_url,
            tracking_url=tracking_url,
        )

        if d:
            shipping_label.additional_properties = d
        return shipping_label

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
