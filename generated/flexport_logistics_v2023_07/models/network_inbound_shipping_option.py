from enum import StrEnum


class NetworkInboundShippingOption(StrEnum):
    FTL_DELIVERR = "FTL_DELIVERR"
    FTL_EXTERNAL = "FTL_EXTERNAL"
    LTL = "LTL"
    LTL_DELIVERR = "LTL_DELIVERR"
    LTL_EXTERNAL = "LTL_EXTERNAL"
    SPD = "SPD"
    SPD_EXTERNAL = "SPD_EXTERNAL"

    def __str__(self) -> str:
        return str(self.value)
