from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import Unset

if TYPE_CHECKING:
    from ..models.products_bundle_content import ProductsBundleContent


T = TypeVar("T", bound="ApiBundle")


@_attrs_define(repr=False)
class ApiBundle:
    """
    Attributes:
        bundle_contents (list[ProductsBundleContent]):
        external_bundle_id (str):
        sku (str):
        title (str):
    """

    bundle_contents: list[ProductsBundleContent]
    external_bundle_id: str
    sku: str
    title: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bundle_contents = []
        for bundle_contents_item_data in self.bundle_contents:
            bundle_contents_item = bundle_contents_item_data.to_dict()
            bundle_contents.append(bundle_contents_item)

        external_bundle_id = self.external_bundle_id

        sku = self.sku

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bundleContents": bundle_contents,
                "externalBundleId": external_bundle_id,
                "sku": sku,
                "title": title,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        bundle_contents = []
        _bundle_contents = d.pop("bundleContents")
        for bundle_contents_item_data in _bundle_contents:
            bundle_contents_item = ProductsBundleContent.from_dict(
                bundle_contents_item_data
            )

            bundle_contents.append(bundle_contents_item)

        external_bundle_id = d.pop("externalBundleId")

        sku = d.pop("sku")

        title = d.pop("title")

        api_bundle = cls(
            bundle_contents=bundle_contents,
            external_bundle_id=external_bundle_id,
            sku=sku,
            title=title,
        )

        if d:
            api_bundle.additional_properties = d
        return api_bundle

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


# At the end, once ApiBundle exists: a model that refers back to this one imports it from here.
if not TYPE_CHECKING:
    from ..models.products_bundle_content import ProductsBundleContent  # noqa: E402
