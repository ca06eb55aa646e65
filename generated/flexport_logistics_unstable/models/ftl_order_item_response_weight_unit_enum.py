from enum import StrEnum


class FtlOrderItemResponseWeightUnitEnum(StrEnum):
    LB = "lb"

    def __str__(self) -> str:
        return str(self.value)
