from enum import StrEnum


class FtlQuoteItemResponseWeightUnitEnum(StrEnum):
    LB = "lb"

    def __str__(self) -> str:
        return str(self.value)
