from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..models.order_error_type import OrderErrorType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.line_item_error import LineItemError


T = TypeVar("T", bound="OrderError")


@_attrs_define(repr=False)
class OrderError:
    """
    Attributes:
        code (float):
        message (str):
        retriable (bool): True when the error is transient; use RetryOrder, not a new CreateOrder.
        type_ (OrderErrorType):
        line_item_errors (list[LineItemError] | Unset):
    """

    code: float
    message: str
    retriable: bool
    type_: OrderErrorType
    line_item_errors: list[LineItemError] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        retriable = self.retriable

        type_ = self.type_.value

        line_item_errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.line_item_errors, Unset):
            line_item_errors = []
            for line_item_errors_item_data in self.line_item_errors:
                line_item_errors_item = line_item_errors_item_data.to_dict()
                line_item_errors.append(line_item_errors_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "message": message,
                "retriable": retriable,
                "type": type_,
            }
        )
        if line_item_errors is not UNSET:
            field_dict["lineItemErrors"] = line_item_errors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        message = d.pop("message")

        retriable = d.pop("retriable")

        type_ = OrderErrorType._parse(d.pop("type"))

        _line_item_errors = d.pop("lineItemErrors", UNSET)
        line_item_errors: list[LineItemError] | Unset = UNSET
        if _line_item_errors is not UNSET:
            line_item_errors = []
            for line_item_errors_item_data in _line_item_errors:
                line_item_errors_item = LineItemError.from_dict(
                    line_item_errors_item_data
                )

                line_item_errors.append(line_item_errors_item)

        order_error = cls(
            code=code,
            message=message,
            retriable=retriable,
            type_=type_,
            line_item_errors=line_item_errors,
        )

        if d:
            order_error.additional_properties = d
        return order_error

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


# At the end, once OrderError exists: a model that refers back to this one imports it from here.
if not TYPE_CHECKING:
    from ..models.line_item_error import LineItemError  # noqa: E402
