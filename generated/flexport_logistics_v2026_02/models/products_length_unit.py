from enum import StrEnum


class ProductsLengthUnit(StrEnum):
    CM = "cm"
    IN = "in"
    M = "m"
    MM = "mm"

    def __str__(self) -> str:
        return str(self.value)
