from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

T = TypeVar("T", bound="Container")


@_attrs_define(repr=False)
class Container:
    """
    Attributes:
        container_number (None | str | Unset):
        container_size (None | str | Unset):  Example: fourty_five_ft_hc.
    """

    container_number: None | str | Unset = UNSET
    container_size: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        container_number: None | str | Unset
        if isinstance(self.container_number, Unset):
            container_number = UNSET
        else:
            container_number = self.container_number

        container_size: None | str | Unset
        if isinstance(self.container_size, Unset):
            container_size = UNSET
        else:
            container_size = self.container_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if container_number is not UNSET:
            field_dict["container_number"] = container_number
        if container_size is not UNSET:
            field_dict["container_size"] = container_size

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_container_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        container_number = _parse_container_number(d.pop("container_number", UNSET))

        def _parse_container_size(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        container_size = _parse_container_size(d.pop("container_size", UNSET))

        container = cls(
            container_number=container_number,
            container_size=container_size,
        )

        if d:
            container.additional_properties = d
        return container

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
