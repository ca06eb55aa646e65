from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..models.incoterm import Incoterm
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.duty_payment_account_details import DutyPaymentAccountDetails


T = TypeVar("T", bound="TransportationDuties")


@_attrs_define(repr=False)
class TransportationDuties:
    """
    Attributes:
        duty_payment_account_details (DutyPaymentAccountDetails | None | Unset):
        eel_pfc (None | str | Unset):
        incoterm (Incoterm | None | Unset):
    """

    duty_payment_account_details: DutyPaymentAccountDetails | None | Unset = UNSET
    eel_pfc: None | str | Unset = UNSET
    incoterm: Incoterm | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        duty_payment_account_details: dict[str, Any] | None | Unset
        if isinstance(self.duty_payment_account_details, Unset):
            duty_payment_account_details = UNSET
        elif isinstance(self.duty_payment_account_details, DutyPaymentAccountDetails):
            duty_payment_account_details = self.duty_payment_account_details.to_dict()
        else:
            duty_payment_account_details = self.duty_payment_account_details

        eel_pfc: None | str | Unset
        if isinstance(self.eel_pfc, Unset):
            eel_pfc = UNSET
        else:
            eel_pfc = self.eel_pfc

        incoterm: None | str | Unset
        if isinstance(self.incoterm, Unset):
            incoterm = UNSET
        elif isinstance(self.incoterm, Incoterm):
            incoterm = self.incoterm.value
        else:
            incoterm = self.incoterm

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if duty_payment_account_details is not UNSET:
            field_dict["dutyPaymentAccountDetails"] = duty_payment_account_details
        if eel_pfc is not UNSET:
            field_dict["eelPfc"] = eel_pfc
        if incoterm is not UNSET:
            field_dict["incoterm"] = incoterm

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_duty_payment_account_details(
            data: object,
        ) -> DutyPaymentAccountDetails | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                duty_payment_account_details_type_1 = (
                    DutyPaymentAccountDetails.from_dict(data)
                )

                return duty_payment_account_details_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DutyPaymentAccountDetails | None | Unset, data)

        duty_payment_account_details = _parse_duty_payment_account_details(
            d.pop("dutyPaymentAccountDetails", UNSET)
        )

        def _parse_eel_pfc(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        eel_pfc = _parse_eel_pfc(d.pop("eelPfc", UNSET))

        def _parse_incoterm(data: object) -> Incoterm | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                incoterm_type_1 = Incoterm._parse(data)

                return incoterm_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Incoterm | None | Unset, data)

        incoterm = _parse_incoterm(d.pop("incoterm", UNSET))

        transportation_duties = cls(
            duty_payment_account_details=duty_payment_account_details,
            eel_pfc=eel_pfc,
            incoterm=incoterm,
        )

        if d:
            transportation_duties.additional_properties = d
        return transportation_duties

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


# At the end, once TransportationDuties exists: a model that refers back to this one imports it from here.
if not TYPE_CHECKING:
    from ..models.duty_payment_account_details import DutyPaymentAccountDetails  # noqa: E402
