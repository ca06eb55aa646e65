from enum import StrEnum


class InboundReceivedEventType(StrEnum):
    SELLABLE = "SELLABLE"

    def __str__(self) -> str:
        return str(self.value)
