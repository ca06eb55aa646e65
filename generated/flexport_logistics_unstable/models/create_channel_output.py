from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import Unset

T = TypeVar("T", bound="CreateChannelOutput")


@_attrs_define(repr=False)
class CreateChannelOutput:
    """
    Attributes:
        channel_id (str): Channel UUID.
        channel_type (str): Channel name, e.g. SHOPIFY.
        fulfillment_service_callback_url (str): Where to send fulfilment requests.
        store_name (str): Authorised store, e.g. shop1.myshop.
        webhook_callback_url (str): Where to register channel webhooks.
    """

    channel_id: str
    channel_type: str
    fulfillment_service_callback_url: str
    store_name: str
    webhook_callback_url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        channel_id = self.channel_id

        channel_type = self.channel_type

        fulfillment_service_callback_url = self.fulfillment_service_callback_url

        store_name = self.store_name

        webhook_callback_url = self.webhook_callback_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "channelId": channel_id,
                "channelType": channel_type,
                "fulfillmentServiceCallbackUrl": fulfillment_service_callback_url,
                "storeName": store_name,
                "webhookCallbackUrl": webhook_callback_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        channel_id = d.pop("channelId")

        channel_type = d.pop("channelType")

        fulfillment_service_callback_url = d.pop("fulfillmentServiceCallbackUrl")

        store_name = d.pop("storeName")

        webhook_callback_url = d.pop("webhookCallbackUrl")

        create_channel_output = cls(
            channel_id=channel_id,
            channel_type=channel_type,
            fulfillment_service_callback_url=fulfillment_service_callback_url,
            store_name=store_name,
            webhook_callback_url=webhook_callback_url,
        )

        if d:
            create_channel_output.additional_properties = d
        return create_channel_output

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
