from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..models.incoterm import Incoterm
from ..models.merchant_of_record_provider import MerchantOfRecordProvider
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.merchant_of_record_sku_map_input import MerchantOfRecordSkuMapInput


T = TypeVar("T", bound="DutiesInput")


@_attrs_define(repr=False)
class DutiesInput:
    """
    Attributes:
        merchant_of_record_account_id (str):
        merchant_of_record_order_id (str):
        merchant_of_record_provider (MerchantOfRecordProvider):
        incoterm (Incoterm | None | Unset):
        merchant_of_record_carrier_code (None | str | Unset):
        merchant_of_record_sku_map (list[MerchantOfRecordSkuMapInput | None] | None | Unset):
    """

    merchant_of_record_account_id: str
    merchant_of_record_order_id: str
    merchant_of_record_provider: MerchantOfRecordProvider
    incoterm: Incoterm | None | Unset = UNSET
    merchant_of_record_carrier_code: None | str | Unset = UNSET
    merchant_of_record_sku_map: (
        list[MerchantOfRecordSkuMapInput | None] | None | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        merchant_of_record_account_id = self.merchant_of_record_account_id

        merchant_of_record_order_id = self.merchant_of_record_order_id

        merchant_of_record_provider = self.merchant_of_record_provider.value

        incoterm: None | str | Unset
        if isinstance(self.incoterm, Unset):
            incoterm = UNSET
        elif isinstance(self.incoterm, Incoterm):
            incoterm = self.incoterm.value
        else:
            incoterm = self.incoterm

        merchant_of_record_carrier_code: None | str | Unset
        if isinstance(self.merchant_of_record_carrier_code, Unset):
            merchant_of_record_carrier_code = UNSET
        else:
            merchant_of_record_carrier_code = self.merchant_of_record_carrier_code

        merchant_of_record_sku_map: list[dict[str, Any] | None] | None | Unset
        if isinstance(self.merchant_of_record_sku_map, Unset):
            merchant_of_record_sku_map = UNSET
        elif isinstance(self.merchant_of_record_sku_map, list):
            merchant_of_record_sku_map = []
            for (
                merchant_of_record_sku_map_type_0_item_data
            ) in self.merchant_of_record_sku_map:
                merchant_of_record_sku_map_type_0_item: dict[str, Any] | None
                if isinstance(
                    merchant_of_record_sku_map_type_0_item_data,
                    MerchantOfRecordSkuMapInput,
                ):
                    merchant_of_record_sku_map_type_0_item = (
                        merchant_of_record_sku_map_type_0_item_data.to_dict()
                    )
                else:
                    merchant_of_record_sku_map_type_0_item = (
                        merchant_of_record_sku_map_type_0_item_data
                    )
                merchant_of_record_sku_map.append(
                    merchant_of_record_sku_map_type_0_item
                )

        else:
            merchant_of_record_sku_map = self.merchant_of_record_sku_map

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "merchantOfRecordAccountId": merchant_of_record_account_id,
                "merchantOfRecordOrderId": merchant_of_record_order_id,
                "merchantOfRecordProvider": merchant_of_record_provider,
            }
        )
        if incoterm is not UNSET:
            field_dict["incoterm"] = incoterm
        if merchant_of_record_carrier_code is not UNSET:
            field_dict["merchantOfRecordCarrierCode"] = merchant_of_record_carrier_code
        if merchant_of_record_sku_map is not UNSET:
            field_dict["merchantOfRecordSkuMap"] = merchant_of_record_sku_map

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        merchant_of_record_account_id = d.pop("merchantOfRecordAccountId")

        merchant_of_record_order_id = d.pop("merchantOfRecordOrderId")

        merchant_of_record_provider = MerchantOfRecordProvider._parse(
            d.pop("merchantOfRecordProvider")
        )

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

        def _parse_merchant_of_record_carrier_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        merchant_of_record_carrier_code = _parse_merchant_of_record_carrier_code(
            d.pop("merchantOfRecordCarrierCode", UNSET)
        )

        def _parse_merchant_of_record_sku_map(
            data: object,
        ) -> list[MerchantOfRecordSkuMapInput | None] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                merchant_of_record_sku_map_type_0 = []
                _merchant_of_record_sku_map_type_0 = data
                for (
                    merchant_of_record_sku_map_type_0_item_data
                ) in _merchant_of_record_sku_map_type_0:

                    def _parse_merchant_of_record_sku_map_type_0_item(
                        data: object,
                    ) -> MerchantOfRecordSkuMapInput | None:
                        if data is None:
                            return data
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            merchant_of_record_sku_map_type_0_item_type_1 = (
                                MerchantOfRecordSkuMapInput.from_dict(data)
                            )

                            return merchant_of_record_sku_map_type_0_item_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        return cast(MerchantOfRecordSkuMapInput | None, data)

                    merchant_of_record_sku_map_type_0_item = (
                        _parse_merchant_of_record_sku_map_type_0_item(
                            merchant_of_record_sku_map_type_0_item_data
                        )
                    )

                    merchant_of_record_sku_map_type_0.append(
                        merchant_of_record_sku_map_type_0_item
                    )

                return merchant_of_record_sku_map_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[MerchantOfRecordSkuMapInput | None] | None | Unset, data)

        merchant_of_record_sku_map = _parse_merchant_of_record_sku_map(
            d.pop("merchantOfRecordSkuMap", UNSET)
        )

        duties_input = cls(
            merchant_of_record_account_id=merchant_of_record_account_id,
            merchant_of_record_order_id=merchant_of_record_order_id,
            merchant_of_record_provider=merchant_of_record_provider,
            incoterm=incoterm,
            merchant_of_record_carrier_code=merchant_of_record_carrier_code,
            merchant_of_record_sku_map=merchant_of_record_sku_map,
        )

        if d:
            duties_input.additional_properties = d
        return duties_input

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


# At the end, once DutiesInput exists: a model that refers back to this one imports it from here.
if not TYPE_CHECKING:
    from ..models.merchant_of_record_sku_map_input import MerchantOfRecordSkuMapInput  # noqa: E402
