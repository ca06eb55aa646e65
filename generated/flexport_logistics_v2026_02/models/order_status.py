from enum import StrEnum


class OrderStatus(StrEnum):
    BOOKED = "BOOKED"
    CANCELLED = "CANCELLED"
    COMPLETED = "COMPLETED"
    ERROR = "ERROR"
    IN_PROGRESS = "IN_PROGRESS"
    LOST_DAMAGED = "LOST_DAMAGED"
    PLANNED = "PLANNED"
    TENDERED = "TENDERED"

    def __str__(self) -> str:
        return str(self.value)
