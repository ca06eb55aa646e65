from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..models.returns_public_api_marketplace import ReturnsPublicApiMarketplace
from ..types import Unset

T = TypeVar("T", bound="ReturnsApiMarketplaceOrder")


@_attrs_define(repr=False)
class ReturnsApiMarketplaceOrder:
    """
    Attributes:
        marketplace_name (ReturnsPublicApiMarketplace):
        marketplace_order_id (None | str):
    """

    marketplace_name: ReturnsPublicApiMarketplace
    marketplace_order_id: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        marketplace_name = self.marketplace_name.value

        marketplace_order_id: None | str
        marketplace_order_id = self.marketplace_order_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "marketplaceName": marketplace_name,
                "marketplaceOrderId": marketplace_order_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        marketplace_name = ReturnsPublicApiMarketplace._parse(d.pop("marketplaceName"))

        def _parse_marketplace_order_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        marketplace_order_id = _parse_marketplace_order_id(d.pop("marketplaceOrderId"))

        returns_api_marketplace_order = cls(
            marketplace_name=marketplace_name,
            marketplace_order_id=marketplace_order_id,
        )

        if d:
            returns_api_marketplace_order.additional_properties = d
        return returns_api_marketplace_order

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
