from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.customs_input import CustomsInput
    from ..models.dimension import Dimension


T = TypeVar("T", bound="ApiProductResponse")


@_attrs_define(repr=False)
class ApiProductResponse:
    """
    Attributes:
        barcodes (list[str]):
        dims_locked (bool): True once weight and dimensions are verified; they can no longer change.
        logistics_sku (str):
        merchant_sku (str):
        name (str):
        created_at (datetime.datetime | Unset):
        dimensions (Dimension | Unset):
        international (CustomsInput | Unset): Customs data; needed only for international shipping.
        updated_at (datetime.datetime | Unset):
    """

    barcodes: list[str]
    dims_locked: bool
    logistics_sku: str
    merchant_sku: str
    name: str
    created_at: datetime.datetime | Unset = UNSET
    dimensions: Dimension | Unset = UNSET
    international: CustomsInput | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        barcodes = self.barcodes

        dims_locked = self.dims_locked

        logistics_sku = self.logistics_sku

        merchant_sku = self.merchant_sku

        name = self.name

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        dimensions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dimensions, Unset):
            dimensions = self.dimensions.to_dict()

        international: dict[str, Any] | Unset = UNSET
        if not isinstance(self.international, Unset):
            international = self.international.to_dict()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "barcodes": barcodes,
                "dimsLocked": dims_locked,
                "logisticsSku": logistics_sku,
                "merchantSku": merchant_sku,
                "name": name,
            }
        )
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if dimensions is not UNSET:
            field_dict["dimensions"] = dimensions
        if international is not UNSET:
            field_dict["international"] = international
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        barcodes = cast(list[str], d.pop("barcodes"))

        dims_locked = d.pop("dimsLocked")

        logistics_sku = d.pop("logisticsSku")

        merchant_sku = d.pop("merchantSku")

        name = d.pop("name")

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _dimensions = d.pop("dimensions", UNSET)
        dimensions: Dimension | Unset
        if isinstance(_dimensions, Unset):
            dimensions = UNSET
        else:
            dimensions = Dimension.from_dict(_dimensions)

        _international = d.pop("international", UNSET)
        international: CustomsInput | Unset
        if isinstance(_international, Unset):
            international = UNSET
        else:
            international = CustomsInput.from_dict(_international)

        _updated_at = d.pop("updatedAt", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        api_product_response = cls(
            barcodes=barcodes,
            dims_locked=dims_locked,
            logistics_sku=logistics_sku,
            merchant_sku=merchant_sku,
            name=name,
            created_at=created_at,
            dimensions=dimensions,
            international=international,
            updated_at=updated_at,
        )

        if d:
            api_product_response.additional_properties = d
        return api_product_response

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


# At the end, once ApiProductResponse exists: a model that refers back to this one imports it from here.
if not TYPE_CHECKING:
    from ..models.customs_input import CustomsInput  # noqa: E402
    from ..models.dimension import Dimension  # noqa: E402
