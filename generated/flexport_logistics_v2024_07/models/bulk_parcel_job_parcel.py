from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import Unset

T = TypeVar("T", bound="BulkParcelJobParcel")


@_attrs_define(repr=False)
class BulkParcelJobParcel:
    """
    Attributes:
        carrier_code (str):
        error_messages (str):
        integration_channel_parcel_id (str):
        parcel_status (str):
        ship_date (datetime.datetime):
        tracking_number (str):
    """

    carrier_code: str
    error_messages: str
    integration_channel_parcel_id: str
    parcel_status: str
    ship_date: datetime.datetime
    tracking_number: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        carrier_code = self.carrier_code

        error_messages = self.error_messages

        integration_channel_parcel_id = self.integration_channel_parcel_id

        parcel_status = self.parcel_status

        ship_date = self.ship_date.isoformat()

        tracking_number = self.tracking_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "carrierCode": carrier_code,
                "errorMessages": error_messages,
                "integrationChannelParcelId": integration_channel_parcel_id,
                "parcelStatus": parcel_status,
                "shipDate": ship_date,
                "trackingNumber": tracking_number,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        carrier_code = d.pop("carrierCode")

        error_messages = d.pop("errorMessages")

        integration_channel_parcel_id = d.pop("integrationChannelParcelId")

        parcel_status = d.pop("parcelStatus")

        ship_date = datetime.datetime.fromisoformat(d.pop("shipDate"))

        tracking_number = d.pop("trackingNumber")

        bulk_parcel_job_parcel = cls(
            carrier_code=carrier_code,
            error_messages=error_messages,
            integration_channel_parcel_id=integration_channel_parcel_id,
            parcel_status=parcel_status,
            ship_date=ship_date,
            tracking_number=tracking_number,
        )

        if d:
            bulk_parcel_job_parcel.additional_properties = d
        return bulk_parcel_job_parcel

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
