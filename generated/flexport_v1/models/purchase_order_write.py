from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.purchase_order_line_item_write import PurchaseOrderLineItemWrite


T = TypeVar("T", bound="PurchaseOrderWrite")


@_attrs_define(repr=False)
class PurchaseOrderWrite:
    """Create needs name, role, other_party_ref, currency_code, transportation_mode and po_line_items; replace needs role,
    other_party_ref, currency_code, transportation_mode and the attribute named by key (id or name).

        Attributes:
            currency_code (str):
            other_party_ref (str):
            role (str): buyer or seller
            transportation_mode (str):
            archived (bool | Unset):
            cargo_ready_date (str | Unset):
            destination_location_ref (None | str | Unset):
            destination_port_ref (None | str | Unset):
            id (int | Unset):
            incoterm (str | Unset):
            memo (None | str | Unset):
            must_arrive_date (str | Unset):
            name (str | Unset):
            origin_location_ref (None | str | Unset):
            origin_port_ref (None | str | Unset):
            po_line_items (list[PurchaseOrderLineItemWrite] | Unset):
    """

    currency_code: str
    other_party_ref: str
    role: str
    transportation_mode: str
    archived: bool | Unset = UNSET
    cargo_ready_date: str | Unset = UNSET
    destination_location_ref: None | str | Unset = UNSET
    destination_port_ref: None | str | Unset = UNSET
    id: int | Unset = UNSET
    incoterm: str | Unset = UNSET
    memo: None | str | Unset = UNSET
    must_arrive_date: str | Unset = UNSET
    name: str | Unset = UNSET
    origin_location_ref: None | str | Unset = UNSET
    origin_port_ref: None | str | Unset = UNSET
    po_line_items: list[PurchaseOrderLineItemWrite] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        currency_code = self.currency_code

        other_party_ref = self.other_party_ref

        role = self.role

        transportation_mode = self.transportation_mode

        archived = self.archived

        cargo_ready_date = self.cargo_ready_date

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

        incoterm = self.incoterm

        memo: None | str | Unset
        if isinstance(self.memo, Unset):
            memo = UNSET
        else:
            memo = self.memo

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

        po_line_items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.po_line_items, Unset):
            po_line_items = []
            for po_line_items_item_data in self.po_line_items:
                po_line_items_item = po_line_items_item_data.to_dict()
                po_line_items.append(po_line_items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "currency_code": currency_code,
                "other_party_ref": other_party_ref,
                "role": role,
                "transportation_mode": transportation_mode,
            }
        )
        if archived is not UNSET:
            field_dict["archived"] = archived
        if cargo_ready_date is not UNSET:
            field_dict["cargo_ready_date"] = cargo_ready_date
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
        if po_line_items is not UNSET:
            field_dict["po_line_items"] = po_line_items

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        currency_code = d.pop("currency_code")

        other_party_ref = d.pop("other_party_ref")

        role = d.pop("role")

        transportation_mode = d.pop("transportation_mode")

        archived = d.pop("archived", UNSET)

        cargo_ready_date = d.pop("cargo_ready_date", UNSET)

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

        incoterm = d.pop("incoterm", UNSET)

        def _parse_memo(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        memo = _parse_memo(d.pop("memo", UNSET))

        must_arrive_date = d.pop("must_arrive_date", UNSET)

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

        _po_line_items = d.pop("po_line_items", UNSET)
        po_line_items: list[PurchaseOrderLineItemWrite] | Unset = UNSET
        if _po_line_items is not UNSET:
            po_line_items = []
            for po_line_items_item_data in _po_line_items:
                po_line_items_item = PurchaseOrderLineItemWrite.from_dict(
                    po_line_items_item_data
                )

                po_line_items.append(po_line_items_item)

        purchase_order_write = cls(
            currency_code=currency_code,
            other_party_ref=other_party_ref,
            role=role,
            transportation_mode=transportation_mode,
            archived=archived,
            cargo_ready_date=cargo_ready_date,
            destination_location_ref=destination_location_ref,
            destination_port_ref=destination_port_ref,
            id=id,
            incoterm=incoterm,
            memo=memo,
            must_arrive_date=must_arrive_date,
            name=name,
            origin_location_ref=origin_location_ref,
            origin_port_ref=origin_port_ref,
            po_line_items=po_line_items,
        )

        if d:
            purchase_order_write.additional_properties = d
        return purchase_order_write

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


# At the end, once PurchaseOrderWrite exists: a model that refers back to this one imports it from here.
if not TYPE_CHECKING:
    from ..models.purchase_order_line_item_write import PurchaseOrderLineItemWrite  # noqa: E402
