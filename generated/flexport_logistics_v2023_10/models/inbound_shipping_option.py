from enum import StrEnum


class InboundShippingOption(StrEnum):
    FREIGHT_EXTERNAL = "FREIGHT_EXTERNAL"
    FTL_INTERNAL = "FTL_INTERNAL"
    LTL_EXTERNAL = "LTL_EXTERNAL"
    LTL_INTERNAL = "LTL_INTERNAL"
    SPD_EXTERNAL = "SPD_EXTERNAL"
    SPD_INTERNAL = "SPD_INTERNAL"

    def __str__(self) -> str:
        return str(self.value)
