from enum import StrEnum


class LengthUnit(StrEnum):
    CM = "cm"
    IN = "in"
    M = "m"
    MM = "mm"

    def __str__(self) -> str:
        return str(self.value)
