from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.hs_code_model import HsCode
    from ..models.product_product_properties_type_0 import ProductProductPropertiesType0


T = TypeVar("T", bound="Product")


@_attrs_define(repr=False)
class Product:
    """
    Attributes:
        category (None | str | Unset):
        country_of_origin (None | str | Unset):
        hs_codes (list[HsCode] | None | Unset):
        id (int | Unset):
        name (None | str | Unset):
        product_properties (None | ProductProductPropertiesType0 | Unset):
        sku (None | str | Unset):
    """

    category: None | str | Unset = UNSET
    country_of_origin: None | str | Unset = UNSET
    hs_codes: list[HsCode] | None | Unset = UNSET
    id: int | Unset = UNSET
    name: None | str | Unset = UNSET
    product_properties: None | ProductProductPropertiesType0 | Unset = UNSET
    sku: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        category: None | str | Unset
        if isinstance(self.category, Unset):
            category = UNSET
        else:
            category = self.category

        country_of_origin: None | str | Unset
        if isinstance(self.country_of_origin, Unset):
            country_of_origin = UNSET
        else:
            country_of_origin = self.country_of_origin

        hs_codes: list[dict[str, Any]] | None | Unset
        if isinstance(self.hs_codes, Unset):
            hs_codes = UNSET
        elif isinstance(self.hs_codes, list):
            hs_codes = []
            for hs_codes_type_0_item_data in self.hs_codes:
                hs_codes_type_0_item = hs_codes_type_0_item_data.to_dict()
                hs_codes.append(hs_codes_type_0_item)

        else:
            hs_codes = self.hs_codes

        id = self.id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        product_properties: dict[str, Any] | None | Unset
        if isinstance(self.product_properties, Unset):
            product_properties = UNSET
        elif isinstance(self.product_properties, ProductProductPropertiesType0):
            product_properties = self.product_properties.to_dict()
        else:
            product_properties = self.product_properties

        sku: None | str | Unset
        if isinstance(self.sku, Unset):
            sku = UNSET
        else:
            sku = self.sku

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if category is not UNSET:
            field_dict["category"] = category
        if country_of_origin is not UNSET:
            field_dict["country_of_origin"] = country_of_origin
        if hs_codes is not UNSET:
            field_dict["hs_codes"] = hs_codes
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if product_properties is not UNSET:
            field_dict["product_properties"] = product_properties
        if sku is not UNSET:
            field_dict["sku"] = sku

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_category(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        category = _parse_category(d.pop("category", UNSET))

        def _parse_country_of_origin(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        country_of_origin = _parse_country_of_origin(d.pop("country_of_origin", UNSET))

        def _parse_hs_codes(data: object) -> list[HsCode] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                hs_codes_type_0 = []
                _hs_codes_type_0 = data
                for hs_codes_type_0_item_data in _hs_codes_type_0:
                    hs_codes_type_0_item = HsCode.from_dict(hs_codes_type_0_item_data)

                    hs_codes_type_0.append(hs_codes_type_0_item)

                return hs_codes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[HsCode] | None | Unset, data)

        hs_codes = _parse_hs_codes(d.pop("hs_codes", UNSET))

        id = d.pop("id", UNSET)

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_product_properties(
            data: object,
        ) -> None | ProductProductPropertiesType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                product_properties_type_0 = ProductProductPropertiesType0.from_dict(
                    data
                )

                return product_properties_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProductProductPropertiesType0 | Unset, data)

        product_properties = _parse_product_properties(
            d.pop("product_properties", UNSET)
        )

        def _parse_sku(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sku = _parse_sku(d.pop("sku", UNSET))

        product = cls(
            category=category,
            country_of_origin=country_of_origin,
            hs_codes=hs_codes,
            id=id,
            name=name,
            product_properties=product_properties,
            sku=sku,
        )

        if d:
            product.additional_properties = d
        return product

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


# At the end, once Product exists: a model that refers back to this one imports it from here.
if not TYPE_CHECKING:
    from ..models.hs_code_model import HsCode  # noqa: E402
    from ..models.product_product_properties_type_0 import ProductProductPropertiesType0  # noqa: E402
