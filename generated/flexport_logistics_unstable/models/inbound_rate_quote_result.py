from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.inbound_external_rate_error import InboundExternalRateError
    from ..models.inbound_rate_quote_fe import InboundRateQuoteFE


T = TypeVar("T", bound="InboundRateQuoteResult")


@_attrs_define(repr=False)
class InboundRateQuoteResult:
    """
    Attributes:
        quotes (list[InboundRateQuoteFE]):
        error (InboundExternalRateError | Unset):
    """

    quotes: list[InboundRateQuoteFE]
    error: InboundExternalRateError | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        quotes = []
        for quotes_item_data in self.quotes:
            quotes_item = quotes_item_data.to_dict()
            quotes.append(quotes_item)

        error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = self.error.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "quotes": quotes,
            }
        )
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        quotes = []
        _quotes = d.pop("quotes")
        for quotes_item_data in _quotes:
            quotes_item = InboundRateQuoteFE.from_dict(quotes_item_data)

            quotes.append(quotes_item)

        _error = d.pop("error", UNSET)
        error: InboundExternalRateError | Unset
        if isinstance(_error, Unset):
            error = UNSET
        else:
            error = InboundExternalRateError.from_dict(_error)

        inbound_rate_quote_result = cls(
            quotes=quotes,
            error=error,
        )

        if d:
            inbound_rate_quote_result.additional_properties = d
        return inbound_rate_quote_result

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


# At the end, once InboundRateQuoteResult exists: a model that refers back to this one imports it from here.
if not TYPE_CHECKING:
    from ..models.inbound_external_rate_error import InboundExternalRateError  # noqa: E402
    from ..models.inbound_rate_quote_fe import InboundRateQuoteFE  # noqa: E402
