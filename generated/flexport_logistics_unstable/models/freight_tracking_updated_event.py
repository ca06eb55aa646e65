from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..models.freight_bol_status import FreightBolStatus
from ..models.freight_shipment_mode import FreightShipmentMode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.freight_stop_details import FreightStopDetails
    from ..models.freight_tracking_event import FreightTrackingEvent


T = TypeVar("T", bound="FreightTrackingUpdatedEvent")


@_attrs_define(repr=False)
class FreightTrackingUpdatedEvent:
    """Unlike every other event, the reference shows no logistics* envelope fields.

    Attributes:
        bol_id (str):
        bol_status (FreightBolStatus):
        delivery_details (FreightStopDetails):
        events (list[FreightTrackingEvent]):
        mode (FreightShipmentMode):
        pickup_details (FreightStopDetails):
        updated_at (datetime.datetime):
        carrier_name (str | Unset):
        estimated_delivery_time (datetime.datetime | Unset):
        estimated_pickup_time (datetime.datetime | Unset):
        estimated_port_arrival_time (datetime.datetime | Unset):
        estimated_port_departure_time (datetime.datetime | Unset):
        total_pallets (float | Unset):
    """

    bol_id: str
    bol_status: FreightBolStatus
    delivery_details: FreightStopDetails
    events: list[FreightTrackingEvent]
    mode: FreightShipmentMode
    pickup_details: FreightStopDetails
    updated_at: datetime.datetime
    carrier_name: str | Unset = UNSET
    estimated_delivery_time: datetime.datetime | Unset = UNSET
    estimated_pickup_time: datetime.datetime | Unset = UNSET
    estimated_port_arrival_time: datetime.datetime | Unset = UNSET
    estimated_port_departure_time: datetime.datetime | Unset = UNSET
    total_pallets: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bol_id = self.bol_id

        bol_status = self.bol_status.value

        delivery_details = self.delivery_details.to_dict()

        events = []
        for events_item_data in self.events:
            events_item = events_item_data.to_dict()
            events.append(events_item)

        mode = self.mode.value

        pickup_details = self.pickup_details.to_dict()

        updated_at = self.updated_at.isoformat()

        carrier_name = self.carrier_name

        estimated_delivery_time: str | Unset = UNSET
        if not isinstance(self.estimated_delivery_time, Unset):
            estimated_delivery_time = self.estimated_delivery_time.isoformat()

        estimated_pickup_time: str | Unset = UNSET
        if not isinstance(self.estimated_pickup_time, Unset):
            estimated_pickup_time = self.estimated_pickup_time.isoformat()

        estimated_port_arrival_time: str | Unset = UNSET
        if not isinstance(self.estimated_port_arrival_time, Unset):
            estimated_port_arrival_time = self.estimated_port_arrival_time.isoformat()

        estimated_port_departure_time: str | Unset = UNSET
        if not isinstance(self.estimated_port_departure_time, Unset):
            estimated_port_departure_time = (
                self.estimated_port_departure_time.isoformat()
            )

        total_pallets = self.total_pallets

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bolId": bol_id,
                "bolStatus": bol_status,
                "deliveryDetails": delivery_details,
                "events": events,
                "mode": mode,
                "pickupDetails": pickup_details,
                "updatedAt": updated_at,
            }
        )
        if carrier_name is not UNSET:
            field_dict["carrierName"] = carrier_name
        if estimated_delivery_time is not UNSET:
            field_dict["estimatedDeliveryTime"] = estimated_delivery_time
        if estimated_pickup_time is not UNSET:
            field_dict["estimatedPickupTime"] = estimated_pickup_time
        if estimated_port_arrival_time is not UNSET:
            field_dict["estimatedPortArrivalTime"] = estimated_port_arrival_time
        if estimated_port_departure_time is not UNSET:
            field_dict["estimatedPortDepartureTime"] = estimated_port_departure_time
        if total_pallets is not UNSET:
            field_dict["totalPallets"] = total_pallets

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        bol_id = d.pop("bolId")

        bol_status = FreightBolStatus._parse(d.pop("bolStatus"))

        delivery_details = FreightStopDetails.from_dict(d.pop("deliveryDetails"))

        events = []
        _events = d.pop("events")
        for events_item_data in _events:
            events_item = FreightTrackingEvent.from_dict(events_item_data)

            events.append(events_item)

        mode = FreightShipmentMode._parse(d.pop("mode"))

        pickup_details = FreightStopDetails.from_dict(d.pop("pickupDetails"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        carrier_name = d.pop("carrierName", UNSET)

        _estimated_delivery_time = d.pop("estimatedDeliveryTime", UNSET)
        estimated_delivery_time: datetime.datetime | Unset
        if isinstance(_estimated_delivery_time, Unset):
            estimated_delivery_time = UNSET
        else:
            estimated_delivery_time = datetime.datetime.fromisoformat(
                _estimated_delivery_time
            )

        _estimated_pickup_time = d.pop("estimatedPickupTime", UNSET)
        estimated_pickup_time: datetime.datetime | Unset
        if isinstance(_estimated_pickup_time, Unset):
            estimated_pickup_time = UNSET
        else:
            estimated_pickup_time = datetime.datetime.fromisoformat(
                _estimated_pickup_time
            )

        _estimated_port_arrival_time = d.pop("estimatedPortArrivalTime", UNSET)
        estimated_port_arrival_time: datetime.datetime | Unset
        if isinstance(_estimated_port_arrival_time, Unset):
            estimated_port_arrival_time = UNSET
        else:
            estimated_port_arrival_time = datetime.datetime.fromisoformat(
                _estimated_port_arrival_time
            )

        _estimated_port_departure_time = d.pop("estimatedPortDepartureTime", UNSET)
        estimated_port_departure_time: datetime.datetime | Unset
        if isinstance(_estimated_port_departure_time, Unset):
            estimated_port_departure_time = UNSET
        else:
            estimated_port_departure_time = datetime.datetime.fromisoformat(
                _estimated_port_departure_time
            )

        total_pallets = d.pop("totalPallets", UNSET)

        freight_tracking_updated_event = cls(
            bol_id=bol_id,
            bol_status=bol_status,
            delivery_details=delivery_details,
            events=events,
            mode=mode,
            pickup_details=pickup_details,
            updated_at=updated_at,
            carrier_name=carrier_name,
            estimated_delivery_time=estimated_delivery_time,
            estimated_pickup_time=estimated_pickup_time,
            estimated_port_arrival_time=estimated_port_arrival_time,
            estimated_port_departure_time=estimated_port_departure_time,
            total_pallets=total_pallets,
        )

        if d:
            freight_tracking_updated_event.additional_properties = d
        return freight_tracking_updated_event

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


# At the end, once FreightTrackingUpdatedEvent exists: a model that refers back to this one imports it from here.
if not TYPE_CHECKING:
    from ..models.freight_stop_details import FreightStopDetails  # noqa: E402
    from ..models.freight_tracking_event import FreightTrackingEvent  # noqa: E402
