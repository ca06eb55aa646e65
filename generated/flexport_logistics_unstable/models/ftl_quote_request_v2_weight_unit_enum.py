from enum import StrEnum


class FtlQuoteRequestV2WeightUnitEnum(StrEnum):
    LB = "lb"

    def __str__(self) -> str:
        return str(self.value)
