from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..models.inbound_rate_shopping_method import InboundRateShoppingMethod
from ..models.network_inbound_shipping_option import NetworkInboundShippingOption
from ..types import UNSET, Unset

T = TypeVar("T", bound="InboundRateQuoteFE")


@_attrs_define(repr=False)
class InboundRateQuoteFE:
    """
    Attributes:
        amount (float):
        currency (str):
        external_estimate_days (float):
        external_eta (datetime.datetime):
        id (float):
        provider_method (str):
        rate_shopping_method (InboundRateShoppingMethod):
        shipping_option (NetworkInboundShippingOption):
        shipping_provider (str):
        full_amount (float | Unset):
    """

    amount: float
    currency: str
    external_estimate_days: float
    external_eta: datetime.datetime
    id: float
    provider_method: str
    rate_shopping_method: InboundRateShoppingMethod
    shipping_option: NetworkInboundShippingOption
    shipping_provider: str
    full_amount: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        currency = self.currency

        external_estimate_days = self.external_estimate_days

        external_eta = self.external_eta.isoformat()

        id = self.id

        provider_method = self.provider_method

        rate_shopping_method = self.rate_shopping_method.value

        shipping_option = self.shipping_option.value

        shipping_provider = self.shipping_provider

        full_amount = self.full_amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount": amount,
                "currency": currency,
                "externalEstimateDays": external_estimate_days,
                "externalEta": external_eta,
                "id": id,
                "providerMethod": provider_method,
                "rateShoppingMethod": rate_shopping_method,
                "shippingOption": shipping_option,
                "shippingProvider": shipping_provider,
            }
        )
        if full_amount is not UNSET:
            field_dict["fullAmount"] = full_amount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        amount = d.pop("amount")

        currency = d.pop("currency")

        external_estimate_days = d.pop("externalEstimateDays")

        external_eta = datetime.datetime.fromisoformat(d.pop("externalEta"))

        id = d.pop("id")

        provider_method = d.pop("providerMethod")

        rate_shopping_method = InboundRateShoppingMethod._parse(
            d.pop("rateShoppingMethod")
        )

        shipping_option = NetworkInboundShippingOption._parse(d.pop("shippingOption"))

        shipping_provider = d.pop("shippingProvider")

        full_amount = d.pop("fullAmount", UNSET)

        inbound_rate_quote_fe = cls(
            amount=amount,
            currency=currency,
            external_estimate_days=external_estimate_days,
            external_eta=external_eta,
            id=id,
            provider_method=provider_method,
            rate_shopping_method=rate_shopping_method,
            shipping_option=shipping_option,
            shipping_provider=shipping_provider,
            full_amount=full_amount,
        )

        if d:
            inbound_rate_quote_fe.additional_properties = d
        return inbound_rate_quote_fe

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
