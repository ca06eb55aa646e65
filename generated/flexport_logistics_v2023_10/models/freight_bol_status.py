from enum import StrEnum


class FreightBolStatus(StrEnum):
    CANCELLED = "CANCELLED"
    CREATED = "CREATED"
    DELIVERED = "DELIVERED"
    IN_TRANSIT = "IN_TRANSIT"
    TENDERED = "TENDERED"

    def __str__(self) -> str:
        return str(self.value)
