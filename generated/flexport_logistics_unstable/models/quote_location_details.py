from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..models.location_type import LocationType
from ..types import UNSET, Unset

T = TypeVar("T", bound="QuoteLocationDetails")


@_attrs_define(repr=False)
class QuoteLocationDetails:
    """
    Attributes:
        zip_ (str):
        lift_gate_required (bool | Unset):
        location_type (LocationType | Unset):
    """

    zip_: str
    lift_gate_required: bool | Unset = UNSET
    location_type: LocationType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        zip_ = self.zip_

        lift_gate_required = self.lift_gate_required

        location_type: str | Unset = UNSET
        if not isinstance(self.location_type, Unset):
            location_type = self.location_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "zip": zip_,
            }
        )
        if lift_gate_required is not UNSET:
            field_dict["liftGateRequired"] = lift_gate_required
        if location_type is not UNSET:
            field_dict["locationType"] = location_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        zip_ = d.pop("zip")

        lift_gate_required = d.pop("liftGateRequired", UNSET)

        _location_type = d.pop("locationType", UNSET)
        location_type: LocationType | Unset
        if isinstance(_location_type, Unset):
            location_type = UNSET
        else:
            location_type = LocationType._parse(_location_type)

        quote_location_details = cls(
            zip_=zip_,
            lift_gate_required=lift_gate_required,
            location_type=location_type,
        )

        if d:
            quote_location_details.additional_properties = d
        return quote_location_details

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
