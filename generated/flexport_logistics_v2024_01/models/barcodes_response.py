from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import Unset

if TYPE_CHECKING:
    from ..models.barcodes_response_result_type_0 import BarcodesResponseResultType0


T = TypeVar("T", bound="BarcodesResponse")


@_attrs_define(repr=False)
class BarcodesResponse:
    """
    Attributes:
        logistics_sku (str):
        result (BarcodesResponseResultType0 | None): Outcome per barcode; a refusal carries a BarcodeResponseSubcode.
    """

    logistics_sku: str
    result: BarcodesResponseResultType0 | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        logistics_sku = self.logistics_sku

        result: dict[str, Any] | None
        if isinstance(self.result, BarcodesResponseResultType0):
            result = self.result.to_dict()
        else:
            result = self.result

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "logisticsSKU": logistics_sku,
                "result": result,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        logistics_sku = d.pop("logisticsSKU")

        def _parse_result(data: object) -> BarcodesResponseResultType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                result_type_0 = BarcodesResponseResultType0.from_dict(data)

                return result_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BarcodesResponseResultType0 | None, data)

        result = _parse_result(d.pop("result"))

        barcodes_response = cls(
            logistics_sku=logistics_sku,
            result=result,
        )

        if d:
            barcodes_response.additional_properties = d
        return barcodes_response

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


# At the end, once BarcodesResponse exists: a model that refers back to this one imports it from here.
if not TYPE_CHECKING:
    from ..models.barcodes_response_result_type_0 import BarcodesResponseResultType0  # noqa: E402
