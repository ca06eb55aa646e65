from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import Unset

if TYPE_CHECKING:
    from ..models.drayage_quote_response import DrayageQuoteResponse
    from ..models.ftl_quote_response import FtlQuoteResponse
    from ..models.ltl_quote_response import LtlQuoteResponse


T = TypeVar("T", bound="GetQuotesResponse")


@_attrs_define(repr=False)
class GetQuotesResponse:
    """
    Attributes:
        quotes (list[DrayageQuoteResponse | FtlQuoteResponse | LtlQuoteResponse]):
    """

    quotes: list[DrayageQuoteResponse | FtlQuoteResponse | LtlQuoteResponse]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        quotes = []
        for quotes_item_data in self.quotes:
            quotes_item: dict[str, Any]
            if isinstance(quotes_item_data, DrayageQuoteResponse):
                quotes_item = quotes_item_data.to_dict()
            elif isinstance(quotes_item_data, FtlQuoteResponse):
                quotes_item = quotes_item_data.to_dict()
            else:
                quotes_item = quotes_item_data.to_dict()

            quotes.append(quotes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "quotes": quotes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        quotes = []
        _quotes = d.pop("quotes")
        for quotes_item_data in _quotes:

            def _parse_quotes_item(
                data: object,
            ) -> DrayageQuoteResponse | FtlQuoteResponse | LtlQuoteResponse:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_quote_response_type_0 = (
                        DrayageQuoteResponse.from_dict(data)
                    )

                    return componentsschemas_quote_response_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_quote_response_type_1 = (
                        FtlQuoteResponse.from_dict(data)
                    )

                    return componentsschemas_quote_response_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_quote_response_type_2 = LtlQuoteResponse.from_dict(
                    data
                )

                return componentsschemas_quote_response_type_2

            quotes_item = _parse_quotes_item(quotes_item_data)

            quotes.append(quotes_item)

        get_quotes_response = cls(
            quotes=quotes,
        )

        if d:
            get_quotes_response.additional_properties = d
        return get_quotes_response

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


# At the end, once GetQuotesResponse exists: a model that refers back to this one imports it from here.
if not TYPE_CHECKING:
    from ..models.drayage_quote_response import DrayageQuoteResponse  # noqa: E402
    from ..models.ftl_quote_response import FtlQuoteResponse  # noqa: E402
    from ..models.ltl_quote_response import LtlQuoteResponse  # noqa: E402
