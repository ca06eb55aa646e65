from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

T = TypeVar("T", bound="ShipmentCreate")


@_attrs_define(repr=False)
class ShipmentCreate:
    """
    Attributes:
        cargo_ready_date (datetime.date | Unset):
        client_note (str | Unset):
        container_type (str | Unset):  Example: high_cubed.
        contains_hazmat (bool | Unset):
        contains_li_ion (bool | Unset):
        contains_magnets (bool | Unset):
        destination_id (int | Unset): A place id (port or network address).
        freight_type (str | Unset):  Example: port_to_door.
        metric_units (bool | Unset):
        name (str | Unset):
        origin_id (int | Unset): A place id (port or network address).
        target_delivery_date (datetime.date | Unset):
        total_volume (float | None | str | Unset): A number the API sends either as a JSON number or as a decimal
            string; may be null.
        total_weight (float | None | str | Unset): A number the API sends either as a JSON number or as a decimal
            string; may be null.
        transportation_mode (str | Unset):  Example: air.
        uses_customs_service (bool | Unset):
        wants_flexport_insurance (bool | Unset):
    """

    cargo_ready_date: datetime.date | Unset = UNSET
    client_note: str | Unset = UNSET
    container_type: str | Unset = UNSET
    contains_hazmat: bool | Unset = UNSET
    contains_li_ion: bool | Unset = UNSET
    contains_magnets: bool | Unset = UNSET
    destination_id: int | Unset = UNSET
    freight_type: str | Unset = UNSET
    metric_units: bool | Unset = UNSET
    name: str | Unset = UNSET
    origin_id: int | Unset = UNSET
    target_delivery_date: datetime.date | Unset = UNSET
    total_volume: float | None | str | Unset = UNSET
    total_weight: float | None | str | Unset = UNSET
    transportation_mode: str | Unset = UNSET
    uses_customs_service: bool | Unset = UNSET
    wants_flexport_insurance: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cargo_ready_date: str | Unset = UNSET
        if not isinstance(self.cargo_ready_date, Unset):
            cargo_ready_date = self.cargo_ready_date.isoformat()

        client_note = self.client_note

        container_type = self.container_type

        contains_hazmat = self.contains_hazmat

        contains_li_ion = self.contains_li_ion

        contains_magnets = self.contains_magnets

        destination_id = self.destination_id

        freight_type = self.freight_type

        metric_units = self.metric_units

        name = self.name

        origin_id = self.origin_id

        target_delivery_date: str | Unset = UNSET
        if not isinstance(self.target_delivery_date, Unset):
            target_delivery_date = self.target_delivery_date.isoformat()

        total_volume: float | None | str | Unset
        if isinstance(self.total_volume, Unset):
            total_volume = UNSET
        else:
            total_volume = self.total_volume

        total_weight: float | None | str | Unset
        if isinstance(self.total_weight, Unset):
            total_weight = UNSET
        else:
            total_weight = self.total_weight

        transportation_mode = self.transportation_mode

        uses_customs_service = self.uses_customs_service

        wants_flexport_insurance = self.wants_flexport_insurance

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cargo_ready_date is not UNSET:
            field_dict["cargo_ready_date"] = cargo_ready_date
        if client_note is not UNSET:
            field_dict["client_note"] = client_note
        if container_type is not UNSET:
            field_dict["container_type"] = container_type
        if contains_hazmat is not UNSET:
            field_dict["contains_hazmat"] = contains_hazmat
        if contains_li_ion is not UNSET:
            field_dict["contains_li_ion"] = contains_li_ion
        if contains_magnets is not UNSET:
            field_dict["contains_magnets"] = contains_magnets
        if destination_id is not UNSET:
            field_dict["destination_id"] = destination_id
        if freight_type is not UNSET:
            field_dict["freight_type"] = freight_type
        if metric_units is not UNSET:
            field_dict["metric_units"] = metric_units
        if name is not UNSET:
            field_dict["name"] = name
        if origin_id is not UNSET:
            field_dict["origin_id"] = origin_id
        if target_delivery_date is not UNSET:
            field_dict["target_delivery_date"] = target_delivery_date
        if total_volume is not UNSET:
            field_dict["total_volume"] = total_volume
        if total_weight is not UNSET:
            field_dict["total_weight"] = total_weight
        if transportation_mode is not UNSET:
            field_dict["transportation_mode"] = transportation_mode
        if uses_customs_service is not UNSET:
            field_dict["uses_customs_service"] = uses_customs_service
        if wants_flexport_insurance is not UNSET:
            field_dict["wants_flexport_insurance"] = wants_flexport_insurance

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _cargo_ready_date = d.pop("cargo_ready_date", UNSET)
        cargo_ready_date: datetime.date | Unset
        if isinstance(_cargo_ready_date, Unset):
            cargo_ready_date = UNSET
        else:
            cargo_ready_date = datetime.date.fromisoformat(_cargo_ready_date)

        client_note = d.pop("client_note", UNSET)

        container_type = d.pop("container_type", UNSET)

        contains_hazmat = d.pop("contains_hazmat", UNSET)

        contains_li_ion = d.pop("contains_li_ion", UNSET)

        contains_magnets = d.pop("contains_magnets", UNSET)

        destination_id = d.pop("destination_id", UNSET)

        freight_type = d.pop("freight_type", UNSET)

        metric_units = d.pop("metric_units", UNSET)

        name = d.pop("name", UNSET)

        origin_id = d.pop("origin_id", UNSET)

        _target_delivery_date = d.pop("target_delivery_date", UNSET)
        target_delivery_date: datetime.date | Unset
        if isinstance(_target_delivery_date, Unset):
            target_delivery_date = UNSET
        else:
            target_delivery_date = datetime.date.fromisoformat(_target_delivery_date)

        def _parse_total_volume(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        total_volume = _parse_total_volume(d.pop("total_volume", UNSET))

        def _parse_total_weight(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        total_weight = _parse_total_weight(d.pop("total_weight", UNSET))

        transportation_mode = d.pop("transportation_mode", UNSET)

        uses_customs_service = d.pop("uses_customs_service", UNSET)

        wants_flexport_insurance = d.pop("wants_flexport_insurance", UNSET)

        shipment_create = cls(
            cargo_ready_date=cargo_ready_date,
            client_note=client_note,
            container_type=container_type,
            contains_hazmat=contains_hazmat,
            contains_li_ion=contains_li_ion,
            contains_magnets=contains_magnets,
            destination_id=destination_id,
            freight_type=freight_type,
            metric_units=metric_units,
            name=name,
            origin_id=origin_id,
            target_delivery_date=target_delivery_date,
            total_volume=total_volume,
            total_weight=total_weight,
            transportation_mode=transportation_mode,
            uses_customs_service=uses_customs_service,
            wants_flexport_insurance=wants_flexport_insurance,
        )

        if d:
            shipment_create.additional_properties = d
        return shipment_create

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
