from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.customs_input import CustomsInput
    from ..models.dimension import Dimension


T = TypeVar("T", bound="CreateProductModel")


@_attrs_define(repr=False)
class CreateProductModel:
    """
    Attributes:
        merchant_sku (str):
        name (str):
        customs_information (CustomsInput | Unset): Customs data; needed only for international shipping.
        dimensions (Dimension | Unset):
    """

    merchant_sku: str
    name: str
    customs_information: CustomsInput | Unset = UNSET
    dimensions: Dimension | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        merchant_sku = self.merchant_sku

        name = self.name

        customs_information: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customs_information, Unset):
            customs_information = self.customs_information.to_dict()

        dimensions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dimensions, Unset):
            dimensions = self.dimensions.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "merchantSku": merchant_sku,
                "name": name,
            }
        )
        if customs_information is not UNSET:
            field_dict["customsInformation"] = customs_information
        if dimensions is not UNSET:
            field_dict["dimensions"] = dimensions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        merchant_sku = d.pop("merchantSku")

        name = d.pop("name")

        _customs_information = d.pop("customsInformation", UNSET)
        customs_information: CustomsInput | Unset
        if isinstance(_customs_information, Unset):
            customs_information = UNSET
        else:
            customs_information = CustomsInput.from_dict(_customs_information)

        _dimensions = d.pop("dimensions", UNSET)
        dimensions: Dimension | Unset
        if isinstance(_dimensions, Unset):
            dimensions = UNSET
        else:
            dimensions = Dimension.from_dict(_dimensions)

        create_product_model = cls(
            merchant_sku=merchant_sku,
            name=name,
            customs_information=customs_information,
            dimensions=dimensions,
        )

        if d:
            create_product_model.additional_properties = d
        return create_product_model

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


# At the end, once CreateProductModel exists: a model that refers back to this one imports it from here.
if not TYPE_CHECKING:
    from ..models.customs_input import CustomsInput  # noqa: E402
    from ..models.dimension import Dimension  # noqa: E402
