from enum import StrEnum


class SupportedTradingPartner(StrEnum):
    FULFILLMENT_BY_AMAZON = "FULFILLMENT_BY_AMAZON"

    def __str__(self) -> str:
        return str(self.value)
