from enum import StrEnum


class AuthFlow(StrEnum):
    CUSTOM_UI = "custom_ui"
    HOSTED_UI = "hosted_ui"

    def __str__(self) -> str:
        return str(self.value)
