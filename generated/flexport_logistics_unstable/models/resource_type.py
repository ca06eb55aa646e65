from enum import StrEnum


class ResourceType(StrEnum):
    CLAIM_PROOF = "CLAIM_PROOF"
    FREIGHT_BOOKING_DOCUMENT = "FREIGHT_BOOKING_DOCUMENT"

    def __str__(self) -> str:
        return str(self.value)
