from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import Unset

if TYPE_CHECKING:
    from ..models.inspected_item import InspectedItem


T = TypeVar("T", bound="ReturnItem")


@_attrs_define(repr=False)
class ReturnItem:
    """
    Attributes:
        expected_quantity (float):
        identifier (str):
        inspected_items (list[InspectedItem]):
    """

    expected_quantity: float
    identifier: str
    inspected_items: list[InspectedItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        expected_quantity = self.expected_quantity

        identifier = self.identifier

        inspected_items = []
        for inspected_items_item_data in self.inspected_items:
            inspected_items_item = inspected_items_item_data.to_dict()
            inspected_items.append(inspected_items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "expectedQuantity": expected_quantity,
                "identifier": identifier,
                "inspectedItems": inspected_items,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        expected_quantity = d.pop("expectedQuantity")

        identifier = d.pop("identifier")

        inspected_items = []
        _inspected_items = d.pop("inspectedItems")
        for inspected_items_item_data in _inspected_items:
            inspected_items_item = InspectedItem.from_dict(inspected_items_item_data)

            inspected_items.append(inspected_items_item)

        return_item = cls(
            expected_quantity=expected_quantity,
            identifier=identifier,
            inspected_items=inspected_items,
        )

        if d:
            return_item.additional_properties = d
        return return_item

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


# At the end, once ReturnItem exists: a model that refers back to this one imports it from here.
if not TYPE_CHECKING:
    from ..models.inspected_item import InspectedItem  # noqa: E402
