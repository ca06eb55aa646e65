from enum import StrEnum


class Channel(StrEnum):
    WHOLESALE = "WHOLESALE"

    def __str__(self) -> str:
        return str(self.value)
