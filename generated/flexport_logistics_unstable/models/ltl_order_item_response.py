from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.package_details import PackageDetails


T = TypeVar("T", bound="LtlOrderItemResponse")


@_attrs_define(repr=False)
class LtlOrderItemResponse:
    """
    Attributes:
        cost (float):
        pallets (list[PackageDetails]):
        customer_bol_id (str | Unset):
    """

    cost: float
    pallets: list[PackageDetails]
    customer_bol_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cost = self.cost

        pallets = []
        for pallets_item_data in self.pallets:
            pallets_item = pallets_item_data.to_dict()
            pallets.append(pallets_item)

        customer_bol_id = self.customer_bol_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cost": cost,
                "pallets": pallets,
            }
        )
        if customer_bol_id is not UNSET:
            field_dict["customerBolId"] = customer_bol_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cost = d.pop("cost")

        pallets = []
        _pallets = d.pop("pallets")
        for pallets_item_data in _pallets:
            pallets_item = PackageDetails.from_dict(pallets_item_data)

            pallets.append(pallets_item)

        customer_bol_id = d.pop("customerBolId", UNSET)

        ltl_order_item_response = cls(
            cost=cost,
            pallets=pallets,
            customer_bol_id=customer_bol_id,
        )

        if d:
            ltl_order_item_response.additional_properties = d
        return ltl_order_item_response

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


# At the end, once LtlOrderItemResponse exists: a model that refers back to this one imports it from here.
if not TYPE_CHECKING:
    from ..models.package_details import PackageDetails  # noqa: E402
