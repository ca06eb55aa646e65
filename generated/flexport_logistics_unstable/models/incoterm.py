from enum import StrEnum


class Incoterm(StrEnum):
    DAP = "DAP"
    DDP = "DDP"
    DDU = "DDU"

    def __str__(self) -> str:
        return str(self.value)
