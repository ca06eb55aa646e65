from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import Unset

if TYPE_CHECKING:
    from ..models.parcel_dimensions import ParcelDimensions


T = TypeVar("T", bound="ParcelQuoteResponse")


@_attrs_define(repr=False)
class ParcelQuoteResponse:
    """
    Attributes:
        billed_weight_lbs (float):
        dimensions (ParcelDimensions):
        price (float):
        service_level (str):
        warnings (list[str]):
    """

    billed_weight_lbs: float
    dimensions: ParcelDimensions
    price: float
    service_level: str
    warnings: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        billed_weight_lbs = self.billed_weight_lbs

        dimensions = self.dimensions.to_dict()

        price = self.price

        service_level = self.service_level

        warnings = self.warnings

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "billedWeightLbs": billed_weight_lbs,
                "dimensions": dimensions,
                "price": price,
                "serviceLevel": service_level,
                "warnings": warnings,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        billed_weight_lbs = d.pop("billedWeightLbs")

        dimensions = ParcelDimensions.from_dict(d.pop("dimensions"))

        price = d.pop("price")

        service_level = d.pop("serviceLevel")

        warnings = cast(list[str], d.pop("warnings"))

        parcel_quote_response = cls(
            billed_weight_lbs=billed_weight_lbs,
            dimensions=dimensions,
            price=price,
            service_level=service_level,
            warnings=warnings,
        )

        if d:
            parcel_quote_response.additional_properties = d
        return parcel_quote_response

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


# At the end, once ParcelQuoteResponse exists: a model that refers back to this one imports it from here.
if not TYPE_CHECKING:
    from ..models.parcel_dimensions import ParcelDimensions  # noqa: E402
