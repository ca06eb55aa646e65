from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

T = TypeVar("T", bound="TrackingResultTimestamps")


@_attrs_define(repr=False)
class TrackingResultTimestamps:
    """
    Attributes:
        arrival_scan_time (datetime.datetime | Unset):
        attempted_delivery_time (datetime.datetime | Unset):
        delivery_time (datetime.datetime | Unset):
        estimated_delivery_time (datetime.datetime | Unset):
        facility_time (datetime.datetime | Unset):
        label_time (datetime.datetime | Unset):
        last_tracking_event_time (datetime.datetime | Unset):
        last_tracking_ingestion_time (datetime.datetime | Unset):
    """

    arrival_scan_time: datetime.datetime | Unset = UNSET
    attempted_delivery_time: datetime.datetime | Unset = UNSET
    delivery_time: datetime.datetime | Unset = UNSET
    estimated_delivery_time: datetime.datetime | Unset = UNSET
    facility_time: datetime.datetime | Unset = UNSET
    label_time: datetime.datetime | Unset = UNSET
    last_tracking_event_time: datetime.datetime | Unset = UNSET
    last_tracking_ingestion_time: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        arrival_scan_time: str | Unset = UNSET
        if not isinstance(self.arrival_scan_time, Unset):
            arrival_scan_time = self.arrival_scan_time.isoformat()

        attempted_delivery_time: str | Unset = UNSET
        if not isinstance(self.attempted_delivery_time, Unset):
            attempted_delivery_time = self.attempted_delivery_time.isoformat()

        delivery_time: str | Unset = UNSET
        if not isinstance(self.delivery_time, Unset):
            delivery_time = self.delivery_time.isoformat()

        estimated_delivery_time: str | Unset = UNSET
        if not isinstance(self.estimated_delivery_time, Unset):
            estimated_delivery_time = self.estimated_delivery_time.isoformat()

        facility_time: str | Unset = UNSET
        if not isinstance(self.facility_time, Unset):
            facility_time = self.facility_time.isoformat()

        label_time: str | Unset = UNSET
        if not isinstance(self.label_time, Unset):
            label_time = self.label_time.isoformat()

        last_tracking_event_time: str | Unset = UNSET
        if not isinstance(self.last_tracking_event_time, Unset):
            last_tracking_event_time = self.last_tracking_event_time.isoformat()

        last_tracking_ingestion_time: str | Unset = UNSET
        if not isinstance(self.last_tracking_ingestion_time, Unset):
            last_tracking_ingestion_time = self.last_tracking_ingestion_time.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if arrival_scan_time is not UNSET:
            field_dict["arrivalScanTime"] = arrival_scan_time
        if attempted_delivery_time is not UNSET:
            field_dict["attemptedDeliveryTime"] = attempted_delivery_time
        if delivery_time is not UNSET:
            field_dict["deliveryTime"] = delivery_time
        if estimated_delivery_time is not UNSET:
            field_dict["estimatedDeliveryTime"] = estimated_delivery_time
        if facility_time is not UNSET:
            field_dict["facilityTime"] = facility_time
        if label_time is not UNSET:
            field_dict["labelTime"] = label_time
        if last_tracking_event_time is not UNSET:
            field_dict["lastTrackingEventTime"] = last_tracking_event_time
        if last_tracking_ingestion_time is not UNSET:
            field_dict["lastTrackingIngestionTime"] = last_tracking_ingestion_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _arrival_scan_time = d.pop("arrivalScanTime", UNSET)
        arrival_scan_time: datetime.datetime | Unset
        if isinstance(_arrival_scan_time, Unset):
            arrival_scan_time = UNSET
        else:
            arrival_scan_time = datetime.datetime.fromisoformat(_arrival_scan_time)

        _attempted_delivery_time = d.pop("attemptedDeliveryTime", UNSET)
        attempted_delivery_time: datetime.datetime | Unset
        if isinstance(_attempted_delivery_time, Unset):
            attempted_delivery_time = UNSET
        else:
            attempted_delivery_time = datetime.datetime.fromisoformat(
                _attempted_delivery_time
            )

        _delivery_time = d.pop("deliveryTime", UNSET)
        delivery_time: datetime.datetime | Unset
        if isinstance(_delivery_time, Unset):
            delivery_time = UNSET
        else:
            delivery_time = datetime.datetime.fromisoformat(_delivery_time)

        _estimated_delivery_time = d.pop("estimatedDeliveryTime", UNSET)
        estimated_delivery_time: datetime.datetime | Unset
        if isinstance(_estimated_delivery_time, Unset):
            estimated_delivery_time = UNSET
        else:
            estimated_delivery_time = datetime.datetime.fromisoformat(
                _estimated_delivery_time
            )

        _facility_time = d.pop("facilityTime", UNSET)
        facility_time: datetime.datetime | Unset
        if isinstance(_facility_time, Unset):
            facility_time = UNSET
        else:
            facility_time = datetime.datetime.fromisoformat(_facility_time)

        _label_time = d.pop("labelTime", UNSET)
        label_time: datetime.datetime | Unset
        if isinstance(_label_time, Unset):
            label_time = UNSET
        else:
            label_time = datetime.datetime.fromisoformat(_label_time)

        _last_tracking_event_time = d.pop("lastTrackingEventTime", UNSET)
        last_tracking_event_time: datetime.datetime | Unset
        if isinstance(_last_tracking_event_time, Unset):
            last_tracking_event_time = UNSET
        else:
            last_tracking_event_time = datetime.datetime.fromisoformat(
                _last_tracking_event_time
            )

        _last_tracking_ingestion_time = d.pop("lastTrackingIngestionTime", UNSET)
        last_tracking_ingestion_time: datetime.datetime | Unset
        if isinstance(_last_tracking_ingestion_time, Unset):
            last_tracking_ingestion_time = UNSET
        else:
            last_tracking_ingestion_time = datetime.datetime.fromisoformat(
                _last_tracking_ingestion_time
            )

        tracking_result_timestamps = cls(
            arrival_scan_time=arrival_scan_time,
            attempted_delivery_time=attempted_delivery_time,
            delivery_time=delivery_time,
            estimated_delivery_time=estimated_delivery_time,
            facility_time=facility_time,
            label_time=label_time,
            last_tracking_event_time=last_tracking_event_time,
            last_tracking_ingestion_time=last_tracking_ingestion_time,
        )

        if d:
            tracking_result_timestamps.additional_properties = d
        return tracking_result_timestamps

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
