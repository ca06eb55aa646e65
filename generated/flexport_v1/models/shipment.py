from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.commercial_invoice import CommercialInvoice
    from ..models.container import Container
    from ..models.port_summary import PortSummary


T = TypeVar("T", bound="Shipment")


@_attrs_define(repr=False)
class Shipment:
    """All fields except id, flex_id and name may be null.

    Attributes:
        flex_id (str):  Example: FLEX-12345.
        id (int):  Example: 12345.
        name (str):
        arrival_date (None | str | Unset):
        arrival_port (PortSummary | Unset):
        calculated_volume (float | None | str | Unset): A number the API sends either as a JSON number or as a decimal
            string; may be null.
        calculated_weight (float | None | str | Unset): A number the API sends either as a JSON number or as a decimal
            string; may be null.
        cargo_ready_date (None | str | Unset):  Example: 2015-07-22.
        chargeable_volume (float | None | str | Unset): A number the API sends either as a JSON number or as a decimal
            string; may be null.
        chargeable_weight (float | None | str | Unset): A number the API sends either as a JSON number or as a decimal
            string; may be null.
        commercial_invoices (list[CommercialInvoice] | None | Unset):
        container_type (None | str | Unset):  Example: high_cubed.
        containers (list[Container] | None | Unset):
        customs_cost (float | None | str | Unset): A number the API sends either as a JSON number or as a decimal
            string; may be null.
        delivery_date (None | str | Unset):
        departure_date (None | str | Unset):
        departure_port (PortSummary | Unset):
        destination_address (None | str | Unset): The destination place as text (x-to-door shipments only).
        freight_cost (float | None | str | Unset): A number the API sends either as a JSON number or as a decimal
            string; may be null.
        freight_type (None | str | Unset):  Example: port_to_door.
        house_bill_number (None | str | Unset):
        master_bill_number (None | str | Unset):
        metric_units (bool | None | Unset):
        origin_address (None | str | Unset): The origin place as text (door-to-x shipments only).
        origin_pickup_date (None | str | Unset):
        pickup_date (None | str | Unset):
        pieces (int | None | Unset):
        status (None | str | Unset):  Example: Seller's Location.
        total_volume (float | None | str | Unset): A number the API sends either as a JSON number or as a decimal
            string; may be null.
        total_weight (float | None | str | Unset): A number the API sends either as a JSON number or as a decimal
            string; may be null.
        transportation_mode (None | str | Unset):  Example: air.
    """

    flex_id: str
    id: int
    name: str
    arrival_date: None | str | Unset = UNSET
    arrival_port: PortSummary | Unset = UNSET
    calculated_volume: float | None | str | Unset = UNSET
    calculated_weight: float | None | str | Unset = UNSET
    cargo_ready_date: None | str | Unset = UNSET
    chargeable_volume: float | None | str | Unset = UNSET
    chargeable_weight: float | None | str | Unset = UNSET
    commercial_invoices: list[CommercialInvoice] | None | Unset = UNSET
    container_type: None | str | Unset = UNSET
    containers: list[Container] | None | Unset = UNSET
    customs_cost: float | None | str | Unset = UNSET
    delivery_date: None | str | Unset = UNSET
    departure_date: None | str | Unset = UNSET
    departure_port: PortSummary | Unset = UNSET
    destination_address: None | str | Unset = UNSET
    freight_cost: float | None | str | Unset = UNSET
    freight_type: None | str | Unset = UNSET
    house_bill_number: None | str | Unset = UNSET
    master_bill_number: None | str | Unset = UNSET
    metric_units: bool | None | Unset = UNSET
    origin_address: None | str | Unset = UNSET
    origin_pickup_date: None | str | Unset = UNSET
    pickup_date: None | str | Unset = UNSET
    pieces: int | None | Unset = UNSET
    status: None | str | Unset = UNSET
    total_volume: float | None | str | Unset = UNSET
    total_weight: float | None | str | Unset = UNSET
    transportation_mode: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        flex_id = self.flex_id

        id = self.id

        name = self.name

        arrival_date: None | str | Unset
        if isinstance(self.arrival_date, Unset):
            arrival_date = UNSET
        else:
            arrival_date = self.arrival_date

        arrival_port: dict[str, Any] | Unset = UNSET
        if not isinstance(self.arrival_port, Unset):
            arrival_port = self.arrival_port.to_dict()

        calculated_volume: float | None | str | Unset
        if isinstance(self.calculated_volume, Unset):
            calculated_volume = UNSET
        else:
            calculated_volume = self.calculated_volume

        calculated_weight: float | None | str | Unset
        if isinstance(self.calculated_weight, Unset):
            calculated_weight = UNSET
        else:
            calculated_weight = self.calculated_weight

        cargo_ready_date: None | str | Unset
        if isinstance(self.cargo_ready_date, Unset):
            cargo_ready_date = UNSET
        else:
            cargo_ready_date = self.cargo_ready_date

        chargeable_volume: float | None | str | Unset
        if isinstance(self.chargeable_volume, Unset):
            chargeable_volume = UNSET
        else:
            chargeable_volume = self.chargeable_volume

        chargeable_weight: float | None | str | Unset
        if isinstance(self.chargeable_weight, Unset):
            chargeable_weight = UNSET
        else:
            chargeable_weight = self.chargeable_weight

        commercial_invoices: list[dict[str, Any]] | None | Unset
        if isinstance(self.commercial_invoices, Unset):
            commercial_invoices = UNSET
        elif isinstance(self.commercial_invoices, list):
            commercial_invoices = []
            for commercial_invoices_type_0_item_data in self.commercial_invoices:
                commercial_invoices_type_0_item = (
                    commercial_invoices_type_0_item_data.to_dict()
                )
                commercial_invoices.append(commercial_invoices_type_0_item)

        else:
            commercial_invoices = self.commercial_invoices

        container_type: None | str | Unset
        if isinstance(self.container_type, Unset):
            container_type = UNSET
        else:
            container_type = self.container_type

        containers: list[dict[str, Any]] | None | Unset
        if isinstance(self.containers, Unset):
            containers = UNSET
        elif isinstance(self.containers, list):
            containers = []
            for containers_type_0_item_data in self.containers:
                containers_type_0_item = containers_type_0_item_data.to_dict()
                containers.append(containers_type_0_item)

        else:
            containers = self.containers

        customs_cost: float | None | str | Unset
        if isinstance(self.customs_cost, Unset):
            customs_cost = UNSET
        else:
            customs_cost = self.customs_cost

        delivery_date: None | str | Unset
        if isinstance(self.delivery_date, Unset):
            delivery_date = UNSET
        else:
            delivery_date = self.delivery_date

        departure_date: None | str | Unset
        if isinstance(self.departure_date, Unset):
            departure_date = UNSET
        else:
            departure_date = self.departure_date

        departure_port: dict[str, Any] | Unset = UNSET
        if not isinstance(self.departure_port, Unset):
            departure_port = self.departure_port.to_dict()

        destination_address: None | str | Unset
        if isinstance(self.destination_address, Unset):
            destination_address = UNSET
        else:
            destination_address = self.destination_address

        freight_cost: float | None | str | Unset
        if isinstance(self.freight_cost, Unset):
            freight_cost = UNSET
        else:
            freight_cost = self.freight_cost

        freight_type: None | str | Unset
        if isinstance(self.freight_type, Unset):
            freight_type = UNSET
        else:
            freight_type = self.freight_type

        house_bill_number: None | str | Unset
        if isinstance(self.house_bill_number, Unset):
            house_bill_number = UNSET
        else:
            house_bill_number = self.house_bill_number

        master_bill_number: None | str | Unset
        if isinstance(self.master_bill_number, Unset):
            master_bill_number = UNSET
        else:
            master_bill_number = self.master_bill_number

        metric_units: bool | None | Unset
        if isinstance(self.metric_units, Unset):
            metric_units = UNSET
        else:
            metric_units = self.metric_units

        origin_address: None | str | Unset
        if isinstance(self.origin_address, Unset):
            origin_address = UNSET
        else:
            origin_address = self.origin_address

        origin_pickup_date: None | str | Unset
        if isinstance(self.origin_pickup_date, Unset):
            origin_pickup_date = UNSET
        else:
            origin_pickup_date = self.origin_pickup_date

        pickup_date: None | str | Unset
        if isinstance(self.pickup_date, Unset):
            pickup_date = UNSET
        else:
            pickup_date = self.pickup_date

        pieces: int | None | Unset
        if isinstance(self.pieces, Unset):
            pieces = UNSET
        else:
            pieces = self.pieces

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        total_volume: float | None | str | Unset
        if isinstance(self.total_volume, Unset):
            total_volume = UNSET
        else:
            total_volume = self.total_volume

        total_weight: float | None | str | Unset
        if isinstance(self.total_weight, Unset):
            total_weight = UNSET
        else:
            total_weight = self.total_weight

        transportation_mode: None | str | Unset
        if isinstance(self.transportation_mode, Unset):
            transportation_mode = UNSET
        else:
            transportation_mode = self.transportation_mode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "flex_id": flex_id,
                "id": id,
                "name": name,
            }
        )
        if arrival_date is not UNSET:
            field_dict["arrival_date"] = arrival_date
        if arrival_port is not UNSET:
            field_dict["arrival_port"] = arrival_port
        if calculated_volume is not UNSET:
            field_dict["calculated_volume"] = calculated_volume
        if calculated_weight is not UNSET:
            field_dict["calculated_weight"] = calculated_weight
        if cargo_ready_date is not UNSET:
            field_dict["cargo_ready_date"] = cargo_ready_date
        if chargeable_volume is not UNSET:
            field_dict["chargeable_volume"] = chargeable_volume
        if chargeable_weight is not UNSET:
            field_dict["chargeable_weight"] = chargeable_weight
        if commercial_invoices is not UNSET:
            field_dict["commercial_invoices"] = commercial_invoices
        if container_type is not UNSET:
            field_dict["container_type"] = container_type
        if containers is not UNSET:
            field_dict["containers"] = containers
        if customs_cost is not UNSET:
            field_dict["customs_cost"] = customs_cost
        if delivery_date is not UNSET:
            field_dict["delivery_date"] = delivery_date
        if departure_date is not UNSET:
            field_dict["departure_date"] = departure_date
        if departure_port is not UNSET:
            field_dict["departure_port"] = departure_port
        if destination_address is not UNSET:
            field_dict["destination_address"] = destination_address
        if freight_cost is not UNSET:
            field_dict["freight_cost"] = freight_cost
        if freight_type is not UNSET:
            field_dict["freight_type"] = freight_type
        if house_bill_number is not UNSET:
            field_dict["house_bill_number"] = house_bill_number
        if master_bill_number is not UNSET:
            field_dict["master_bill_number"] = master_bill_number
        if metric_units is not UNSET:
            field_dict["metric_units"] = metric_units
        if origin_address is not UNSET:
            field_dict["origin_address"] = origin_address
        if origin_pickup_date is not UNSET:
            field_dict["origin_pickup_date"] = origin_pickup_date
        if pickup_date is not UNSET:
            field_dict["pickup_date"] = pickup_date
        if pieces is not UNSET:
            field_dict["pieces"] = pieces
        if status is not UNSET:
            field_dict["status"] = status
        if total_volume is not UNSET:
            field_dict["total_volume"] = total_volume
        if total_weight is not UNSET:
            field_dict["total_weight"] = total_weight
        if transportation_mode is not UNSET:
            field_dict["transportation_mode"] = transportation_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        flex_id = d.pop("flex_id")

        id = d.pop("id")

        name = d.pop("name")

        def _parse_arrival_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        arrival_date = _parse_arrival_date(d.pop("arrival_date", UNSET))

        _arrival_port = d.pop("arrival_port", UNSET)
        arrival_port: PortSummary | Unset
        if isinstance(_arrival_port, Unset):
            arrival_port = UNSET
        else:
            arrival_port = PortSummary.from_dict(_arrival_port)

        def _parse_calculated_volume(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        calculated_volume = _parse_calculated_volume(d.pop("calculated_volume", UNSET))

        def _parse_calculated_weight(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        calculated_weight = _parse_calculated_weight(d.pop("calculated_weight", UNSET))

        def _parse_cargo_ready_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cargo_ready_date = _parse_cargo_ready_date(d.pop("cargo_ready_date", UNSET))

        def _parse_chargeable_volume(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        chargeable_volume = _parse_chargeable_volume(d.pop("chargeable_volume", UNSET))

        def _parse_chargeable_weight(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        chargeable_weight = _parse_chargeable_weight(d.pop("chargeable_weight", UNSET))

        def _parse_commercial_invoices(
            data: object,
        ) -> list[CommercialInvoice] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                commercial_invoices_type_0 = []
                _commercial_invoices_type_0 = data
                for commercial_invoices_type_0_item_data in _commercial_invoices_type_0:
                    commercial_invoices_type_0_item = CommercialInvoice.from_dict(
                        commercial_invoices_type_0_item_data
                    )

                    commercial_invoices_type_0.append(commercial_invoices_type_0_item)

                return commercial_invoices_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CommercialInvoice] | None | Unset, data)

        commercial_invoices = _parse_commercial_invoices(
            d.pop("commercial_invoices", UNSET)
        )

        def _parse_container_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        container_type = _parse_container_type(d.pop("container_type", UNSET))

        def _parse_containers(data: object) -> list[Container] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                containers_type_0 = []
                _containers_type_0 = data
                for containers_type_0_item_data in _containers_type_0:
                    containers_type_0_item = Container.from_dict(
                        containers_type_0_item_data
                    )

                    containers_type_0.append(containers_type_0_item)

                return containers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Container] | None | Unset, data)

        containers = _parse_containers(d.pop("containers", UNSET))

        def _parse_customs_cost(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        customs_cost = _parse_customs_cost(d.pop("customs_cost", UNSET))

        def _parse_delivery_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        delivery_date = _parse_delivery_date(d.pop("delivery_date", UNSET))

        def _parse_departure_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        departure_date = _parse_departure_date(d.pop("departure_date", UNSET))

        _departure_port = d.pop("departure_port", UNSET)
        departure_port: PortSummary | Unset
        if isinstance(_departure_port, Unset):
            departure_port = UNSET
        else:
            departure_port = PortSummary.from_dict(_departure_port)

        def _parse_destination_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        destination_address = _parse_destination_address(
            d.pop("destination_address", UNSET)
        )

        def _parse_freight_cost(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        freight_cost = _parse_freight_cost(d.pop("freight_cost", UNSET))

        def _parse_freight_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        freight_type = _parse_freight_type(d.pop("freight_type", UNSET))

        def _parse_house_bill_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        house_bill_number = _parse_house_bill_number(d.pop("house_bill_number", UNSET))

        def _parse_master_bill_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        master_bill_number = _parse_master_bill_number(
            d.pop("master_bill_number", UNSET)
        )

        def _parse_metric_units(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        metric_units = _parse_metric_units(d.pop("metric_units", UNSET))

        def _parse_origin_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        origin_address = _parse_origin_address(d.pop("origin_address", UNSET))

        def _parse_origin_pickup_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        origin_pickup_date = _parse_origin_pickup_date(
            d.pop("origin_pickup_date", UNSET)
        )

        def _parse_pickup_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pickup_date = _parse_pickup_date(d.pop("pickup_date", UNSET))

        def _parse_pieces(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        pieces = _parse_pieces(d.pop("pieces", UNSET))

        def _parse_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_total_volume(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        total_volume = _parse_total_volume(d.pop("total_volume", UNSET))

        def _parse_total_weight(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        total_weight = _parse_total_weight(d.pop("total_weight", UNSET))

        def _parse_transportation_mode(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        transportation_mode = _parse_transportation_mode(
            d.pop("transportation_mode", UNSET)
        )

        shipment = cls(
            flex_id=flex_id,
            id=id,
            name=name,
            arrival_date=arrival_date,
            arrival_port=arrival_port,
            calculated_volume=calculated_volume,
            calculated_weight=calculated_weight,
            cargo_ready_date=cargo_ready_date,
            chargeable_volume=chargeable_volume,
            chargeable_weight=chargeable_weight,
            commercial_invoices=commercial_invoices,
            container_type=container_type,
            containers=containers,
            customs_cost=customs_cost,
            delivery_date=delivery_date,
            departure_date=departure_date,
            departure_port=departure_port,
            destination_address=destination_address,
            freight_cost=freight_cost,
            freight_type=freight_type,
            house_bill_number=house_bill_number,
            master_bill_number=master_bill_number,
            metric_units=metric_units,
            origin_address=origin_address,
            origin_pickup_date=origin_pickup_date,
            pickup_date=pickup_date,
            pieces=pieces,
            status=status,
            total_volume=total_volume,
            total_weight=total_weight,
            transportation_mode=transportation_mode,
        )

        if d:
            shipment.additional_properties = d
        return shipment

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


# At the end, once Shipment exists: a model that refers back to this one imports it from here.
if not TYPE_CHECKING:
    from ..models.commercial_invoice import CommercialInvoice  # noqa: E402
    from ..models.container import Container  # noqa: E402
    from ..models.port_summary import PortSummary  # noqa: E402
