from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..models.shipment_status import ShipmentStatus
from ..models.weight_unit import WeightUnit
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.deliverr_address import DeliverrAddress
    from ..models.freight_detail import FreightDetail
    from ..models.pack_detail import PackDetail
    from ..models.replenishment_shipment_item_v2 import ReplenishmentShipmentItemV2
    from ..models.transportation_details import TransportationDetails


T = TypeVar("T", bound="ReplenishmentShipmentV2")


@_attrs_define(repr=False)
class ReplenishmentShipmentV2:
    """
    Attributes:
        external_channel_reference_number (None | str | Unset):
        external_channel_shipment_id (None | str | Unset):
        freight_details (list[FreightDetail] | None | Unset):
        pack_details (list[PackDetail] | None | Unset):
        ship_from_address (DeliverrAddress | None | Unset):
        ship_to_address (DeliverrAddress | None | Unset):
        shipment_charged_weight (float | None | Unset):
        shipment_charged_weight_unit (None | Unset | WeightUnit):
        shipment_id (None | str | Unset): Key for GetShipmentAttachmentUrl (2025-03 on).
        shipment_items (list[ReplenishmentShipmentItemV2] | None | Unset):
        status (None | ShipmentStatus | Unset):
        transportation_details (None | TransportationDetails | Unset):
    """

    external_channel_reference_number: None | str | Unset = UNSET
    external_channel_shipment_id: None | str | Unset = UNSET
    freight_details: list[FreightDetail] | None | Unset = UNSET
    pack_details: list[PackDetail] | None | Unset = UNSET
    ship_from_address: DeliverrAddress | None | Unset = UNSET
    ship_to_address: DeliverrAddress | None | Unset = UNSET
    shipment_charged_weight: float | None | Unset = UNSET
    shipment_charged_weight_unit: None | Unset | WeightUnit = UNSET
    shipment_id: None | str | Unset = UNSET
    shipment_items: list[ReplenishmentShipmentItemV2] | None | Unset = UNSET
    status: None | ShipmentStatus | Unset = UNSET
    transportation_details: None | TransportationDetails | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        external_channel_reference_number: None | str | Unset
        if isinstance(self.external_channel_reference_number, Unset):
            external_channel_reference_number = UNSET
        else:
            external_channel_reference_number = self.external_channel_reference_number

        external_channel_shipment_id: None | str | Unset
        if isinstance(self.external_channel_shipment_id, Unset):
            external_channel_shipment_id = UNSET
        else:
            external_channel_shipment_id = self.external_channel_shipment_id

        freight_details: list[dict[str, Any]] | None | Unset
        if isinstance(self.freight_details, Unset):
            freight_details = UNSET
        elif isinstance(self.freight_details, list):
            freight_details = []
            for freight_details_type_0_item_data in self.freight_details:
                freight_details_type_0_item = freight_details_type_0_item_data.to_dict()
                freight_details.append(freight_details_type_0_item)

        else:
            freight_details = self.freight_details

        pack_details: list[dict[str, Any]] | None | Unset
        if isinstance(self.pack_details, Unset):
            pack_details = UNSET
        elif isinstance(self.pack_details, list):
            pack_details = []
            for pack_details_type_0_item_data in self.pack_details:
                pack_details_type_0_item = pack_details_type_0_item_data.to_dict()
                pack_details.append(pack_details_type_0_item)

        else:
            pack_details = self.pack_details

        ship_from_address: dict[str, Any] | None | Unset
        if isinstance(self.ship_from_address, Unset):
            ship_from_address = UNSET
        elif isinstance(self.ship_from_address, DeliverrAddress):
            ship_from_address = self.ship_from_address.to_dict()
        else:
            ship_from_address = self.ship_from_address

        ship_to_address: dict[str, Any] | None | Unset
        if isinstance(self.ship_to_address, Unset):
            ship_to_address = UNSET
        elif isinstance(self.ship_to_address, DeliverrAddress):
            ship_to_address = self.ship_to_address.to_dict()
        else:
            ship_to_address = self.ship_to_address

        shipment_charged_weight: float | None | Unset
        if isinstance(self.shipment_charged_weight, Unset):
            shipment_charged_weight = UNSET
        else:
            shipment_charged_weight = self.shipment_charged_weight

        shipment_charged_weight_unit: None | str | Unset
        if isinstance(self.shipment_charged_weight_unit, Unset):
            shipment_charged_weight_unit = UNSET
        elif isinstance(self.shipment_charged_weight_unit, WeightUnit):
            shipment_charged_weight_unit = self.shipment_charged_weight_unit.value
        else:
            shipment_charged_weight_unit = self.shipment_charged_weight_unit

        shipment_id: None | str | Unset
        if isinstance(self.shipment_id, Unset):
            shipment_id = UNSET
        else:
            shipment_id = self.shipment_id

        shipment_items: list[dict[str, Any]] | None | Unset
        if isinstance(self.shipment_items, Unset):
            shipment_items = UNSET
        elif isinstance(self.shipment_items, list):
            shipment_items = []
            for shipment_items_type_0_item_data in self.shipment_items:
                shipment_items_type_0_item = shipment_items_type_0_item_data.to_dict()
                shipment_items.append(shipment_items_type_0_item)

        else:
            shipment_items = self.shipment_items

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, ShipmentStatus):
            status = self.status.value
        else:
            status = self.status

        transportation_details: dict[str, Any] | None | Unset
        if isinstance(self.transportation_details, Unset):
            transportation_details = UNSET
        elif isinstance(self.transportation_details, TransportationDetails):
            transportation_details = self.transportation_details.to_dict()
        else:
            transportation_details = self.transportation_details

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if external_channel_reference_number is not UNSET:
            field_dict["externalChannelReferenceNumber"] = (
                external_channel_reference_number
            )
        if external_channel_shipment_id is not UNSET:
            field_dict["externalChannelShipmentId"] = external_channel_shipment_id
        if freight_details is not UNSET:
            field_dict["freightDetails"] = freight_details
        if pack_details is not UNSET:
            field_dict["packDetails"] = pack_details
        if ship_from_address is not UNSET:
            field_dict["shipFromAddress"] = ship_from_address
        if ship_to_address is not UNSET:
            field_dict["shipToAddress"] = ship_to_address
        if shipment_charged_weight is not UNSET:
            field_dict["shipmentChargedWeight"] = shipment_charged_weight
        if shipment_charged_weight_unit is not UNSET:
            field_dict["shipmentChargedWeightUnit"] = shipment_charged_weight_unit
        if shipment_id is not UNSET:
            field_dict["shipmentId"] = shipment_id
        if shipment_items is not UNSET:
            field_dict["shipmentItems"] = shipment_items
        if status is not UNSET:
            field_dict["status"] = status
        if transportation_details is not UNSET:
            field_dict["transportationDetails"] = transportation_details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_external_channel_reference_number(
            data: object,
        ) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        external_channel_reference_number = _parse_external_channel_reference_number(
            d.pop("externalChannelReferenceNumber", UNSET)
        )

        def _parse_external_channel_shipment_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        external_channel_shipment_id = _parse_external_channel_shipment_id(
            d.pop("externalChannelShipmentId", UNSET)
        )

        def _parse_freight_details(data: object) -> list[FreightDetail] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                freight_details_type_0 = []
                _freight_details_type_0 = data
                for freight_details_type_0_item_data in _freight_details_type_0:
                    freight_details_type_0_item = FreightDetail.from_dict(
                        freight_details_type_0_item_data
                    )

                    freight_details_type_0.append(freight_details_type_0_item)

                return freight_details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[FreightDetail] | None | Unset, data)

        freight_details = _parse_freight_details(d.pop("freightDetails", UNSET))

        def _parse_pack_details(data: object) -> list[PackDetail] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                pack_details_type_0 = []
                _pack_details_type_0 = data
                for pack_details_type_0_item_data in _pack_details_type_0:
                    pack_details_type_0_item = PackDetail.from_dict(
                        pack_details_type_0_item_data
                    )

                    pack_details_type_0.append(pack_details_type_0_item)

                return pack_details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[PackDetail] | None | Unset, data)

        pack_details = _parse_pack_details(d.pop("packDetails", UNSET))

        def _parse_ship_from_address(data: object) -> DeliverrAddress | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                ship_from_address_type_1 = DeliverrAddress.from_dict(data)

                return ship_from_address_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DeliverrAddress | None | Unset, data)

        ship_from_address = _parse_ship_from_address(d.pop("shipFromAddress", UNSET))

        def _parse_ship_to_address(data: object) -> DeliverrAddress | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                ship_to_address_type_1 = DeliverrAddress.from_dict(data)

                return ship_to_address_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DeliverrAddress | None | Unset, data)

        ship_to_address = _parse_ship_to_address(d.pop("shipToAddress", UNSET))

        def _parse_shipment_charged_weight(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        shipment_charged_weight = _parse_shipment_charged_weight(
            d.pop("shipmentChargedWeight", UNSET)
        )

        def _parse_shipment_charged_weight_unit(
            data: object,
        ) -> None | Unset | WeightUnit:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                shipment_charged_weight_unit_type_1 = WeightUnit._parse(data)

                return shipment_charged_weight_unit_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WeightUnit, data)

        shipment_charged_weight_unit = _parse_shipment_charged_weight_unit(
            d.pop("shipmentChargedWeightUnit", UNSET)
        )

        def _parse_shipment_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        shipment_id = _parse_shipment_id(d.pop("shipmentId", UNSET))

        def _parse_shipment_items(
            data: object,
        ) -> list[ReplenishmentShipmentItemV2] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                shipment_items_type_0 = []
                _shipment_items_type_0 = data
                for shipment_items_type_0_item_data in _shipment_items_type_0:
                    shipment_items_type_0_item = ReplenishmentShipmentItemV2.from_dict(
                        shipment_items_type_0_item_data
                    )

                    shipment_items_type_0.append(shipment_items_type_0_item)

                return shipment_items_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ReplenishmentShipmentItemV2] | None | Unset, data)

        shipment_items = _parse_shipment_items(d.pop("shipmentItems", UNSET))

        def _parse_status(data: object) -> None | ShipmentStatus | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_1 = ShipmentStatus._parse(data)

                return status_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ShipmentStatus | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_transportation_details(
            data: object,
        ) -> None | TransportationDetails | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                transportation_details_type_1 = TransportationDetails.from_dict(data)

                return transportation_details_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TransportationDetails | Unset, data)

        transportation_details = _parse_transportation_details(
            d.pop("transportationDetails", UNSET)
        )

        replenishment_shipment_v2 = cls(
            external_channel_reference_number=external_channel_reference_number,
            external_channel_shipment_id=external_channel_shipment_id,
            freight_details=freight_details,
            pack_details=pack_details,
            ship_from_address=ship_from_address,
            ship_to_address=ship_to_address,
            shipment_charged_weight=shipment_charged_weight,
            shipment_charged_weight_unit=shipment_charged_weight_unit,
            shipment_id=shipment_id,
            shipment_items=shipment_items,
            status=status,
            transportation_details=transportation_details,
        )

        if d:
            replenishment_shipment_v2.additional_properties = d
        return replenishment_shipment_v2

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


# At the end, once ReplenishmentShipmentV2 exists: a model that refers back to this one imports it from here.
if not TYPE_CHECKING:
    from ..models.deliverr_address import DeliverrAddress  # noqa: E402
    from ..models.freight_detail import FreightDetail  # noqa: E402
    from ..models.pack_detail import PackDetail  # noqa: E402
    from ..models.replenishment_shipment_item_v2 import ReplenishmentShipmentItemV2  # noqa: E402
    from ..models.transportation_details import TransportationDetails  # noqa: E402
