from enum import StrEnum


class ReturnItemType(StrEnum):
    LOGISTICS_SKU = "LOGISTICS_SKU"
    SKU = "SKU"

    def __str__(self) -> str:
        return str(self.value)
