from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.lot_tracking_details import LotTrackingDetails


T = TypeVar("T", bound="PackInventory")


@_attrs_define(repr=False)
class PackInventory:
    """
    Attributes:
        available (int):
        logistics_sku (str):
        on_hand (int):
        unavailable (int):
        lot_tracking_details (list[LotTrackingDetails] | Unset):
        units_per_pack (float | Unset):
    """

    available: int
    logistics_sku: str
    on_hand: int
    unavailable: int
    lot_tracking_details: list[LotTrackingDetails] | Unset = UNSET
    units_per_pack: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        available = self.available

        logistics_sku = self.logistics_sku

        on_hand = self.on_hand

        unavailable = self.unavailable

        lot_tracking_details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.lot_tracking_details, Unset):
            lot_tracking_details = []
            for lot_tracking_details_item_data in self.lot_tracking_details:
                lot_tracking_details_item = lot_tracking_details_item_data.to_dict()
                lot_tracking_details.append(lot_tracking_details_item)

        units_per_pack = self.units_per_pack

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "available": available,
                "logisticsSku": logistics_sku,
                "onHand": on_hand,
                "unavailable": unavailable,
            }
        )
        if lot_tracking_details is not UNSET:
            field_dict["lotTrackingDetails"] = lot_tracking_details
        if units_per_pack is not UNSET:
            field_dict["unitsPerPack"] = units_per_pack

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        available = d.pop("available")

        logistics_sku = d.pop("logisticsSku")

        on_hand = d.pop("onHand")

        unavailable = d.pop("unavailable")

        _lot_tracking_details = d.pop("lotTrackingDetails", UNSET)
        lot_tracking_details: list[LotTrackingDetails] | Unset = UNSET
        if _lot_tracking_details is not UNSET:
            lot_tracking_details = []
            for lot_tracking_details_item_data in _lot_tracking_details:
                lot_tracking_details_item = LotTrackingDetails.from_dict(
                    lot_tracking_details_item_data
                )

                lot_tracking_details.append(lot_tracking_details_item)

        units_per_pack = d.pop("unitsPerPack", UNSET)

        pack_inventory = cls(
            available=available,
            logistics_sku=logistics_sku,
            on_hand=on_hand,
            unavailable=unavailable,
            lot_tracking_details=lot_tracking_details,
            units_per_pack=units_per_pack,
        )

        if d:
            pack_inventory.additional_properties = d
        return pack_inventory

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


# At the end, once PackInventory exists: a model that refers back to this one imports it from here.
if not TYPE_CHECKING:
    from ..models.lot_tracking_details import LotTrackingDetails  # noqa: E402
