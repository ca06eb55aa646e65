from enum import StrEnum


class ProductSyncStatusProductSyncStatus(StrEnum):
    COMPLETE = "COMPLETE"
    PENDING = "PENDING"
    STOPPED = "STOPPED"

    def __str__(self) -> str:
        return str(self.value)
