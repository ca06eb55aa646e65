from enum import StrEnum


class FreightModeLTL(StrEnum):
    LTL = "LTL"

    def __str__(self) -> str:
        return str(self.value)
