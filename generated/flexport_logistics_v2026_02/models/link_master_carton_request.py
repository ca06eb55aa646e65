from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import Unset

T = TypeVar("T", bound="LinkMasterCartonRequest")


@_attrs_define(repr=False)
class LinkMasterCartonRequest:
    """
    Attributes:
        master_carton_barcode (str):
        tracking_codes (list[str]):
    """

    master_carton_barcode: str
    tracking_codes: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        master_carton_barcode = self.master_carton_barcode

        tracking_codes = self.tracking_codes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "masterCartonBarcode": master_carton_barcode,
                "trackingCodes": tracking_codes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        master_carton_barcode = d.pop("masterCartonBarcode")

        tracking_codes = cast(list[str], d.pop("trackingCodes"))

        link_master_carton_request = cls(
            master_carton_barcode=master_carton_barcode,
            tracking_codes=tracking_codes,
        )

        if d:
            link_master_carton_request.additional_properties = d
        return link_master_carton_request

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
