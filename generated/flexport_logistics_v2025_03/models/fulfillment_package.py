from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fulfillment_package_item import FulfillmentPackageItem
    from ..models.package_label import PackageLabel


T = TypeVar("T", bound="FulfillmentPackage")


@_attrs_define(repr=False)
class FulfillmentPackage:
    """
    Attributes:
        id (str):
        line_items (list[FulfillmentPackageItem]):
        attempted_delivery_time (datetime.datetime | None | Unset):
        carrier_delivery_time (datetime.datetime | None | Unset):
        carrier_pick_up_time (datetime.datetime | None | Unset):
        carrier_ship_time (datetime.datetime | None | Unset):
        created_at (datetime.datetime | None | Unset):
        label (None | PackageLabel | Unset):
        label_create_time (datetime.datetime | None | Unset):
    """

    id: str
    line_items: list[FulfillmentPackageItem]
    attempted_delivery_time: datetime.datetime | None | Unset = UNSET
    carrier_delivery_time: datetime.datetime | None | Unset = UNSET
    carrier_pick_up_time: datetime.datetime | None | Unset = UNSET
    carrier_ship_time: datetime.datetime | None | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    label: None | PackageLabel | Unset = UNSET
    label_create_time: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        line_items = []
        for line_items_item_data in self.line_items:
            line_items_item = line_items_item_data.to_dict()
            line_items.append(line_items_item)

        attempted_delivery_time: None | str | Unset
        if isinstance(self.attempted_delivery_time, Unset):
            attempted_delivery_time = UNSET
        elif isinstance(self.attempted_delivery_time, datetime.datetime):
            attempted_delivery_time = self.attempted_delivery_time.isoformat()
        else:
            attempted_delivery_time = self.attempted_delivery_time

        carrier_delivery_time: None | str | Unset
        if isinstance(self.carrier_delivery_time, Unset):
            carrier_delivery_time = UNSET
        elif isinstance(self.carrier_delivery_time, datetime.datetime):
            carrier_delivery_time = self.carrier_delivery_time.isoformat()
        else:
            carrier_delivery_time = self.carrier_delivery_time

        carrier_pick_up_time: None | str | Unset
        if isinstance(self.carrier_pick_up_time, Unset):
            carrier_pick_up_time = UNSET
        elif isinstance(self.carrier_pick_up_time, datetime.datetime):
            carrier_pick_up_time = self.carrier_pick_up_time.isoformat()
        else:
            carrier_pick_up_time = self.carrier_pick_up_time

        carrier_ship_time: None | str | Unset
        if isinstance(self.carrier_ship_time, Unset):
            carrier_ship_time = UNSET
        elif isinstance(self.carrier_ship_time, datetime.datetime):
            carrier_ship_time = self.carrier_ship_time.isoformat()
        else:
            carrier_ship_time = self.carrier_ship_time

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        label: dict[str, Any] | None | Unset
        if isinstance(self.label, Unset):
            label = UNSET
        elif isinstance(self.label, PackageLabel):
            label = self.label.to_dict()
        else:
            label = self.label

        label_create_time: None | str | Unset
        if isinstance(self.label_create_time, Unset):
            label_create_time = UNSET
        elif isinstance(self.label_create_time, datetime.datetime):
            label_create_time = self.label_create_time.isoformat()
        else:
            label_create_time = self.label_create_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "lineItems": line_items,
            }
        )
        if attempted_delivery_time is not UNSET:
            field_dict["attemptedDeliveryTime"] = attempted_delivery_time
        if carrier_delivery_time is not UNSET:
            field_dict["carrierDeliveryTime"] = carrier_delivery_time
        if carrier_pick_up_time is not UNSET:
            field_dict["carrierPickUpTime"] = carrier_pick_up_time
        if carrier_ship_time is not UNSET:
            field_dict["carrierShipTime"] = carrier_ship_time
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if label is not UNSET:
            field_dict["label"] = label
        if label_create_time is not UNSET:
            field_dict["labelCreateTime"] = label_create_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        line_items = []
        _line_items = d.pop("lineItems")
        for line_items_item_data in _line_items:
            line_items_item = FulfillmentPackageItem.from_dict(line_items_item_data)

            line_items.append(line_items_item)

        def _parse_attempted_delivery_time(
            data: object,
        ) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                attempted_delivery_time_type_0 = datetime.datetime.fromisoformat(data)

                return attempted_delivery_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        attempted_delivery_time = _parse_attempted_delivery_time(
            d.pop("attemptedDeliveryTime", UNSET)
        )

        def _parse_carrier_delivery_time(
            data: object,
        ) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                carrier_delivery_time_type_0 = datetime.datetime.fromisoformat(data)

                return carrier_delivery_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        carrier_delivery_time = _parse_carrier_delivery_time(
            d.pop("carrierDeliveryTime", UNSET)
        )

        def _parse_carrier_pick_up_time(
            data: object,
        ) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                carrier_pick_up_time_type_0 = datetime.datetime.fromisoformat(data)

                return carrier_pick_up_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        carrier_pick_up_time = _parse_carrier_pick_up_time(
            d.pop("carrierPickUpTime", UNSET)
        )

        def _parse_carrier_ship_time(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                carrier_ship_time_type_0 = datetime.datetime.fromisoformat(data)

                return carrier_ship_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        carrier_ship_time = _parse_carrier_ship_time(d.pop("carrierShipTime", UNSET))

        def _parse_created_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_at_type_0 = datetime.datetime.fromisoformat(data)

                return created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        created_at = _parse_created_at(d.pop("createdAt", UNSET))

        def _parse_label(data: object) -> None | PackageLabel | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                label_type_1 = PackageLabel.from_dict(data)

                return label_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PackageLabel | Unset, data)

        label = _parse_label(d.pop("label", UNSET))

        def _parse_label_create_time(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                label_create_time_type_0 = datetime.datetime.fromisoformat(data)

                return label_create_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        label_create_time = _parse_label_create_time(d.pop("labelCreateTime", UNSET))

        fulfillment_package = cls(
            id=id,
            line_items=line_items,
            attempted_delivery_time=attempted_delivery_time,
            carrier_delivery_time=carrier_delivery_time,
            carrier_pick_up_time=carrier_pick_up_time,
            carrier_ship_time=carrier_ship_time,
            created_at=created_at,
            label=label,
            label_create_time=label_create_time,
        )

        if d:
            fulfillment_package.additional_properties = d
        return fulfillment_package

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


# At the end, once FulfillmentPackage exists: a model that refers back to this one imports it from here.
if not TYPE_CHECKING:
    from ..models.fulfillment_package_item import FulfillmentPackageItem  # noqa: E402
    from ..models.package_label import PackageLabel  # noqa: E402
