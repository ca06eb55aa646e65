from enum import StrEnum


class InventoryPool(StrEnum):
    DEFAULT = "DEFAULT"
    PREP = "PREP"
    STORAGE = "STORAGE"
    UNALLOCATED = "UNALLOCATED"

    def __str__(self) -> str:
        return str(self.value)
