from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..models.freight_mode_ltl import FreightModeLTL
from ..models.quote_status import QuoteStatus
from ..types import Unset

if TYPE_CHECKING:
    from ..models.ltl_quote_item import LtlQuoteItem
    from ..models.quote_location_details import QuoteLocationDetails


T = TypeVar("T", bound="LtlQuoteResponse")


@_attrs_define(repr=False)
class LtlQuoteResponse:
    """
    Attributes:
        created_at (datetime.datetime):
        delivery_details (QuoteLocationDetails):
        expires_at (datetime.datetime):
        id (float):
        ltl_quote_item (LtlQuoteItem):
        pickup_details (QuoteLocationDetails):
        status (QuoteStatus):
        type_ (FreightModeLTL):
    """

    created_at: datetime.datetime
    delivery_details: QuoteLocationDetails
    expires_at: datetime.datetime
    id: float
    ltl_quote_item: LtlQuoteItem
    pickup_details: QuoteLocationDetails
    status: QuoteStatus
    type_: FreightModeLTL
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        delivery_details = self.delivery_details.to_dict()

        expires_at = self.expires_at.isoformat()

        id = self.id

        ltl_quote_item = self.ltl_quote_item.to_dict()

        pickup_details = self.pickup_details.to_dict()

        status = self.status.value

        type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "createdAt": created_at,
                "deliveryDetails": delivery_details,
                "expiresAt": expires_at,
                "id": id,
                "ltlQuoteItem": ltl_quote_item,
                "pickupDetails": pickup_details,
                "status": status,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        delivery_details = QuoteLocationDetails.from_dict(d.pop("deliveryDetails"))

        expires_at = datetime.datetime.fromisoformat(d.pop("expiresAt"))

        id = d.pop("id")

        ltl_quote_item = LtlQuoteItem.from_dict(d.pop("ltlQuoteItem"))

        pickup_details = QuoteLocationDetails.from_dict(d.pop("pickupDetails"))

        status = QuoteStatus._parse(d.pop("status"))

        type_ = FreightModeLTL._parse(d.pop("type"))

        ltl_quote_response = cls(
            created_at=created_at,
            delivery_details=delivery_details,
            expires_at=expires_at,
            id=id,
            ltl_quote_item=ltl_quote_item,
            pickup_details=pickup_details,
            status=status,
            type_=type_,
        )

        if d:
            ltl_quote_response.additional_properties = d
        return ltl_quote_response

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


# At the end, once LtlQuoteResponse exists: a model that refers back to this one imports it from here.
if not TYPE_CHECKING:
    from ..models.ltl_quote_item import LtlQuoteItem  # noqa: E402
    from ..models.quote_location_details import QuoteLocationDetails  # noqa: E402
