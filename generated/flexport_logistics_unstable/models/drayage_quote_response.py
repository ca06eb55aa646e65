from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..models.freight_mode_drayage import FreightModeDRAYAGE
from ..models.quote_status import QuoteStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.drayage_quote_item import DrayageQuoteItem
    from ..models.ftl_quote_item import FtlQuoteItem
    from ..models.quote_location_details import QuoteLocationDetails
    from ..models.transload_quote_item import TransloadQuoteItem


T = TypeVar("T", bound="DrayageQuoteResponse")


@_attrs_define(repr=False)
class DrayageQuoteResponse:
    """
    Attributes:
        created_at (datetime.datetime):
        delivery_details (QuoteLocationDetails):
        drayage_quote_item (DrayageQuoteItem):
        expires_at (datetime.datetime):
        id (float):
        pickup_details (QuoteLocationDetails):
        status (QuoteStatus):
        type_ (FreightModeDRAYAGE):
        ftl_quote_item (FtlQuoteItem | Unset):
        transload_quote_item (TransloadQuoteItem | Unset):
    """

    created_at: datetime.datetime
    delivery_details: QuoteLocationDetails
    drayage_quote_item: DrayageQuoteItem
    expires_at: datetime.datetime
    id: float
    pickup_details: QuoteLocationDetails
    status: QuoteStatus
    type_: FreightModeDRAYAGE
    ftl_quote_item: FtlQuoteItem | Unset = UNSET
    transload_quote_item: TransloadQuoteItem | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        delivery_details = self.delivery_details.to_dict()

        drayage_quote_item = self.drayage_quote_item.to_dict()

        expires_at = self.expires_at.isoformat()

        id = self.id

        pickup_details = self.pickup_details.to_dict()

        status = self.status.value

        type_ = self.type_.value

        ftl_quote_item: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ftl_quote_item, Unset):
            ftl_quote_item = self.ftl_quote_item.to_dict()

        transload_quote_item: dict[str, Any] | Unset = UNSET
        if not isinstance(self.transload_quote_item, Unset):
            transload_quote_item = self.transload_quote_item.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "createdAt": created_at,
                "deliveryDetails": delivery_details,
                "drayageQuoteItem": drayage_quote_item,
                "expiresAt": expires_at,
                "id": id,
                "pickupDetails": pickup_details,
                "status": status,
                "type": type_,
            }
        )
        if ftl_quote_item is not UNSET:
            field_dict["ftlQuoteItem"] = ftl_quote_item
        if transload_quote_item is not UNSET:
            field_dict["transloadQuoteItem"] = transload_quote_item

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        delivery_details = QuoteLocationDetails.from_dict(d.pop("deliveryDetails"))

        drayage_quote_item = DrayageQuoteItem.from_dict(d.pop("drayageQuoteItem"))

        expires_at = datetime.datetime.fromisoformat(d.pop("expiresAt"))

        id = d.pop("id")

        pickup_details = QuoteLocationDetails.from_dict(d.pop("pickupDetails"))

        status = QuoteStatus._parse(d.pop("status"))

        type_ = FreightModeDRAYAGE._parse(d.pop("type"))

        _ftl_quote_item = d.pop("ftlQuoteItem", UNSET)
        ftl_quote_item: FtlQuoteItem | Unset
        if isinstance(_ftl_quote_item, Unset):
            ftl_quote_item = UNSET
        else:
            ftl_quote_item = FtlQuoteItem.from_dict(_ftl_quote_item)

        _transload_quote_item = d.pop("transloadQuoteItem", UNSET)
        transload_quote_item: TransloadQuoteItem | Unset
        if isinstance(_transload_quote_item, Unset):
            transload_quote_item = UNSET
        else:
            transload_quote_item = TransloadQuoteItem.from_dict(_transload_quote_item)

        drayage_quote_response = cls(
            created_at=created_at,
            delivery_details=delivery_details,
            drayage_quote_item=drayage_quote_item,
            expires_at=expires_at,
            id=id,
            pickup_details=pickup_details,
            status=status,
            type_=type_,
            ftl_quote_item=ftl_quote_item,
            transload_quote_item=transload_quote_item,
        )

        if d:
            drayage_quote_response.additional_properties = d
        return drayage_quote_response

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


# At the end, once DrayageQuoteResponse exists: a model that refers back to this one imports it from here.
if not TYPE_CHECKING:
    from ..models.drayage_quote_item import DrayageQuoteItem  # noqa: E402
    from ..models.ftl_quote_item import FtlQuoteItem  # noqa: E402
    from ..models.quote_location_details import QuoteLocationDetails  # noqa: E402
    from ..models.transload_quote_item import TransloadQuoteItem  # noqa: E402
