from enum import StrEnum


class LogisticsInboundShipmentStatus(StrEnum):
    ARRIVED = "ARRIVED"
    COMPLETED = "COMPLETED"
    FORWARDING = "FORWARDING"
    IN_PREP = "IN_PREP"
    IN_TRANSIT = "IN_TRANSIT"
    PENDING = "PENDING"
    PREPARING_FOR_DISTRIBUTION = "PREPARING_FOR_DISTRIBUTION"
    READY_TO_SHIP = "READY_TO_SHIP"
    RECEIVING = "RECEIVING"

    def __str__(self) -> str:
        return str(self.value)
