from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..models.webhook_auth_type import WebhookAuthType
from ..models.webhook_request_method import WebhookRequestMethod
from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookModel")


@_attrs_define(repr=False)
class WebhookModel:
    """
    Attributes:
        method (WebhookRequestMethod):
        type_ (str): Event type to subscribe to, e.g. Freight.TrackingUpdated, Inbound.Received,
            Inbound.ShipmentStatusChanged, Inventory.Adjusted, Order.Cancelled, Order.Shipped, Return.Updated,
            Shipment.Cancelled, Shipment.Created, Shipment.Shipped. Example: Shipment.Shipped.
        url (str): Where deliveries are sent; must start with https://.
        id (float): Webhook id.
        auth_method (WebhookAuthType | Unset): NONE: no credentials on deliveries. BASIC_AUTH: deliveries carry Basic
            credentials (username, password). TOKEN: deliveries carry `token` in the header named by `tokenHeader`.
        password (str | Unset): Needed with BASIC_AUTH.
        token (str | Unset): Needed with TOKEN.
        token_header (str | Unset): Header name that carries `token`; needed with TOKEN.
        username (str | Unset): Needed with BASIC_AUTH.
    """

    method: WebhookRequestMethod
    type_: str
    url: str
    id: float
    auth_method: WebhookAuthType | Unset = UNSET
    password: str | Unset = UNSET
    token: str | Unset = UNSET
    token_header: str | Unset = UNSET
    username: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        method = self.method.value

        type_ = self.type_

        url = self.url

        id = self.id

        auth_method: str | Unset = UNSET
        if not isinstance(self.auth_method, Unset):
            auth_method = self.auth_method.value

        password = self.password

        token = self.token

        token_header = self.token_header

        username = self.username

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "method": method,
                "type": type_,
                "url": url,
                "id": id,
            }
        )
        if auth_method is not UNSET:
            field_dict["authMethod"] = auth_method
        if password is not UNSET:
            field_dict["password"] = password
        if token is not UNSET:
            field_dict["token"] = token
        if token_header is not UNSET:
            field_dict["tokenHeader"] = token_header
        if username is not UNSET:
            field_dict["username"] = username

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        method = WebhookRequestMethod._parse(d.pop("method"))

        type_ = d.pop("type")

        url = d.pop("url")

        id = d.pop("id")

        _auth_method = d.pop("authMethod", UNSET)
        auth_method: WebhookAuthType | Unset
        if isinstance(_auth_method, Unset):
            auth_method = UNSET
        else:
            auth_method = WebhookAuthType._parse(_auth_method)

        password = d.pop("password", UNSET)

        token = d.pop("token", UNSET)

        token_header = d.pop("tokenHeader", UNSET)

        username = d.pop("username", UNSET)

        webhook_model = cls(
            method=method,
            type_=type_,
            url=url,
            id=id,
            auth_method=auth_method,
            password=password,
            token=token,
            token_header=token_header,
            username=username,
        )

        if d:
            webhook_model.additional_properties = d
        return webhook_model

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
