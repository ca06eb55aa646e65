from enum import StrEnum


class WebhookRequestMethod(StrEnum):
    POST = "POST"
    PUT = "PUT"

    def __str__(self) -> str:
        return str(self.value)
