from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.deliverr_address import DeliverrAddress
    from ..models.parcel_dimensions import ParcelDimensions


T = TypeVar("T", bound="CreateQuoteRequest")


@_attrs_define(repr=False)
class CreateQuoteRequest:
    """
    Attributes:
        dimensions (ParcelDimensions):
        service_level (str):
        ship_to_address (DeliverrAddress):
        injection_location (str | Unset):
    """

    dimensions: ParcelDimensions
    service_level: str
    ship_to_address: DeliverrAddress
    injection_location: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dimensions = self.dimensions.to_dict()

        service_level = self.service_level

        ship_to_address = self.ship_to_address.to_dict()

        injection_location = self.injection_location

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dimensions": dimensions,
                "serviceLevel": service_level,
                "shipToAddress": ship_to_address,
            }
        )
        if injection_location is not UNSET:
            field_dict["injectionLocation"] = injection_location

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        dimensions = ParcelDimensions.from_dict(d.pop("dimensions"))

        service_level = d.pop("serviceLevel")

        ship_to_address = DeliverrAddress.from_dict(d.pop("shipToAddress"))

        injection_location = d.pop("injectionLocation", UNSET)

        create_quote_request = cls(
            dimensions=dimensions,
            service_level=service_level,
            ship_to_address=ship_to_address,
            injection_location=injection_location,
        )

        if d:
            create_quote_request.additional_properties = d
        return create_quote_request

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


# At the end, once CreateQuoteRequest exists: a model that refers back to this one imports it from here.
if not TYPE_CHECKING:
    from ..models.deliverr_address import DeliverrAddress  # noqa: E402
    from ..models.parcel_dimensions import ParcelDimensions  # noqa: E402
