from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.freight_pallet_response import FreightPalletResponse
    from ..models.freight_pickup_response import FreightPickupResponse


T = TypeVar("T", bound="ShopifyFreightResponse")


@_attrs_define(repr=False)
class ShopifyFreightResponse:
    """
    Attributes:
        pallets (list[FreightPalletResponse] | Unset):
        pickup (FreightPickupResponse | Unset):
    """

    pallets: list[FreightPalletResponse] | Unset = UNSET
    pickup: FreightPickupResponse | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pallets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.pallets, Unset):
            pallets = []
            for pallets_item_data in self.pallets:
                pallets_item = pallets_item_data.to_dict()
                pallets.append(pallets_item)

        pickup: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pickup, Unset):
            pickup = self.pickup.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if pallets is not UNSET:
            field_dict["pallets"] = pallets
        if pickup is not UNSET:
            field_dict["pickup"] = pickup

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _pallets = d.pop("pallets", UNSET)
        pallets: list[FreightPalletResponse] | Unset = UNSET
        if _pallets is not UNSET:
            pallets = []
            for pallets_item_data in _pallets:
                pallets_item = FreightPalletResponse.from_dict(pallets_item_data)

                pallets.append(pallets_item)

        _pickup = d.pop("pickup", UNSET)
        pickup: FreightPickupResponse | Unset
        if isinstance(_pickup, Unset):
            pickup = UNSET
        else:
            pickup = FreightPickupResponse.from_dict(_pickup)

        shopify_freight_response = cls(
            pallets=pallets,
            pickup=pickup,
        )

        if d:
            shopify_freight_response.additional_properties = d
        return shopify_freight_response

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


# At the end, once ShopifyFreightResponse exists: a model that refers back to this one imports it from here.
if not TYPE_CHECKING:
    from ..models.freight_pallet_response import FreightPalletResponse  # noqa: E402
    from ..models.freight_pickup_response import FreightPickupResponse  # noqa: E402
