from enum import StrEnum


class PortTypeFilter(StrEnum):
    AIRPORT = "airport"
    RAILPORT = "railport"
    SEAPORT = "seaport"

    def __str__(self) -> str:
        return str(self.value)
