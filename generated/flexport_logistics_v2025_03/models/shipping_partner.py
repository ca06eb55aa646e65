from enum import StrEnum


class ShippingPartner(StrEnum):
    COLLECT = "COLLECT"
    FLEXPORT = "FLEXPORT"
    RECEIVER = "RECEIVER"
    SELLER = "SELLER"
    THIRD_PARTY = "THIRD_PARTY"

    def __str__(self) -> str:
        return str(self.value)
