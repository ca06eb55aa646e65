from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.deliverr_address import DeliverrAddress
    from ..models.external_label import ExternalLabel
    from ..models.requested_return_item import RequestedReturnItem


T = TypeVar("T", bound="CreateReturnRequest")


@_attrs_define(repr=False)
class CreateReturnRequest:
    """
    Attributes:
        external_return_id (str): Your unique reference for the return.
        return_items (list[RequestedReturnItem]):
        rma (str): Return merchandise authorisation, usually the merchant's.
        external_label (ExternalLabel | Unset):
        logistics_order_id (str | Unset):
        source_address (DeliverrAddress | Unset):
    """

    external_return_id: str
    return_items: list[RequestedReturnItem]
    rma: str
    external_label: ExternalLabel | Unset = UNSET
    logistics_order_id: str | Unset = UNSET
    source_address: DeliverrAddress | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        external_return_id = self.external_return_id

        return_items = []
        for return_items_item_data in self.return_items:
            return_items_item = return_items_item_data.to_dict()
            return_items.append(return_items_item)

        rma = self.rma

        external_label: dict[str, Any] | Unset = UNSET
        if not isinstance(self.external_label, Unset):
            external_label = self.external_label.to_dict()

        logistics_order_id = self.logistics_order_id

        source_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.source_address, Unset):
            source_address = self.source_address.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "externalReturnId": external_return_id,
                "returnItems": return_items,
                "rma": rma,
            }
        )
        if external_label is not UNSET:
            field_dict["externalLabel"] = external_label
        if logistics_order_id is not UNSET:
            field_dict["logisticsOrderId"] = logistics_order_id
        if source_address is not UNSET:
            field_dict["sourceAddress"] = source_address

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        external_return_id = d.pop("externalReturnId")

        return_items = []
        _return_items = d.pop("returnItems")
        for return_items_item_data in _return_items:
            return_items_item = RequestedReturnItem.from_dict(return_items_item_data)

            return_items.append(return_items_item)

        rma = d.pop("rma")

        _external_label = d.pop("externalLabel", UNSET)
        external_label: ExternalLabel | Unset
        if isinstance(_external_label, Unset):
            external_label = UNSET
        else:
            external_label = ExternalLabel.from_dict(_external_label)

        logistics_order_id = d.pop("logisticsOrderId", UNSET)

        _source_address = d.pop("sourceAddress", UNSET)
        source_address: DeliverrAddress | Unset
        if isinstance(_source_address, Unset):
            source_address = UNSET
        else:
            source_address = DeliverrAddress.from_dict(_source_address)

        create_return_request = cls(
            external_return_id=external_return_id,
            return_items=return_items,
            rma=rma,
            external_label=external_label,
            logistics_order_id=logistics_order_id,
            source_address=source_address,
        )

        if d:
            create_return_request.additional_properties = d
        return create_return_request

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


# At the end, once CreateReturnRequest exists: a model that refers back to this one imports it from here.
if not TYPE_CHECKING:
    from ..models.deliverr_address import DeliverrAddress  # noqa: E402
    from ..models.external_label import ExternalLabel  # noqa: E402
    from ..models.requested_return_item import RequestedReturnItem  # noqa: E402
