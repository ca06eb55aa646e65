from enum import StrEnum


class ParcelApiStatus(StrEnum):
    ERROR = "ERROR"
    OK = "OK"

    def __str__(self) -> str:
        return str(self.value)
