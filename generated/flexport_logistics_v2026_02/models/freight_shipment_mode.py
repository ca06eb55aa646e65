from enum import StrEnum


class FreightShipmentMode(StrEnum):
    DRAYAGE = "DRAYAGE"
    FCL = "FCL"
    FTL = "FTL"
    INTERMODAL = "INTERMODAL"
    LCL = "LCL"
    LTL = "LTL"
    TRANSLOAD = "TRANSLOAD"
    VLTL = "VLTL"

    def __str__(self) -> str:
        return str(self.value)
