from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import Unset

if TYPE_CHECKING:
    from ..models.network_events_event_payload_type import NetworkEventsEventPayloadType


T = TypeVar("T", bound="NetworkEventsEventsResponseItem")


@_attrs_define(repr=False)
class NetworkEventsEventsResponseItem:
    """
    Attributes:
        id (str):
        payload (NetworkEventsEventPayloadType): Event payload as a string map; see LogisticsEventType for the typed
            payloads.
        time (str):
        type_ (str):
    """

    id: str
    payload: NetworkEventsEventPayloadType
    time: str
    type_: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        payload = self.payload.to_dict()

        time = self.time

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "payload": payload,
                "time": time,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        payload = NetworkEventsEventPayloadType.from_dict(d.pop("payload"))

        time = d.pop("time")

        type_ = d.pop("type")

        network_events_events_response_item = cls(
            id=id,
            payload=payload,
            time=time,
            type_=type_,
        )

        if d:
            network_events_events_response_item.additional_properties = d
        return network_events_events_response_item

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


# At the end, once NetworkEventsEventsResponseItem exists: a model that refers back to this one imports it from here.
if not TYPE_CHECKING:
    from ..models.network_events_event_payload_type import NetworkEventsEventPayloadType  # noqa: E402
