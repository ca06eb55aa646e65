from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.purchase_order_line_item import PurchaseOrderLineItem


T = TypeVar("T", bound="PurchaseOrder")


@_attrs_define(repr=False)
class PurchaseOrder:
    """
    Attributes:
        archived (bool | None | Unset):
        cargo_ready_date (None | str | Unset):
        currency_code (None | str | Unset):
        destination_location_ref (None | str | Unset):
        destination_port_ref (None | str | Unset):
        id (int | Unset):
        incoterm (None | str | Unset):  Example: FOB.
        memo (None | str | Unset):
        must_arrive_date (None | str | Unset):
        name (str | Unset):
        origin_location_ref (None | str | Unset):
        origin_port_ref (None | str | Unset):
        other_party_ref (None | str | Unset):
        po_line_items (list[PurchaseOrderLineItem] | None | Unset):
        role (None | str | Unset): buyer or seller
        transportation_mode (None | str | Unset):  Example: ocean.
    """

    archived: bool | None | Unset = UNSET
    cargo_ready_date: None | str | Unset = UNSET
    currency_code: None | str | Unset = UNSET
    destination_location_ref: None | str | Unset = UNSET
    destination_port_ref: None | str | Unset = UNSET
    id: int | Unset = UNSET
    incoterm: None | str | Unset = UNSET
    memo: None | str | Unset = UNSET
    must_arrive_date: None | str | Unset = UNSET
    name: str | Unset = UNSET
    origin_location_ref: None | str | Unset = UNSET
    origin_port_ref: None | str | Unset = UNSET
    other_party_ref: None | str | Unset = UNSET
    po_line_items: list[PurchaseOrderLineItem] | None | Unset = UNSET
    role: None | str | Unset = UNSET
    transportation_mode: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        archived: bool | None | Unset
        if isinstance(self.archived, Unset):
            archived = UNSET
        else:
            archived = self.archived

        cargo_ready_date: None | str | Unset
        if isinstance(self.cargo_ready_date, Unset):
            cargo_ready_date = UNSET
        else:
            cargo_ready_date = self.cargo_ready_date

        currency_code: None | str | Unset
        if isinstance(self.currency_code, Unset):
            currency_code = UNSET
        else:
            currency_code = self.currency_code

        destination_location_ref: None | str | Unset
        if isinstance(self.destination_location_ref, Unset):
            destination_location_ref = UNSET
        else:
            destination_location_ref = self.destination_location_ref

        destination_port_ref: None | str | Unset
        if isinstance(self.destination_port_ref, Unset):
            destination_port_ref = UNSET
        else:
            destination_port_ref = self.destination_port_ref

        id = self.id

        incoterm: None | str | Unset
        if isinstance(self.incoterm, Unset):
            incoterm = UNSET
        else:
            incoterm = self.incoterm

        memo: None | str | Unset
        if isinstance(self.memo, Unset):
            memo = UNSET
        else:
            memo = self.memo

        must_arrive_date: None | str | Unset
        if isinstance(self.must_arrive_date, Unset):
            must_arrive_date = UNSET
        else:
            must_arrive_date = self.must_arrive_date

        name = self.name

        origin_location_ref: None | str | Unset
        if isinstance(self.origin_location_ref, Unset):
            origin_location_ref = UNSET
        else:
            origin_location_ref = self.origin_location_ref

        origin_port_ref: None | str | Unset
        if isinstance(self.origin_port_ref, Unset):
            origin_port_ref = UNSET
        else:
            origin_port_ref = self.origin_port_ref

        other_party_ref: None | str | Unset
        if isinstance(self.other_party_ref, Unset):
            other_party_ref = UNSET
        else:
            other_party_ref = self.other_party_ref

        po_line_items: list[dict[str, Any]] | None | Unset
        if isinstance(self.po_line_items, Unset):
            po_line_items = UNSET
        elif isinstance(self.po_line_items, list):
            po_line_items = []
            for po_line_items_type_0_item_data in self.po_line_items:
                po_line_items_type_0_item = po_line_items_type_0_item_data.to_dict()
                po_line_items.append(po_line_items_type_0_item)

        else:
            po_line_items = self.po_line_items

        role: None | str | Unset
        if isinstance(self.role, Unset):
            role = UNSET
        else:
            role = self.role

        transportation_mode: None | str | Unset
        if isinstance(self.transportation_mode, Unset):
            transportation_mode = UNSET
        else:
            transportation_mode = self.transportation_mode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if archived is not UNSET:
            field_dict["archived"] = archived
        if cargo_ready_date is not UNSET:
            field_dict["cargo_ready_date"] = cargo_ready_date
        if currency_code is not UNSET:
            field_dict["currency_code"] = currency_code
        if destination_location_ref is not UNSET:
            field_dict["destination_location_ref"] = destination_location_ref
        if destination_port_ref is not UNSET:
            field_dict["destination_port_ref"] = destination_port_ref
        if id is not UNSET:
            field_dict["id"] = id
        if incoterm is not UNSET:
            field_dict["incoterm"] = incoterm
        if memo is not UNSET:
            field_dict["memo"] = memo
        if must_arrive_date is not UNSET:
            field_dict["must_arrive_date"] = must_arrive_date
        if name is not UNSET:
            field_dict["name"] = name
        if origin_location_ref is not UNSET:
            field_dict["origin_location_ref"] = origin_location_ref
        if origin_port_ref is not UNSET:
            field_dict["origin_port_ref"] = origin_port_ref
        if other_party_ref is not UNSET:
            field_dict["other_party_ref"] = other_party_ref
        if po_line_items is not UNSET:
            field_dict["po_line_items"] = po_line_items
        if role is not UNSET:
            field_dict["role"] = role
        if transportation_mode is not UNSET:
            field_dict["transportation_mode"] = transportation_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_archived(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        archived = _parse_archived(d.pop("archived", UNSET))

        def _parse_cargo_ready_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cargo_ready_date = _parse_cargo_ready_date(d.pop("cargo_ready_date", UNSET))

        def _parse_currency_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        currency_code = _parse_currency_code(d.pop("currency_code", UNSET))

        def _parse_destination_location_ref(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        destination_location_ref = _parse_destination_location_ref(
            d.pop("destination_location_ref", UNSET)
        )

        def _parse_destination_port_ref(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        destination_port_ref = _parse_destination_port_ref(
            d.pop("destination_port_ref", UNSET)
        )

        id = d.pop("id", UNSET)

        def _parse_incoterm(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        incoterm = _parse_incoterm(d.pop("incoterm", UNSET))

        def _parse_memo(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        memo = _parse_memo(d.pop("memo", UNSET))

        def _parse_must_arrive_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        must_arrive_date = _parse_must_arrive_date(d.pop("must_arrive_date", UNSET))

        name = d.pop("name", UNSET)

        def _parse_origin_location_ref(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        origin_location_ref = _parse_origin_location_ref(
            d.pop("origin_location_ref", UNSET)
        )

        def _parse_origin_port_ref(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        origin_port_ref = _parse_origin_port_ref(d.pop("origin_port_ref", UNSET))

        def _parse_other_party_ref(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        other_party_ref = _parse_other_party_ref(d.pop("other_party_ref", UNSET))

        def _parse_po_line_items(
            data: object,
        ) -> list[PurchaseOrderLineItem] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                po_line_items_type_0 = []
                _po_line_items_type_0 = data
                for po_line_items_type_0_item_data in _po_line_items_type_0:
                    po_line_items_type_0_item = PurchaseOrderLineItem.from_dict(
                        po_line_items_type_0_item_data
                    )

                    po_line_items_type_0.append(po_line_items_type_0_item)

                return po_line_items_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[PurchaseOrderLineItem] | None | Unset, data)

        po_line_items = _parse_po_line_items(d.pop("po_line_items", UNSET))

        def _parse_role(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        role = _parse_role(d.pop("role", UNSET))

        def _parse_transportation_mode(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        transportation_mode = _parse_transportation_mode(
            d.pop("transportation_mode", UNSET)
        )

        purchase_order = cls(
            archived=archived,
            cargo_ready_date=cargo_ready_date,
            currency_code=currency_code,
            destination_location_ref=destination_location_ref,
            destination_port_ref=destination_port_ref,
            id=id,
            incoterm=incoterm,
            memo=memo,
            must_arrive_date=must_arrive_date,
            name=name,
            origin_location_ref=origin_location_ref,
            origin_port_ref=origin_port_ref,
            other_party_ref=other_party_ref,
            po_line_items=po_line_items,
            role=role,
            transportation_mode=transportation_mode,
        )

        if d:
            purchase_order.additional_properties = d
        return purchase_order

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


# At the end, once PurchaseOrder exists: a model that refers back to this one imports it from here.
if not TYPE_CHECKING:
    from ..models.purchase_order_line_item import PurchaseOrderLineItem  # noqa: E402
