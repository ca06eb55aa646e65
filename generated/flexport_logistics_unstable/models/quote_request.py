from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..models.ftl_quote_request_v2_weight_unit_enum import (
    FtlQuoteRequestV2WeightUnitEnum,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.quote_location_details import QuoteLocationDetails


T = TypeVar("T", bound="QuoteRequest")


@_attrs_define(repr=False)
class QuoteRequest:
    """
    Attributes:
        delivery_details (QuoteLocationDetails):
        pallet_count (float):
        pickup_details (QuoteLocationDetails):
        total_weight (float | Unset):
        weight_unit (FtlQuoteRequestV2WeightUnitEnum | Unset):
    """

    delivery_details: QuoteLocationDetails
    pallet_count: float
    pickup_details: QuoteLocationDetails
    total_weight: float | Unset = UNSET
    weight_unit: FtlQuoteRequestV2WeightUnitEnum | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        delivery_details = self.delivery_details.to_dict()

        pallet_count = self.pallet_count

        pickup_details = self.pickup_details.to_dict()

        total_weight = self.total_weight

        weight_unit: str | Unset = UNSET
        if not isinstance(self.weight_unit, Unset):
            weight_unit = self.weight_unit.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "deliveryDetails": delivery_details,
                "palletCount": pallet_count,
                "pickupDetails": pickup_details,
            }
        )
        if total_weight is not UNSET:
            field_dict["totalWeight"] = total_weight
        if weight_unit is not UNSET:
            field_dict["weightUnit"] = weight_unit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        delivery_details = QuoteLocationDetails.from_dict(d.pop("deliveryDetails"))

        pallet_count = d.pop("palletCount")

        pickup_details = QuoteLocationDetails.from_dict(d.pop("pickupDetails"))

        total_weight = d.pop("totalWeight", UNSET)

        _weight_unit = d.pop("weightUnit", UNSET)
        weight_unit: FtlQuoteRequestV2WeightUnitEnum | Unset
        if isinstance(_weight_unit, Unset):
            weight_unit = UNSET
        else:
            weight_unit = FtlQuoteRequestV2WeightUnitEnum._parse(_weight_unit)

        quote_request = cls(
            delivery_details=delivery_details,
            pallet_count=pallet_count,
            pickup_details=pickup_details,
            total_weight=total_weight,
            weight_unit=weight_unit,
        )

        if d:
            quote_request.additional_properties = d
        return quote_request

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


# At the end, once QuoteRequest exists: a model that refers back to this one imports it from here.
if not TYPE_CHECKING:
    from ..models.quote_location_details import QuoteLocationDetails  # noqa: E402
