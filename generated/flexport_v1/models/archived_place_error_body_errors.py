from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import Unset

if TYPE_CHECKING:
    from ..models.archived_place_error import ArchivedPlaceError


T = TypeVar("T", bound="ArchivedPlaceErrorBodyErrors")


@_attrs_define(repr=False)
class ArchivedPlaceErrorBodyErrors:
    additional_properties: dict[str, list[ArchivedPlaceError]] = _attrs_field(
        init=False, factory=dict
    )

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = []
            for additional_property_item_data in prop:
                additional_property_item = additional_property_item_data.to_dict()
                field_dict[prop_name].append(additional_property_item)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        archived_place_error_body_errors = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = []
            _additional_property = prop_dict
            for additional_property_item_data in _additional_property:
                additional_property_item = ArchivedPlaceError.from_dict(
                    additional_property_item_data
                )

                additional_property.append(additional_property_item)

            additional_properties[prop_name] = additional_property

        archived_place_error_body_errors.additional_properties = additional_properties
        return archived_place_error_body_errors

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> list[ArchivedPlaceError]:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: list[ArchivedPlaceError]) -> None:
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


# At the end, once ArchivedPlaceErrorBodyErrors exists: a model that refers back to this one imports it from here.
if not TYPE_CHECKING:
    from ..models.archived_place_error import ArchivedPlaceError  # noqa: E402
