from enum import StrEnum


class LocationType(StrEnum):
    AIRPORT = "AIRPORT"
    COMMERCIAL = "COMMERCIAL"
    MARITIME_PORT = "MARITIME_PORT"
    MILITARY_BASE = "MILITARY_BASE"
    RESIDENTIAL = "RESIDENTIAL"

    def __str__(self) -> str:
        return str(self.value)
