from enum import StrEnum


class InternalOrderStatus(StrEnum):
    CANCELLED = "CANCELLED"
    CREATED = "CREATED"
    DELIVERED = "DELIVERED"
    ERROR = "ERROR"
    SHIPPED = "SHIPPED"

    def __str__(self) -> str:
        return str(self.value)
