from enum import StrEnum


class BarcodeResponseSubcode(StrEnum):
    ALREADY_ASSIGNED = "ALREADY_ASSIGNED"
    DUPLICATE = "DUPLICATE"
    INVALID_BARCODE = "INVALID_BARCODE"
    INVALID_TYPE = "INVALID_TYPE"
    NO_BARCODE_SLOTS_REMAINING = "NO_BARCODE_SLOTS_REMAINING"
    RESERVED_BY_ANOTHER_SELLER = "RESERVED_BY_ANOTHER_SELLER"

    def __str__(self) -> str:
        return str(self.value)
