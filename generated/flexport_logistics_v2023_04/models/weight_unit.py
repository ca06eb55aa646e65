from enum import StrEnum


class WeightUnit(StrEnum):
    G = "g"
    KG = "kg"
    LB = "lb"
    OZ = "oz"

    def __str__(self) -> str:
        return str(self.value)
