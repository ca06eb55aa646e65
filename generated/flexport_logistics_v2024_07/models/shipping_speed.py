from enum import StrEnum


class ShippingSpeed(StrEnum):
    ONE_DAY = "ONE_DAY"
    STANDARD = "STANDARD"
    THREE_DAY = "THREE_DAY"
    TWO_DAY = "TWO_DAY"

    def __str__(self) -> str:
        return str(self.value)
