from enum import StrEnum


class OrderDocumentType(StrEnum):
    CUSTOMER_BOL = "CUSTOMER_BOL"
    DELIVERY_ORDER = "DELIVERY_ORDER"
    PACKING_LIST = "PACKING_LIST"
    PALLET_LABELS = "PALLET_LABELS"

    def __str__(self) -> str:
        return str(self.value)
