from enum import StrEnum


class PackageDetailsDimensionUnitEnum(StrEnum):
    IN = "in"

    def __str__(self) -> str:
        return str(self.value)
