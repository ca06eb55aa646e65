from enum import StrEnum


class AttachmentType(StrEnum):
    BILL_OF_LADING = "BILL_OF_LADING"
    CASE_LABELS = "CASE_LABELS"
    COMMERCIAL_INVOICE = "COMMERCIAL_INVOICE"
    PALLET_LABELS = "PALLET_LABELS"
    SHIPPING_LABELS = "SHIPPING_LABELS"

    def __str__(self) -> str:
        return str(self.value)
