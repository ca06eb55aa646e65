from enum import StrEnum


class ShipmentStatus(StrEnum):
    CANCELLED = "CANCELLED"
    CREATED = "CREATED"
    ERROR = "ERROR"
    NOT_SYNCED = "NOT_SYNCED"
    OVER_SHIPPED = "OVER_SHIPPED"
    PARTIALLY_SHIPPED = "PARTIALLY_SHIPPED"
    SHIPPED = "SHIPPED"
    WAREHOUSE = "WAREHOUSE"

    def __str__(self) -> str:
        return str(self.value)
