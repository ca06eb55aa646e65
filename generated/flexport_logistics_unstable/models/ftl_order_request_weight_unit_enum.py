from enum import StrEnum


class FtlOrderRequestWeightUnitEnum(StrEnum):
    LB = "lb"

    def __str__(self) -> str:
        return str(self.value)
