from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..models.shipping_label_format import ShippingLabelFormat
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_label_footer_fields import CustomLabelFooterFields
    from ..models.deliverr_address import DeliverrAddress
    from ..models.parcel_customs_information import ParcelCustomsInformation
    from ..models.parcel_dimensions import ParcelDimensions


T = TypeVar("T", bound="BulkParcelRequest")


@_attrs_define(repr=False)
class BulkParcelRequest:
    """
    Attributes:
        dimensions (ParcelDimensions):
        service_level (str):
        ship_to_address (DeliverrAddress):
        custom_label_footer_fields (CustomLabelFooterFields | Unset):
        customer_custom_field (str | Unset):
        customer_parcel_id (str | Unset):
        customs_information (ParcelCustomsInformation | Unset):
        injection_location (str | Unset):
        integration_channel (str | Unset):
        is_return (bool | Unset): Create a return label.
        label_format (ShippingLabelFormat | str | Unset):
        marketplace (str | Unset):
        packslip_notes (str | Unset):
        pickup_date_time (datetime.datetime | Unset):
        return_address (DeliverrAddress | Unset):
        skip_address_validation (bool | Unset):
    """

    dimensions: ParcelDimensions
    service_level: str
    ship_to_address: DeliverrAddress
    custom_label_footer_fields: CustomLabelFooterFields | Unset = UNSET
    customer_custom_field: str | Unset = UNSET
    customer_parcel_id: str | Unset = UNSET
    customs_information: ParcelCustomsInformation | Unset = UNSET
    injection_location: str | Unset = UNSET
    integration_channel: str | Unset = UNSET
    is_return: bool | Unset = UNSET
    label_format: ShippingLabelFormat | str | Unset = UNSET
    marketplace: str | Unset = UNSET
    packslip_notes: str | Unset = UNSET
    pickup_date_time: datetime.datetime | Unset = UNSET
    return_address: DeliverrAddress | Unset = UNSET
    skip_address_validation: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dimensions = self.dimensions.to_dict()

        service_level = self.service_level

        ship_to_address = self.ship_to_address.to_dict()

        custom_label_footer_fields: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_label_footer_fields, Unset):
            custom_label_footer_fields = self.custom_label_footer_fields.to_dict()

        customer_custom_field = self.customer_custom_field

        customer_parcel_id = self.customer_parcel_id

        customs_information: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customs_information, Unset):
            customs_information = self.customs_information.to_dict()

        injection_location = self.injection_location

        integration_channel = self.integration_channel

        is_return = self.is_return

        label_format: str | Unset
        if isinstance(self.label_format, Unset):
            label_format = UNSET
        elif isinstance(self.label_format, ShippingLabelFormat):
            label_format = self.label_format.value
        else:
            label_format = self.label_format

        marketplace = self.marketplace

        packslip_notes = self.packslip_notes

        pickup_date_time: str | Unset = UNSET
        if not isinstance(self.pickup_date_time, Unset):
            pickup_date_time = self.pickup_date_time.isoformat()

        return_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.return_address, Unset):
            return_address = self.return_address.to_dict()

        skip_address_validation = self.skip_address_validation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dimensions": dimensions,
                "serviceLevel": service_level,
                "shipToAddress": ship_to_address,
            }
        )
        if custom_label_footer_fields is not UNSET:
            field_dict["customLabelFooterFields"] = custom_label_footer_fields
        if customer_custom_field is not UNSET:
            field_dict["customerCustomField"] = customer_custom_field
        if customer_parcel_id is not UNSET:
            field_dict["customerParcelId"] = customer_parcel_id
        if customs_information is not UNSET:
            field_dict["customsInformation"] = customs_information
        if injection_location is not UNSET:
            field_dict["injectionLocation"] = injection_location
        if integration_channel is not UNSET:
            field_dict["integrationChannel"] = integration_channel
        if is_return is not UNSET:
            field_dict["isReturn"] = is_return
        if label_format is not UNSET:
            field_dict["labelFormat"] = label_format
        if marketplace is not UNSET:
            field_dict["marketplace"] = marketplace
        if packslip_notes is not UNSET:
            field_dict["packslipNotes"] = packslip_notes
        if pickup_date_time is not UNSET:
            field_dict["pickupDateTime"] = pickup_date_time
        if return_address is not UNSET:
            field_dict["returnAddress"] = return_address
        if skip_address_validation is not UNSET:
            field_dict["skipAddressValidation"] = skip_address_validation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        dimensions = ParcelDimensions.from_dict(d.pop("dimensions"))

        service_level = d.pop("serviceLevel")

        ship_to_address = DeliverrAddress.from_dict(d.pop("shipToAddress"))

        _custom_label_footer_fields = d.pop("customLabelFooterFields", UNSET)
        custom_label_footer_fields: CustomLabelFooterFields | Unset
        if isinstance(_custom_label_footer_fields, Unset):
            custom_label_footer_fields = UNSET
        else:
            custom_label_footer_fields = CustomLabelFooterFields.from_dict(
                _custom_label_footer_fields
            )

        customer_custom_field = d.pop("customerCustomField", UNSET)

        customer_parcel_id = d.pop("customerParcelId", UNSET)

        _customs_information = d.pop("customsInformation", UNSET)
        customs_information: ParcelCustomsInformation | Unset
        if isinstance(_customs_information, Unset):
            customs_information = UNSET
        else:
            customs_information = ParcelCustomsInformation.from_dict(
                _customs_information
            )

        injection_location = d.pop("injectionLocation", UNSET)

        integration_channel = d.pop("integrationChannel", UNSET)

        is_return = d.pop("isReturn", UNSET)

        def _parse_label_format(data: object) -> ShippingLabelFormat | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_shipping_label_format_parcel_type_0 = (
                    ShippingLabelFormat._parse(data)
                )

                return componentsschemas_shipping_label_format_parcel_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ShippingLabelFormat | str | Unset, data)

        label_format = _parse_label_format(d.pop("labelFormat", UNSET))

        marketplace = d.pop("marketplace", UNSET)

        packslip_notes = d.pop("packslipNotes", UNSET)

        _pickup_date_time = d.pop("pickupDateTime", UNSET)
        pickup_date_time: datetime.datetime | Unset
        if isinstance(_pickup_date_time, Unset):
            pickup_date_time = UNSET
        else:
            pickup_date_time = datetime.datetime.fromisoformat(_pickup_date_time)

        _return_address = d.pop("returnAddress", UNSET)
        return_address: DeliverrAddress | Unset
        if isinstance(_return_address, Unset):
            return_address = UNSET
        else:
            return_address = DeliverrAddress.from_dict(_return_address)

        skip_address_validation = d.pop("skipAddressValidation", UNSET)

        bulk_parcel_request = cls(
            dimensions=dimensions,
            service_level=service_level,
            ship_to_address=ship_to_address,
            custom_label_footer_fields=custom_label_footer_fields,
            customer_custom_field=customer_custom_field,
            customer_parcel_id=customer_parcel_id,
            customs_information=customs_information,
            injection_location=injection_location,
            integration_channel=integration_channel,
            is_return=is_return,
            label_format=label_format,
            marketplace=marketplace,
            packslip_notes=packslip_notes,
            pickup_date_time=pickup_date_time,
            return_address=return_address,
            skip_address_validation=skip_address_validation,
        )

        if d:
            bulk_parcel_request.additional_properties = d
        return bulk_parcel_request

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


# At the end, once BulkParcelRequest exists: a model that refers back to this one imports it from here.
if not TYPE_CHECKING:
    from ..models.custom_label_footer_fields import CustomLabelFooterFields  # noqa: E402
    from ..models.deliverr_address import DeliverrAddress  # noqa: E402
    from ..models.parcel_customs_information import ParcelCustomsInformation  # noqa: E402
    from ..models.parcel_dimensions import ParcelDimensions  # noqa: E402
