from enum import StrEnum


class AuthorizationRedirectResponseType(StrEnum):
    CODE = "code"

    def __str__(self) -> str:
        return str(self.value)
