from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..models.external_order_status import ExternalOrderStatus
from ..models.internal_order_status import InternalOrderStatus
from ..types import Unset

T = TypeVar("T", bound="OrderState")


@_attrs_define(repr=False)
class OrderState:
    """
    Attributes:
        fulfillment_delayed (bool):
        fulfillment_in_progress (bool):
        fulfillment_status (ExternalOrderStatus):
        internal_status (InternalOrderStatus):
    """

    fulfillment_delayed: bool
    fulfillment_in_progress: bool
    fulfillment_status: ExternalOrderStatus
    internal_status: InternalOrderStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        fulfillment_delayed = self.fulfillment_delayed

        fulfillment_in_progress = self.fulfillment_in_progress

        fulfillment_status = self.fulfillment_status.value

        internal_status = self.internal_status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "fulfillmentDelayed": fulfillment_delayed,
                "fulfillmentInProgress": fulfillment_in_progress,
                "fulfillmentStatus": fulfillment_status,
                "internalStatus": internal_status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        fulfillment_delayed = d.pop("fulfillmentDelayed")

        fulfillment_in_progress = d.pop("fulfillmentInProgress")

        fulfillment_status = ExternalOrderStatus._parse(d.pop("fulfillmentStatus"))

        internal_status = InternalOrderStatus._parse(d.pop("internalStatus"))

        order_state = cls(
            fulfillment_delayed=fulfillment_delayed,
            fulfillment_in_progress=fulfillment_in_progress,
            fulfillment_status=fulfillment_status,
            internal_status=internal_status,
        )

        if d:
            order_state.additional_properties = d
        return order_state

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
