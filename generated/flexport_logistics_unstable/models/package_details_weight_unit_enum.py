from enum import StrEnum


class PackageDetailsWeightUnitEnum(StrEnum):
    LB = "lb"

    def __str__(self) -> str:
        return str(self.value)
