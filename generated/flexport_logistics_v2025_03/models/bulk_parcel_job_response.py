from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bulk_parcel_job_parcel import BulkParcelJobParcel


T = TypeVar("T", bound="BulkParcelJobResponse")


@_attrs_define(repr=False)
class BulkParcelJobResponse:
    """
    Attributes:
        job_id (float):
        status (str):
        labels_url (str | Unset):
        parcels (list[BulkParcelJobParcel] | Unset):
    """

    job_id: float
    status: str
    labels_url: str | Unset = UNSET
    parcels: list[BulkParcelJobParcel] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        job_id = self.job_id

        status = self.status

        labels_url = self.labels_url

        parcels: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.parcels, Unset):
            parcels = []
            for parcels_item_data in self.parcels:
                parcels_item = parcels_item_data.to_dict()
                parcels.append(parcels_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "jobId": job_id,
                "status": status,
            }
        )
        if labels_url is not UNSET:
            field_dict["labelsUrl"] = labels_url
        if parcels is not UNSET:
            field_dict["parcels"] = parcels

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        job_id = d.pop("jobId")

        status = d.pop("status")

        labels_url = d.pop("labelsUrl", UNSET)

        _parcels = d.pop("parcels", UNSET)
        parcels: list[BulkParcelJobParcel] | Unset = UNSET
        if _parcels is not UNSET:
            parcels = []
            for parcels_item_data in _parcels:
                parcels_item = BulkParcelJobParcel.from_dict(parcels_item_data)

                parcels.append(parcels_item)

        bulk_parcel_job_response = cls(
            job_id=job_id,
            status=status,
            labels_url=labels_url,
            parcels=parcels,
        )

        if d:
            bulk_parcel_job_response.additional_properties = d
        return bulk_parcel_job_response

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


# At the end, once BulkParcelJobResponse exists: a model that refers back to this one imports it from here.
if not TYPE_CHECKING:
    from ..models.bulk_parcel_job_parcel import BulkParcelJobParcel  # noqa: E402
