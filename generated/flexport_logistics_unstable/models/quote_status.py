from enum import StrEnum


class QuoteStatus(StrEnum):
    BOOKED = "BOOKED"
    CREATED = "CREATED"
    INELIGIBLE = "INELIGIBLE"

    def __str__(self) -> str:
        return str(self.value)
