from enum import StrEnum


class ExternalOrderStatus(StrEnum):
    DELIVERED = "DELIVERED"
    ROUTING_IN_PROGRESS = "ROUTING_IN_PROGRESS"
    SHIPPED = "SHIPPED"
    STOPPED = "STOPPED"

    def __str__(self) -> str:
        return str(self.value)
