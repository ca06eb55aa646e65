from enum import StrEnum


class FreightModeFTL(StrEnum):
    FTL = "FTL"

    def __str__(self) -> str:
        return str(self.value)
