from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import Unset

if TYPE_CHECKING:
    from ..models.drayage_order_response import DrayageOrderResponse
    from ..models.ftl_order_response import FtlOrderResponse
    from ..models.ltl_order_response import LtlOrderResponse


T = TypeVar("T", bound="GetOrdersResponse")


@_attrs_define(repr=False)
class GetOrdersResponse:
    """
    Attributes:
        orders (list[DrayageOrderResponse | FtlOrderResponse | LtlOrderResponse]):
    """

    orders: list[DrayageOrderResponse | FtlOrderResponse | LtlOrderResponse]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        orders = []
        for orders_item_data in self.orders:
            orders_item: dict[str, Any]
            if isinstance(orders_item_data, DrayageOrderResponse):
                orders_item = orders_item_data.to_dict()
            elif isinstance(orders_item_data, FtlOrderResponse):
                orders_item = orders_item_data.to_dict()
            else:
                orders_item = orders_item_data.to_dict()

            orders.append(orders_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "orders": orders,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        orders = []
        _orders = d.pop("orders")
        for orders_item_data in _orders:

            def _parse_orders_item(
                data: object,
            ) -> DrayageOrderResponse | FtlOrderResponse | LtlOrderResponse:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_order_response_type_0 = (
                        DrayageOrderResponse.from_dict(data)
                    )

                    return componentsschemas_order_response_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_order_response_type_1 = (
                        FtlOrderResponse.from_dict(data)
                    )

                    return componentsschemas_order_response_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_order_response_type_2 = LtlOrderResponse.from_dict(
                    data
                )

                return componentsschemas_order_response_type_2

            orders_item = _parse_orders_item(orders_item_data)

            orders.append(orders_item)

        get_orders_response = cls(
            orders=orders,
        )

        if d:
            get_orders_response.additional_properties = d
        return get_orders_response

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


# At the end, once GetOrdersResponse exists: a model that refers back to this one imports it from here.
if not TYPE_CHECKING:
    from ..models.drayage_order_response import DrayageOrderResponse  # noqa: E402
    from ..models.ftl_order_response import FtlOrderResponse  # noqa: E402
    from ..models.ltl_order_response import LtlOrderResponse  # noqa: E402
