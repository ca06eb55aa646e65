from enum import StrEnum


class ReturnOrderTrackingStatus(StrEnum):
    CANCELLED = "CANCELLED"
    CREATED = "CREATED"
    DELIVERED = "DELIVERED"
    FAILED = "FAILED"
    SHIPPED = "SHIPPED"

    def __str__(self) -> str:
        return str(self.value)
