from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.expired_tracking_data import ExpiredTrackingData
    from ..models.tracking_result_timestamps import TrackingResultTimestamps


T = TypeVar("T", bound="ParcelTracking")


@_attrs_define(repr=False)
class ParcelTracking:
    """
    Attributes:
        carrier_barcode (str | Unset):
        carrier_code (str | Unset):
        customer_custom_field (str | Unset):
        customer_reference_id (str | Unset):
        error_message (str | Unset):
        errors (str | Unset):
        event_timestamps (None | TrackingResultTimestamps | Unset):
        expired_tracking_data (list[ExpiredTrackingData | None] | Unset):
        flexport_tracking_url (str | Unset): Tracks the parcel end to end via Flexport.
        package_tracking_url (str | Unset):
        parcel_id (str | Unset):
        shipping_label_url (str | Unset):
        status (str | Unset):
        tracking_code (str | Unset):
    """

    carrier_barcode: str | Unset = UNSET
    carrier_code: str | Unset = UNSET
    customer_custom_field: str | Unset = UNSET
    customer_reference_id: str | Unset = UNSET
    error_message: str | Unset = UNSET
    errors: str | Unset = UNSET
    event_timestamps: None | TrackingResultTimestamps | Unset = UNSET
    expired_tracking_data: list[ExpiredTrackingData | None] | Unset = UNSET
    flexport_tracking_url: str | Unset = UNSET
    package_tracking_url: str | Unset = UNSET
    parcel_id: str | Unset = UNSET
    shipping_label_url: str | Unset = UNSET
    status: str | Unset = UNSET
    tracking_code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        carrier_barcode = self.carrier_barcode

        carrier_code = self.carrier_code

        customer_custom_field = self.customer_custom_field

        customer_reference_id = self.customer_reference_id

        error_message = self.error_message

        errors = self.errors

        event_timestamps: dict[str, Any] | None | Unset
        if isinstance(self.event_timestamps, Unset):
            event_timestamps = UNSET
        elif isinstance(self.event_timestamps, TrackingResultTimestamps):
            event_timestamps = self.event_timestamps.to_dict()
        else:
            event_timestamps = self.event_timestamps

        expired_tracking_data: list[dict[str, Any] | None] | Unset = UNSET
        if not isinstance(self.expired_tracking_data, Unset):
            expired_tracking_data = []
            for expired_tracking_data_item_data in self.expired_tracking_data:
                expired_tracking_data_item: dict[str, Any] | None
                if isinstance(expired_tracking_data_item_data, ExpiredTrackingData):
                    expired_tracking_data_item = (
                        expired_tracking_data_item_data.to_dict()
                    )
                else:
                    expired_tracking_data_item = expired_tracking_data_item_data
                expired_tracking_data.append(expired_tracking_data_item)

        flexport_tracking_url = self.flexport_tracking_url

        package_tracking_url = self.package_tracking_url

        parcel_id = self.parcel_id

        shipping_label_url = self.shipping_label_url

        status = self.status

        tracking_code = self.tracking_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if carrier_barcode is not UNSET:
            field_dict["carrierBarcode"] = carrier_barcode
        if carrier_code is not UNSET:
            field_dict["carrierCode"] = carrier_code
        if customer_custom_field is not UNSET:
            field_dict["customerCustomField"] = customer_custom_field
        if customer_reference_id is not UNSET:
            field_dict["customerReferenceId"] = customer_reference_id
        if error_message is not UNSET:
            field_dict["errorMessage"] = error_message
        if errors is not UNSET:
            field_dict["errors"] = errors
        if event_timestamps is not UNSET:
            field_dict["eventTimestamps"] = event_timestamps
        if expired_tracking_data is not UNSET:
            field_dict["expiredTrackingData"] = expired_tracking_data
        if flexport_tracking_url is not UNSET:
            field_dict["flexportTrackingUrl"] = flexport_tracking_url
        if package_tracking_url is not UNSET:
            field_dict["packageTrackingUrl"] = package_tracking_url
        if parcel_id is not UNSET:
            field_dict["parcelId"] = parcel_id
        if shipping_label_url is not UNSET:
            field_dict["shippingLabelUrl"] = shipping_label_url
        if status is not UNSET:
            field_dict["status"] = status
        if tracking_code is not UNSET:
            field_dict["trackingCode"] = tracking_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        carrier_barcode = d.pop("carrierBarcode", UNSET)

        carrier_code = d.pop("carrierCode", UNSET)

        customer_custom_field = d.pop("customerCustomField", UNSET)

        customer_reference_id = d.pop("customerReferenceId", UNSET)

        error_message = d.pop("errorMessage", UNSET)

        errors = d.pop("errors", UNSET)

        def _parse_event_timestamps(
            data: object,
        ) -> None | TrackingResultTimestamps | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_maybe_tracking_result_timestamps_type_1 = (
                    TrackingResultTimestamps.from_dict(data)
                )

                return componentsschemas_maybe_tracking_result_timestamps_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TrackingResultTimestamps | Unset, data)

        event_timestamps = _parse_event_timestamps(d.pop("eventTimestamps", UNSET))

        _expired_tracking_data = d.pop("expiredTrackingData", UNSET)
        expired_tracking_data: list[ExpiredTrackingData | None] | Unset = UNSET
        if _expired_tracking_data is not UNSET:
            expired_tracking_data = []
            for expired_tracking_data_item_data in _expired_tracking_data:

                def _parse_expired_tracking_data_item(
                    data: object,
                ) -> ExpiredTrackingData | None:
                    if data is None:
                        return data
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_maybe_expired_tracking_data_type_1 = (
                            ExpiredTrackingData.from_dict(data)
                        )

                        return componentsschemas_maybe_expired_tracking_data_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(ExpiredTrackingData | None, data)

                expired_tracking_data_item = _parse_expired_tracking_data_item(
                    expired_tracking_data_item_data
                )

                expired_tracking_data.append(expired_tracking_data_item)

        flexport_tracking_url = d.pop("flexportTrackingUrl", UNSET)

        package_tracking_url = d.pop("packageTrackingUrl", UNSET)

        parcel_id = d.pop("parcelId", UNSET)

        shipping_label_url = d.pop("shippingLabelUrl", UNSET)

        status = d.pop("status", UNSET)

        tracking_code = d.pop("trackingCode", UNSET)

        parcel_tracking = cls(
            carrier_barcode=carrier_barcode,
            carrier_code=carrier_code,
            customer_custom_field=customer_custom_field,
            customer_reference_id=customer_reference_id,
            error_message=error_message,
            errors=errors,
            event_timestamps=event_timestamps,
            expired_tracking_data=expired_tracking_data,
            flexport_tracking_url=flexport_tracking_url,
            package_tracking_url=package_tracking_url,
            parcel_id=parcel_id,
            shipping_label_url=shipping_label_url,
            status=status,
            tracking_code=tracking_code,
        )

        if d:
            parcel_tracking.additional_properties = d
        return parcel_tracking

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


# At the end, once ParcelTracking exists: a model that refers back to this one imports it from here.
if not TYPE_CHECKING:
    from ..models.expired_tracking_data import ExpiredTrackingData  # noqa: E402
    from ..models.tracking_result_timestamps import TrackingResultTimestamps  # noqa: E402
