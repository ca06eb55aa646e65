from enum import StrEnum


class InboundRateShoppingMethod(StrEnum):
    CHEAPEST = "CHEAPEST"
    ERROR = "ERROR"
    FASTEST = "FASTEST"
    RACE = "RACE"

    def __str__(self) -> str:
        return str(self.value)
