from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pack_dims import PackDims
    from ..models.pack_item import PackItem


T = TypeVar("T", bound="PackDetail")


@_attrs_define(repr=False)
class PackDetail:
    """
    Attributes:
        box_id (None | str | Unset):
        carrier_name (None | str | Unset):
        carrier_scac (None | str | Unset):
        pack_dims (None | PackDims | Unset):
        pack_items (list[PackItem] | None | Unset):
        package_status (None | str | Unset): Carrier tracking state, e.g. PRE_TRANSIT.
        sscc (None | str | Unset):
        tracking_number (None | str | Unset):
    """

    box_id: None | str | Unset = UNSET
    carrier_name: None | str | Unset = UNSET
    carrier_scac: None | str | Unset = UNSET
    pack_dims: None | PackDims | Unset = UNSET
    pack_items: list[PackItem] | None | Unset = UNSET
    package_status: None | str | Unset = UNSET
    sscc: None | str | Unset = UNSET
    tracking_number: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        box_id: None | str | Unset
        if isinstance(self.box_id, Unset):
            box_id = UNSET
        else:
            box_id = self.box_id

        carrier_name: None | str | Unset
        if isinstance(self.carrier_name, Unset):
            carrier_name = UNSET
        else:
            carrier_name = self.carrier_name

        carrier_scac: None | str | Unset
        if isinstance(self.carrier_scac, Unset):
            carrier_scac = UNSET
        else:
            carrier_scac = self.carrier_scac

        pack_dims: dict[str, Any] | None | Unset
        if isinstance(self.pack_dims, Unset):
            pack_dims = UNSET
        elif isinstance(self.pack_dims, PackDims):
            pack_dims = self.pack_dims.to_dict()
        else:
            pack_dims = self.pack_dims

        pack_items: list[dict[str, Any]] | None | Unset
        if isinstance(self.pack_items, Unset):
            pack_items = UNSET
        elif isinstance(self.pack_items, list):
            pack_items = []
            for pack_items_type_0_item_data in self.pack_items:
                pack_items_type_0_item = pack_items_type_0_item_data.to_dict()
                pack_items.append(pack_items_type_0_item)

        else:
            pack_items = self.pack_items

        package_status: None | str | Unset
        if isinstance(self.package_status, Unset):
            package_status = UNSET
        else:
            package_status = self.package_status

        sscc: None | str | Unset
        if isinstance(self.sscc, Unset):
            sscc = UNSET
        else:
            sscc = self.sscc

        tracking_number: None | str | Unset
        if isinstance(self.tracking_number, Unset):
            tracking_number = UNSET
        else:
            tracking_number = self.tracking_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if box_id is not UNSET:
            field_dict["boxId"] = box_id
        if carrier_name is not UNSET:
            field_dict["carrierName"] = carrier_name
        if carrier_scac is not UNSET:
            field_dict["carrierSCAC"] = carrier_scac
        if pack_dims is not UNSET:
            field_dict["packDims"] = pack_dims
        if pack_items is not UNSET:
            field_dict["packItems"] = pack_items
        if package_status is not UNSET:
            field_dict["packageStatus"] = package_status
        if sscc is not UNSET:
            field_dict["sscc"] = sscc
        if tracking_number is not UNSET:
            field_dict["trackingNumber"] = tracking_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_box_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        box_id = _parse_box_id(d.pop("boxId", UNSET))

        def _parse_carrier_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        carrier_name = _parse_carrier_name(d.pop("carrierName", UNSET))

        def _parse_carrier_scac(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        carrier_scac = _parse_carrier_scac(d.pop("carrierSCAC", UNSET))

        def _parse_pack_dims(data: object) -> None | PackDims | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                pack_dims_type_1 = PackDims.from_dict(data)

                return pack_dims_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PackDims | Unset, data)

        pack_dims = _parse_pack_dims(d.pop("packDims", UNSET))

        def _parse_pack_items(data: object) -> list[PackItem] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                pack_items_type_0 = []
                _pack_items_type_0 = data
                for pack_items_type_0_item_data in _pack_items_type_0:
                    pack_items_type_0_item = PackItem.from_dict(
                        pack_items_type_0_item_data
                    )

                    pack_items_type_0.append(pack_items_type_0_item)

                return pack_items_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[PackItem] | None | Unset, data)

        pack_items = _parse_pack_items(d.pop("packItems", UNSET))

        def _parse_package_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        package_status = _parse_package_status(d.pop("packageStatus", UNSET))

        def _parse_sscc(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sscc = _parse_sscc(d.pop("sscc", UNSET))

        def _parse_tracking_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tracking_number = _parse_tracking_number(d.pop("trackingNumber", UNSET))

        pack_detail = cls(
            box_id=box_id,
            carrier_name=carrier_name,
            carrier_scac=carrier_scac,
            pack_dims=pack_dims,
            pack_items=pack_items,
            package_status=package_status,
            sscc=sscc,
            tracking_number=tracking_number,
        )

        if d:
            pack_detail.additional_properties = d
        return pack_detail

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


# At the end, once PackDetail exists: a model that refers back to this one imports it from here.
if not TYPE_CHECKING:
    from ..models.pack_dims import PackDims  # noqa: E402
    from ..models.pack_item import PackItem  # noqa: E402
