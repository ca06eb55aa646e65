from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..models.report_status import ReportStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="Report")


@_attrs_define(repr=False)
class Report:
    """
    Attributes:
        status (ReportStatus): PENDING: still running; SUCCESS: download from url; ERROR: see errorMessage.
        error_message (str | Unset): Why generation failed (status ERROR).
        url (str | Unset): CSV download link, until urlExpiration.
        url_expiration (datetime.datetime | Unset): When url stops working.
    """

    status: ReportStatus
    error_message: str | Unset = UNSET
    url: str | Unset = UNSET
    url_expiration: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status.value

        error_message = self.error_message

        url = self.url

        url_expiration: str | Unset = UNSET
        if not isinstance(self.url_expiration, Unset):
            url_expiration = self.url_expiration.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )
        if error_message is not UNSET:
            field_dict["errorMessage"] = error_message
        if url is not UNSET:
            field_dict["url"] = url
        if url_expiration is not UNSET:
            field_dict["urlExpiration"] = url_expiration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = ReportStatus._parse(d.pop("status"))

        error_message = d.pop("errorMessage", UNSET)

        url = d.pop("url", UNSET)

        _url_expiration = d.pop("urlExpiration", UNSET)
        url_expiration: datetime.datetime | Unset
        if isinstance(_url_expiration, Unset):
            url_expiration = UNSET
        else:
            url_expiration = datetime.datetime.fromisoformat(_url_expiration)

        report = cls(
            status=status,
            error_message=error_message,
            url=url,
            url_expiration=url_expiration,
        )

        if d:
            report.additional_properties = d
        return report

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
