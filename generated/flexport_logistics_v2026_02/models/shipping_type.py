from enum import StrEnum


class ShippingType(StrEnum):
    FTL = "FTL"
    LTL = "LTL"
    PARCEL = "PARCEL"

    def __str__(self) -> str:
        return str(self.value)
