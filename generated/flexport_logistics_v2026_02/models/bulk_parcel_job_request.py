from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import Unset

if TYPE_CHECKING:
    from ..models.bulk_parcel_request import BulkParcelRequest


T = TypeVar("T", bound="BulkParcelJobRequest")


@_attrs_define(repr=False)
class BulkParcelJobRequest:
    """
    Attributes:
        packslip_required (bool):
        parcels (list[BulkParcelRequest]):
    """

    packslip_required: bool
    parcels: list[BulkParcelRequest]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        packslip_required = self.packslip_required

        parcels = []
        for parcels_item_data in self.parcels:
            parcels_item = parcels_item_data.to_dict()
            parcels.append(parcels_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "packslipRequired": packslip_required,
                "parcels": parcels,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        packslip_required = d.pop("packslipRequired")

        parcels = []
        _parcels = d.pop("parcels")
        for parcels_item_data in _parcels:
            parcels_item = BulkParcelRequest.from_dict(parcels_item_data)

            parcels.append(parcels_item)

        bulk_parcel_job_request = cls(
            packslip_required=packslip_required,
            parcels=parcels,
        )

        if d:
            bulk_parcel_job_request.additional_properties = d
        return bulk_parcel_job_request

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


# At the end, once BulkParcelJobRequest exists: a model that refers back to this one imports it from here.
if not TYPE_CHECKING:
    from ..models.bulk_parcel_request import BulkParcelRequest  # noqa: E402
