from enum import StrEnum


class RequiredGeneralLtlGs1BolInfo(StrEnum):
    PRO_NUMBER = "PRO_NUMBER"
    RECEIVING_STAMP = "RECEIVING_STAMP"
    TRAILER_NUMBER = "TRAILER_NUMBER"

    def __str__(self) -> str:
        return str(self.value)
