from enum import StrEnum


class InboundReceivedEventType(StrEnum):
    DAMAGED = "DAMAGED"
    SELLABLE = "SELLABLE"

    def __str__(self) -> str:
        return str(self.value)
