from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..models.return_status import ReturnStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.legacy_returns_destination_address import (
        LegacyReturnsDestinationAddress,
    )
    from ..models.legacy_returns_source_address import LegacyReturnsSourceAddress
    from ..models.return_inspected_event_return_items_type_0_item import (
        ReturnInspectedEventReturnItemsType0Item,
    )
    from ..models.return_inspected_event_shipping_labels_type_0_item import (
        ReturnInspectedEventShippingLabelsType0Item,
    )
    from ..models.returns_api_marketplace_order import ReturnsApiMarketplaceOrder


T = TypeVar("T", bound="ReturnInspectedEvent")


@_attrs_define(repr=False)
class ReturnInspectedEvent:
    """
    Attributes:
        external_return_id (None | str):
        id (None | str): Return id.
        logistics_account_id (str): Logistics account id.
        logistics_event_id (str): Event id; de-duplicate deliveries on it.
        logistics_event_time (str): When the event happened.
        logistics_event_type (str): Event type, e.g. Order.Shipped.
        marketplace_order (ReturnsApiMarketplaceOrder):
        return_items (list[ReturnInspectedEventReturnItemsType0Item] | None):
        rma (None | str):
        shipping_labels (list[ReturnInspectedEventShippingLabelsType0Item] | None): One per package; fields not shown by
            the reference.
        status (ReturnStatus):
        destination_address (LegacyReturnsDestinationAddress | Unset):
        inspected_at (None | str | Unset):
        inspection_notes (None | str | Unset):
        received_at (None | str | Unset):
        shipped_at (None | str | Unset):
        source_address (LegacyReturnsSourceAddress | Unset):
    """

    external_return_id: None | str
    id: None | str
    logistics_account_id: str
    logistics_event_id: str
    logistics_event_time: str
    logistics_event_type: str
    marketplace_order: ReturnsApiMarketplaceOrder
    return_items: list[ReturnInspectedEventReturnItemsType0Item] | None
    rma: None | str
    shipping_labels: list[ReturnInspectedEventShippingLabelsType0Item] | None
    status: ReturnStatus
    destination_address: LegacyReturnsDestinationAddress | Unset = UNSET
    inspected_at: None | str | Unset = UNSET
    inspection_notes: None | str | Unset = UNSET
    received_at: None | str | Unset = UNSET
    shipped_at: None | str | Unset = UNSET
    source_address: LegacyReturnsSourceAddress | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        external_return_id: None | str
        external_return_id = self.external_return_id

        id: None | str
        id = self.id

        logistics_account_id = self.logistics_account_id

        logistics_event_id = self.logistics_event_id

        logistics_event_time = self.logistics_event_time

        logistics_event_type = self.logistics_event_type

        marketplace_order = self.marketplace_order.to_dict()

        return_items: list[dict[str, Any]] | None
        if isinstance(self.return_items, list):
            return_items = []
            for return_items_type_0_item_data in self.return_items:
                return_items_type_0_item = return_items_type_0_item_data.to_dict()
                return_items.append(return_items_type_0_item)

        else:
            return_items = self.return_items

        rma: None | str
        rma = self.rma

        shipping_labels: list[dict[str, Any]] | None
        if isinstance(self.shipping_labels, list):
            shipping_labels = []
            for shipping_labels_type_0_item_data in self.shipping_labels:
                shipping_labels_type_0_item = shipping_labels_type_0_item_data.to_dict()
                shipping_labels.append(shipping_labels_type_0_item)

        else:
            shipping_labels = self.shipping_labels

        status = self.status.value

        destination_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.destination_address, Unset):
            destination_address = self.destination_address.to_dict()

        inspected_at: None | str | Unset
        if isinstance(self.inspected_at, Unset):
            inspected_at = UNSET
        else:
            inspected_at = self.inspected_at

        inspection_notes: None | str | Unset
        if isinstance(self.inspection_notes, Unset):
            inspection_notes = UNSET
        else:
            inspection_notes = self.inspection_notes

        received_at: None | str | Unset
        if isinstance(self.received_at, Unset):
            received_at = UNSET
        else:
            received_at = self.received_at

        shipped_at: None | str | Unset
        if isinstance(self.shipped_at, Unset):
            shipped_at = UNSET
        else:
            shipped_at = self.shipped_at

        source_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.source_address, Unset):
            source_address = self.source_address.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "externalReturnId": external_return_id,
                "id": id,
                "logisticsAccountId": logistics_account_id,
                "logisticsEventId": logistics_event_id,
                "logisticsEventTime": logistics_event_time,
                "logisticsEventType": logistics_event_type,
                "marketplaceOrder": marketplace_order,
                "returnItems": return_items,
                "rma": rma,
                "shippingLabels": shipping_labels,
                "status": status,
            }
        )
        if destination_address is not UNSET:
            field_dict["destinationAddress"] = destination_address
        if inspected_at is not UNSET:
            field_dict["inspectedAt"] = inspected_at
        if inspection_notes is not UNSET:
            field_dict["inspectionNotes"] = inspection_notes
        if received_at is not UNSET:
            field_dict["receivedAt"] = received_at
        if shipped_at is not UNSET:
            field_dict["shippedAt"] = shipped_at
        if source_address is not UNSET:
            field_dict["sourceAddress"] = source_address

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_external_return_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        external_return_id = _parse_external_return_id(d.pop("externalReturnId"))

        def _parse_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        id = _parse_id(d.pop("id"))

        logistics_account_id = d.pop("logisticsAccountId")

        logistics_event_id = d.pop("logisticsEventId")

        logistics_event_time = d.pop("logisticsEventTime")

        logistics_event_type = d.pop("logisticsEventType")

        marketplace_order = ReturnsApiMarketplaceOrder.from_dict(
            d.pop("marketplaceOrder")
        )

        def _parse_return_items(
            data: object,
        ) -> list[ReturnInspectedEventReturnItemsType0Item] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                return_items_type_0 = []
                _return_items_type_0 = data
                for return_items_type_0_item_data in _return_items_type_0:
                    return_items_type_0_item = (
                        ReturnInspectedEventReturnItemsType0Item.from_dict(
                            return_items_type_0_item_data
                        )
                    )

                    return_items_type_0.append(return_items_type_0_item)

                return return_items_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ReturnInspectedEventReturnItemsType0Item] | None, data)

        return_items = _parse_return_items(d.pop("returnItems"))

        def _parse_rma(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        rma = _parse_rma(d.pop("rma"))

        def _parse_shipping_labels(
            data: object,
        ) -> list[ReturnInspectedEventShippingLabelsType0Item] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                shipping_labels_type_0 = []
                _shipping_labels_type_0 = data
                for shipping_labels_type_0_item_data in _shipping_labels_type_0:
                    shipping_labels_type_0_item = (
                        ReturnInspectedEventShippingLabelsType0Item.from_dict(
                            shipping_labels_type_0_item_data
                        )
                    )

                    shipping_labels_type_0.append(shipping_labels_type_0_item)

                return shipping_labels_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ReturnInspectedEventShippingLabelsType0Item] | None, data)

        shipping_labels = _parse_shipping_labels(d.pop("shippingLabels"))

        status = ReturnStatus._parse(d.pop("status"))

        _destination_address = d.pop("destinationAddress", UNSET)
        destination_address: LegacyReturnsDestinationAddress | Unset
        if isinstance(_destination_address, Unset):
            destination_address = UNSET
        else:
            destination_address = LegacyReturnsDestinationAddress.from_dict(
                _destination_address
            )

        def _parse_inspected_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        inspected_at = _parse_inspected_at(d.pop("inspectedAt", UNSET))

        def _parse_inspection_notes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        inspection_notes = _parse_inspection_notes(d.pop("inspectionNotes", UNSET))

        def _parse_received_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        received_at = _parse_received_at(d.pop("receivedAt", UNSET))

        def _parse_shipped_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        shipped_at = _parse_shipped_at(d.pop("shippedAt", UNSET))

        _source_address = d.pop("sourceAddress", UNSET)
        source_address: LegacyReturnsSourceAddress | Unset
        if isinstance(_source_address, Unset):
            source_address = UNSET
        else:
            source_address = LegacyReturnsSourceAddress.from_dict(_source_address)

        return_inspected_event = cls(
            external_return_id=external_return_id,
            id=id,
            logistics_account_id=logistics_account_id,
            logistics_event_id=logistics_event_id,
            logistics_event_time=logistics_event_time,
            logistics_event_type=logistics_event_type,
            marketplace_order=marketplace_order,
            return_items=return_items,
            rma=rma,
            shipping_labels=shipping_labels,
            status=status,
            destination_address=destination_address,
            inspected_at=inspected_at,
            inspection_notes=inspection_notes,
            received_at=received_at,
            shipped_at=shipped_at,
            source_address=source_address,
        )

        if d:
            return_inspected_event.additional_properties = d
        return return_inspected_event

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


# At the end, once ReturnInspectedEvent exists: a model that refers back to this one imports it from here.
if not TYPE_CHECKING:
    from ..models.legacy_returns_destination_address import (
        LegacyReturnsDestinationAddress,  # noqa: E402
    )
    from ..models.legacy_returns_source_address import LegacyReturnsSourceAddress  # noqa: E402
    from ..models.return_inspected_event_return_items_type_0_item import (
        ReturnInspectedEventReturnItemsType0Item,  # noqa: E402
    )
    from ..models.return_inspected_event_shipping_labels_type_0_item import (
        ReturnInspectedEventShippingLabelsType0Item,  # noqa: E402
    )
    from ..models.returns_api_marketplace_order import ReturnsApiMarketplaceOrder  # noqa: E402
