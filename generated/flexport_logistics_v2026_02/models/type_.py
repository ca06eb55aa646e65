from enum import StrEnum


class Type(StrEnum):
    B2B = "B2B"

    def __str__(self) -> str:
        return str(self.value)
