from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import Unset

T = TypeVar("T", bound="CreateChannelInput")


@_attrs_define(repr=False)
class CreateChannelInput:
    """
    Attributes:
        access_token (str): Token for the channel's own API.
        channel_type (str): Channel name, e.g. SHOPIFY.
        location_id (str): Location orders and inventory belong to.
        store_name (str): Authorised store, e.g. shop1.myshop.
    """

    access_token: str
    channel_type: str
    location_id: str
    store_name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        access_token = self.access_token

        channel_type = self.channel_type

        location_id = self.location_id

        store_name = self.store_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accessToken": access_token,
                "channelType": channel_type,
                "locationId": location_id,
                "storeName": store_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        access_token = d.pop("accessToken")

        channel_type = d.pop("channelType")

        location_id = d.pop("locationId")

        store_name = d.pop("storeName")

        create_channel_input = cls(
            access_token=access_token,
            channel_type=channel_type,
            location_id=location_id,
            store_name=store_name,
        )

        if d:
            create_channel_input.additional_properties = d
        return create_channel_input

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
