from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..models.package_type import PackageType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.quote_location_details import QuoteLocationDetails


T = TypeVar("T", bound="DrayageQuoteRequest")


@_attrs_define(repr=False)
class DrayageQuoteRequest:
    """
    Attributes:
        delivery_details (QuoteLocationDetails):
        pickup_details (QuoteLocationDetails):
        package_count (float | Unset):
        package_type (PackageType | Unset):
    """

    delivery_details: QuoteLocationDetails
    pickup_details: QuoteLocationDetails
    package_count: float | Unset = UNSET
    package_type: PackageType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        delivery_details = self.delivery_details.to_dict()

        pickup_details = self.pickup_details.to_dict()

        package_count = self.package_count

        package_type: str | Unset = UNSET
        if not isinstance(self.package_type, Unset):
            package_type = self.package_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "deliveryDetails": delivery_details,
                "pickupDetails": pickup_details,
            }
        )
        if package_count is not UNSET:
            field_dict["packageCount"] = package_count
        if package_type is not UNSET:
            field_dict["packageType"] = package_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        delivery_details = QuoteLocationDetails.from_dict(d.pop("deliveryDetails"))

        pickup_details = QuoteLocationDetails.from_dict(d.pop("pickupDetails"))

        package_count = d.pop("packageCount", UNSET)

        _package_type = d.pop("packageType", UNSET)
        package_type: PackageType | Unset
        if isinstance(_package_type, Unset):
            package_type = UNSET
        else:
            package_type = PackageType._parse(_package_type)

        drayage_quote_request = cls(
            delivery_details=delivery_details,
            pickup_details=pickup_details,
            package_count=package_count,
            package_type=package_type,
        )

        if d:
            drayage_quote_request.additional_properties = d
        return drayage_quote_request

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


# At the end, once DrayageQuoteRequest exists: a model that refers back to this one imports it from here.
if not TYPE_CHECKING:
    from ..models.quote_location_details import QuoteLocationDetails  # noqa: E402
