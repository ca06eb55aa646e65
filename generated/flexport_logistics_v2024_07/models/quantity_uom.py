from enum import StrEnum


class QuantityUom(StrEnum):
    CASE = "CASE"
    EACH = "EACH"

    def __str__(self) -> str:
        return str(self.value)
