from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..models.attachment_type import AttachmentType
from ..types import Unset

T = TypeVar("T", bound="ShipmentAttachmentUrlResponse")


@_attrs_define(repr=False)
class ShipmentAttachmentUrlResponse:
    """
    Attributes:
        attachment_type (AttachmentType):
        expiration_time (datetime.datetime): One hour after the URL was made.
        upload_url (str): Pre-signed URL: PUT the PDF there, without the bearer token.
    """

    attachment_type: AttachmentType
    expiration_time: datetime.datetime
    upload_url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        attachment_type = self.attachment_type.value

        expiration_time = self.expiration_time.isoformat()

        upload_url = self.upload_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "attachmentType": attachment_type,
                "expirationTime": expiration_time,
                "uploadUrl": upload_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        attachment_type = AttachmentType._parse(d.pop("attachmentType"))

        expiration_time = datetime.datetime.fromisoformat(d.pop("expirationTime"))

        upload_url = d.pop("uploadUrl")

        shipment_attachment_url_response = cls(
            attachment_type=attachment_type,
            expiration_time=expiration_time,
            upload_url=upload_url,
        )

        if d:
            shipment_attachment_url_response.additional_properties = d
        return shipment_attachment_url_response

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
