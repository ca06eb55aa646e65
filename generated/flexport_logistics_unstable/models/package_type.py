from enum import StrEnum


class PackageType(StrEnum):
    CARTONS = "CARTONS"
    PALLETS = "PALLETS"

    def __str__(self) -> str:
        return str(self.value)
