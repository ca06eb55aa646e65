from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.time_window import TimeWindow


T = TypeVar("T", bound="FreightAddress")


@_attrs_define(repr=False)
class FreightAddress:
    """
    Attributes:
        city (str):
        country (str):
        state (str):
        street1 (str):
        zip_ (str):
        company (str | Unset):
        street2 (str | Unset):
        working_hours (TimeWindow | Unset):
    """

    city: str
    country: str
    state: str
    street1: str
    zip_: str
    company: str | Unset = UNSET
    street2: str | Unset = UNSET
    working_hours: TimeWindow | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        city = self.city

        country = self.country

        state = self.state

        street1 = self.street1

        zip_ = self.zip_

        company = self.company

        street2 = self.street2

        working_hours: dict[str, Any] | Unset = UNSET
        if not isinstance(self.working_hours, Unset):
            working_hours = self.working_hours.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "city": city,
                "country": country,
                "state": state,
                "street1": street1,
                "zip": zip_,
            }
        )
        if company is not UNSET:
            field_dict["company"] = company
        if street2 is not UNSET:
            field_dict["street2"] = street2
        if working_hours is not UNSET:
            field_dict["workingHours"] = working_hours

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        city = d.pop("city")

        country = d.pop("country")

        state = d.pop("state")

        street1 = d.pop("street1")

        zip_ = d.pop("zip")

        company = d.pop("company", UNSET)

        street2 = d.pop("street2", UNSET)

        _working_hours = d.pop("workingHours", UNSET)
        working_hours: TimeWindow | Unset
        if isinstance(_working_hours, Unset):
            working_hours = UNSET
        else:
            working_hours = TimeWindow.from_dict(_working_hours)

        freight_address = cls(
            city=city,
            country=country,
            state=state,
            street1=street1,
            zip_=zip_,
            company=company,
            street2=street2,
            working_hours=working_hours,
        )

        if d:
            freight_address.additional_properties = d
        return freight_address

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


# At the end, once FreightAddress exists: a model that refers back to this one imports it from here.
if not TYPE_CHECKING:
    from ..models.time_window import TimeWindow  # noqa: E402
