from enum import StrEnum


class ReportStatus(StrEnum):
    ERROR = "ERROR"
    PENDING = "PENDING"
    SUCCESS = "SUCCESS"

    def __str__(self) -> str:
        return str(self.value)
