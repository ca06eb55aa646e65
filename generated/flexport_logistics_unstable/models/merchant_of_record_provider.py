from enum import StrEnum


class MerchantOfRecordProvider(StrEnum):
    GLOBALE = "GLOBALE"
    MARKETS_PRO = "MARKETS_PRO"

    def __str__(self) -> str:
        return str(self.value)
