from enum import StrEnum


class WebhookAuthType(StrEnum):
    BASIC_AUTH = "BASIC_AUTH"
    NONE = "NONE"
    TOKEN = "TOKEN"

    def __str__(self) -> str:
        return str(self.value)
