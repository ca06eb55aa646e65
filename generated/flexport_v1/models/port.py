from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

T = TypeVar("T", bound="Port")


@_attrs_define(repr=False)
class Port:
    """
    Attributes:
        country_code (None | str | Unset):
        iata_code (None | str | Unset): Only IATA airports have one.
        id (int | Unset):
        lat (float | None | str | Unset): A number the API sends either as a JSON number or as a decimal string; may be
            null.
        lng (float | None | str | Unset): A number the API sends either as a JSON number or as a decimal string; may be
            null.
        name (None | str | Unset):
        port_name (None | str | Unset):
        port_type (None | str | Unset): airport, seaport, railport or unknown_port
    """

    country_code: None | str | Unset = UNSET
    iata_code: None | str | Unset = UNSET
    id: int | Unset = UNSET
    lat: float | None | str | Unset = UNSET
    lng: float | None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    port_name: None | str | Unset = UNSET
    port_type: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        country_code: None | str | Unset
        if isinstance(self.country_code, Unset):
            country_code = UNSET
        else:
            country_code = self.country_code

        iata_code: None | str | Unset
        if isinstance(self.iata_code, Unset):
            iata_code = UNSET
        else:
            iata_code = self.iata_code

        id = self.id

        lat: float | None | str | Unset
        if isinstance(self.lat, Unset):
            lat = UNSET
        else:
            lat = self.lat

        lng: float | None | str | Unset
        if isinstance(self.lng, Unset):
            lng = UNSET
        else:
            lng = self.lng

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        port_name: None | str | Unset
        if isinstance(self.port_name, Unset):
            port_name = UNSET
        else:
            port_name = self.port_name

        port_type: None | str | Unset
        if isinstance(self.port_type, Unset):
            port_type = UNSET
        else:
            port_type = self.port_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if country_code is not UNSET:
            field_dict["country_code"] = country_code
        if iata_code is not UNSET:
            field_dict["iata_code"] = iata_code
        if id is not UNSET:
            field_dict["id"] = id
        if lat is not UNSET:
            field_dict["lat"] = lat
        if lng is not UNSET:
            field_dict["lng"] = lng
        if name is not UNSET:
            field_dict["name"] = name
        if port_name is not UNSET:
            field_dict["port_name"] = port_name
        if port_type is not UNSET:
            field_dict["port_type"] = port_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_country_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        country_code = _parse_country_code(d.pop("country_code", UNSET))

        def _parse_iata_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        iata_code = _parse_iata_code(d.pop("iata_code", UNSET))

        id = d.pop("id", UNSET)

        def _parse_lat(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        lat = _parse_lat(d.pop("lat", UNSET))

        def _parse_lng(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        lng = _parse_lng(d.pop("lng", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_port_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        port_name = _parse_port_name(d.pop("port_name", UNSET))

        def _parse_port_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        port_type = _parse_port_type(d.pop("port_type", UNSET))

        port = cls(
            country_code=country_code,
            iata_code=iata_code,
            id=id,
            lat=lat,
            lng=lng,
            name=name,
            port_name=port_name,
            port_type=port_type,
        )

        if d:
            port.additional_properties = d
        return port

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
