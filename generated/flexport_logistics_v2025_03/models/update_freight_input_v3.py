from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pallet_input import PalletInput
    from ..models.pickup_input_v3 import PickupInputV3


T = TypeVar("T", bound="UpdateFreightInputV3")


@_attrs_define(repr=False)
class UpdateFreightInputV3:
    """
    Attributes:
        bol_id (str | Unset):
        estimated_ship_date (datetime.datetime | Unset):
        pallets (list[PalletInput] | Unset):
        pickup (PickupInputV3 | Unset):
        pro_id (str | Unset):
        shipping_provider (str | Unset):
    """

    bol_id: str | Unset = UNSET
    estimated_ship_date: datetime.datetime | Unset = UNSET
    pallets: list[PalletInput] | Unset = UNSET
    pickup: PickupInputV3 | Unset = UNSET
    pro_id: str | Unset = UNSET
    shipping_provider: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bol_id = self.bol_id

        estimated_ship_date: str | Unset = UNSET
        if not isinstance(self.estimated_ship_date, Unset):
            estimated_ship_date = self.estimated_ship_date.isoformat()

        pallets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.pallets, Unset):
            pallets = []
            for pallets_item_data in self.pallets:
                pallets_item = pallets_item_data.to_dict()
                pallets.append(pallets_item)

        pickup: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pickup, Unset):
            pickup = self.pickup.to_dict()

        pro_id = self.pro_id

        shipping_provider = self.shipping_provider

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bol_id is not UNSET:
            field_dict["bolId"] = bol_id
        if estimated_ship_date is not UNSET:
            field_dict["estimatedShipDate"] = estimated_ship_date
        if pallets is not UNSET:
            field_dict["pallets"] = pallets
        if pickup is not UNSET:
            field_dict["pickup"] = pickup
        if pro_id is not UNSET:
            field_dict["proId"] = pro_id
        if shipping_provider is not UNSET:
            field_dict["shippingProvider"] = shipping_provider

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        bol_id = d.pop("bolId", UNSET)

        _estimated_ship_date = d.pop("estimatedShipDate", UNSET)
        estimated_ship_date: datetime.datetime | Unset
        if isinstance(_estimated_ship_date, Unset):
            estimated_ship_date = UNSET
        else:
            estimated_ship_date = datetime.datetime.fromisoformat(_estimated_ship_date)

        _pallets = d.pop("pallets", UNSET)
        pallets: list[PalletInput] | Unset = UNSET
        if _pallets is not UNSET:
            pallets = []
            for pallets_item_data in _pallets:
                pallets_item = PalletInput.from_dict(pallets_item_data)

                pallets.append(pallets_item)

        _pickup = d.pop("pickup", UNSET)
        pickup: PickupInputV3 | Unset
        if isinstance(_pickup, Unset):
            pickup = UNSET
        else:
            pickup = PickupInputV3.from_dict(_pickup)

        pro_id = d.pop("proId", UNSET)

        shipping_provider = d.pop("shippingProvider", UNSET)

        update_freight_input_v3 = cls(
            bol_id=bol_id,
            estimated_ship_date=estimated_ship_date,
            pallets=pallets,
            pickup=pickup,
            pro_id=pro_id,
            shipping_provider=shipping_provider,
        )

        if d:
            update_freight_input_v3.additional_properties = d
        return update_freight_input_v3

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


# At the end, once UpdateFreightInputV3 exists: a model that refers back to this one imports it from here.
if not TYPE_CHECKING:
    from ..models.pallet_input import PalletInput  # noqa: E402
    from ..models.pickup_input_v3 import PickupInputV3  # noqa: E402
