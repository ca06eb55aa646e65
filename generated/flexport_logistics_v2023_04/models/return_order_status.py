from enum import StrEnum


class ReturnOrderStatus(StrEnum):
    CANCELLED = "CANCELLED"
    CREATED = "CREATED"
    PROCESSED = "PROCESSED"
    RECEIVED_FOR_PROCESSING = "RECEIVED_FOR_PROCESSING"
    SHIPPED = "SHIPPED"

    def __str__(self) -> str:
        return str(self.value)
