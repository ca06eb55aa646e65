from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..models.label_format import LabelFormat
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dimensions import Dimensions


T = TypeVar("T", bound="PackageLabel")


@_attrs_define(repr=False)
class PackageLabel:
    """
    Attributes:
        carrier (str):
        id (str):
        package_dimensions (Dimensions):
        tracking_code (str):
        created_at (datetime.datetime | None | Unset):
        label_format (LabelFormat | None | Unset):
        label_url (None | str | Unset):
        shipping_method (None | str | Unset):
        tracking_url (None | str | Unset):
    """

    carrier: str
    id: str
    package_dimensions: Dimensions
    tracking_code: str
    created_at: datetime.datetime | None | Unset = UNSET
    label_format: LabelFormat | None | Unset = UNSET
    label_url: None | str | Unset = UNSET
    shipping_method: None | str | Unset = UNSET
    tracking_url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        carrier = self.carrier

        id = self.id

        package_dimensions = self.package_dimensions.to_dict()

        tracking_code = self.tracking_code

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        label_format: None | str | Unset
        if isinstance(self.label_format, Unset):
            label_format = UNSET
        elif isinstance(self.label_format, LabelFormat):
            label_format = self.label_format.value
        else:
            label_format = self.label_format

        label_url: None | str | Unset
        if isinstance(self.label_url, Unset):
            label_url = UNSET
        else:
            label_url = self.label_url

        shipping_method: None | str | Unset
        if isinstance(self.shipping_method, Unset):
            shipping_method = UNSET
        else:
            shipping_method = self.shipping_method

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
                "id": id,
                "packageDimensions": package_dimensions,
                "trackingCode": tracking_code,
            }
        )
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if label_format is not UNSET:
            field_dict["labelFormat"] = label_format
        if label_url is not UNSET:
            field_dict["labelUrl"] = label_url
        if shipping_method is not UNSET:
            field_dict["shippingMethod"] = shipping_method
        if tracking_url is not UNSET:
            field_dict["trackingUrl"] = tracking_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        carrier = d.pop("carrier")

        id = d.pop("id")

        package_dimensions = Dimensions.from_dict(d.pop("packageDimensions"))

        tracking_code = d.pop("trackingCode")

        def _parse_created_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_at_type_0 = datetime.datetime.fromisoformat(data)

                return created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        created_at = _parse_created_at(d.pop("createdAt", UNSET))

        def _parse_label_format(data: object) -> LabelFormat | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                label_format_type_1 = LabelFormat._parse(data)

                return label_format_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LabelFormat | None | Unset, data)

        label_format = _parse_label_format(d.pop("labelFormat", UNSET))

        def _parse_label_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        label_url = _parse_label_url(d.pop("labelUrl", UNSET))

        def _parse_shipping_method(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        shipping_method = _parse_shipping_method(d.pop("shippingMethod", UNSET))

        def _parse_tracking_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tracking_url = _parse_tracking_url(d.pop("trackingUrl", UNSET))

        package_label = cls(
            carrier=carrier,
            id=id,
            package_dimensions=package_dimensions,
            tracking_code=tracking_code,
            created_at=created_at,
            label_format=label_format,
            label_url=label_url,
            shipping_method=shipping_method,
            tracking_url=tracking_url,
        )

        if d:
            package_label.additional_properties = d
        return package_label

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


# At the end, once PackageLabel exists: a model that refers back to this one imports it from here.
if not TYPE_CHECKING:
    from ..models.dimensions import Dimensions  # noqa: E402
