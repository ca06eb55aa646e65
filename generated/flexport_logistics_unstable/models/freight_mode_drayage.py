from enum import StrEnum


class FreightModeDRAYAGE(StrEnum):
    DRAYAGE = "DRAYAGE"

    def __str__(self) -> str:
        return str(self.value)
