from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..models.supported_trading_partner import SupportedTradingPartner
from ..types import Unset

if TYPE_CHECKING:
    from ..models.trading_partner_general_bol_field_required_general_gs_1_bol_info import (
        TradingPartnerGeneralBolFieldRequiredGeneralGs1BolInfo,
    )
    from ..models.trading_partner_general_bol_field_required_general_ltl_gs_1_bol_info import (
        TradingPartnerGeneralBolFieldRequiredGeneralLtlGs1BolInfo,
    )
    from ..models.trading_partner_general_bol_field_required_trading_partner_general_bol_info import (
        TradingPartnerGeneralBolFieldRequiredTradingPartnerGeneralBolInfo,
    )


T = TypeVar("T", bound="TradingPartnerDetails")


@_attrs_define(repr=False)
class TradingPartnerDetails:
    """
    Attributes:
        required_general_gs_1_bol_fields (list[TradingPartnerGeneralBolFieldRequiredGeneralGs1BolInfo]):
        required_general_ltl_gs_1_bol_fields (list[TradingPartnerGeneralBolFieldRequiredGeneralLtlGs1BolInfo]):
        required_trading_partner_general_bol_fields
            (list[TradingPartnerGeneralBolFieldRequiredTradingPartnerGeneralBolInfo]):
        trading_partner (SupportedTradingPartner):
    """

    required_general_gs_1_bol_fields: list[
        TradingPartnerGeneralBolFieldRequiredGeneralGs1BolInfo
    ]
    required_general_ltl_gs_1_bol_fields: list[
        TradingPartnerGeneralBolFieldRequiredGeneralLtlGs1BolInfo
    ]
    required_trading_partner_general_bol_fields: list[
        TradingPartnerGeneralBolFieldRequiredTradingPartnerGeneralBolInfo
    ]
    trading_partner: SupportedTradingPartner
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        required_general_gs_1_bol_fields = []
        for (
            required_general_gs_1_bol_fields_item_data
        ) in self.required_general_gs_1_bol_fields:
            required_general_gs_1_bol_fields_item = (
                required_general_gs_1_bol_fields_item_data.to_dict()
            )
            required_general_gs_1_bol_fields.append(
                required_general_gs_1_bol_fields_item
            )

        required_general_ltl_gs_1_bol_fields = []
        for (
            required_general_ltl_gs_1_bol_fields_item_data
        ) in self.required_general_ltl_gs_1_bol_fields:
            required_general_ltl_gs_1_bol_fields_item = (
                required_general_ltl_gs_1_bol_fields_item_data.to_dict()
            )
            required_general_ltl_gs_1_bol_fields.append(
                required_general_ltl_gs_1_bol_fields_item
            )

        required_trading_partner_general_bol_fields = []
        for (
            required_trading_partner_general_bol_fields_item_data
        ) in self.required_trading_partner_general_bol_fields:
            required_trading_partner_general_bol_fields_item = (
                required_trading_partner_general_bol_fields_item_data.to_dict()
            )
            required_trading_partner_general_bol_fields.append(
                required_trading_partner_general_bol_fields_item
            )

        trading_partner = self.trading_partner.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "requiredGeneralGs1BolFields": required_general_gs_1_bol_fields,
                "requiredGeneralLtlGs1BolFields": required_general_ltl_gs_1_bol_fields,
                "requiredTradingPartnerGeneralBolFields": required_trading_partner_general_bol_fields,
                "tradingPartner": trading_partner,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        required_general_gs_1_bol_fields = []
        _required_general_gs_1_bol_fields = d.pop("requiredGeneralGs1BolFields")
        for (
            required_general_gs_1_bol_fields_item_data
        ) in _required_general_gs_1_bol_fields:
            required_general_gs_1_bol_fields_item = (
                TradingPartnerGeneralBolFieldRequiredGeneralGs1BolInfo.from_dict(
                    required_general_gs_1_bol_fields_item_data
                )
            )

            required_general_gs_1_bol_fields.append(
                required_general_gs_1_bol_fields_item
            )

        required_general_ltl_gs_1_bol_fields = []
        _required_general_ltl_gs_1_bol_fields = d.pop("requiredGeneralLtlGs1BolFields")
        for (
            required_general_ltl_gs_1_bol_fields_item_data
        ) in _required_general_ltl_gs_1_bol_fields:
            required_general_ltl_gs_1_bol_fields_item = (
                TradingPartnerGeneralBolFieldRequiredGeneralLtlGs1BolInfo.from_dict(
                    required_general_ltl_gs_1_bol_fields_item_data
                )
            )

            required_general_ltl_gs_1_bol_fields.append(
                required_general_ltl_gs_1_bol_fields_item
            )

        required_trading_partner_general_bol_fields = []
        _required_trading_partner_general_bol_fields = d.pop(
            "requiredTradingPartnerGeneralBolFields"
        )
        for (
            required_trading_partner_general_bol_fields_item_data
        ) in _required_trading_partner_general_bol_fields:
            required_trading_partner_general_bol_fields_item = TradingPartnerGeneralBolFieldRequiredTradingPartnerGeneralBolInfo.from_dict(
                required_trading_partner_general_bol_fields_item_data
            )

            required_trading_partner_general_bol_fields.append(
                required_trading_partner_general_bol_fields_item
            )

        trading_partner = SupportedTradingPartner._parse(d.pop("tradingPartner"))

        trading_partner_details = cls(
            required_general_gs_1_bol_fields=required_general_gs_1_bol_fields,
            required_general_ltl_gs_1_bol_fields=required_general_ltl_gs_1_bol_fields,
            required_trading_partner_general_bol_fields=required_trading_partner_general_bol_fields,
            trading_partner=trading_partner,
        )

        if d:
            trading_partner_details.additional_properties = d
        return trading_partner_details

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


# At the end, once TradingPartnerDetails exists: a model that refers back to this one imports it from here.
if not TYPE_CHECKING:
    from ..models.trading_partner_general_bol_field_required_general_gs_1_bol_info import (
        TradingPartnerGeneralBolFieldRequiredGeneralGs1BolInfo,  # noqa: E402
    )
    from ..models.trading_partner_general_bol_field_required_general_ltl_gs_1_bol_info import (
        TradingPartnerGeneralBolFieldRequiredGeneralLtlGs1BolInfo,  # noqa: E402
    )
    from ..models.trading_partner_general_bol_field_required_trading_partner_general_bol_info import (
        TradingPartnerGeneralBolFieldRequiredTradingPartnerGeneralBolInfo,  # noqa: E402
    )
