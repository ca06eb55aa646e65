"""The v1 credential: ``Authorization: Token token="<key>"`` as an ``httpx.Auth``.

Applied per request, so a callable key is asked again on every attempt (rotation needs no new
client) and the key never sits in a client's default headers, where it could be logged.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Generator

import httpx

from flexport_facade._constants import V1_KEY_ENV_VAR
from flexport_facade._core.redact import mask, remember_secret

KEY_ENV_VAR = V1_KEY_ENV_VAR

KeySource = str | Callable[[], str]


class TokenAuth(httpx.Auth):
    """Sends the v1 API key; ``token`` is the key or a callable returning it.

    Surrounding whitespace is dropped (a key read from a file keeps its newline); a key with
    whitespace, a quote or a control character inside it is refused before any request.
    """

    def __init__(self, token: KeySource) -> None:
        if isinstance(token, str):
            if not token.strip():
                raise ValueError(
                    "the v1 API key is empty; an Admin or Billing user generates one at "
                    "flexport.com -> account settings -> API"
                )
            token = clean_key(token)
        self._token = token

    def key(self) -> str:
        if not callable(self._token):
            return self._token
        value = self._token()
        if not value or not value.strip():
            raise ValueError("the v1 API key callable returned an empty key")
        return clean_key(value)

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["Authorization"] = authorization_value(self.key())
        yield request

    def __repr__(self) -> str:
        shown = "<callable>" if callable(self._token) else mask(self._token)
        return f"TokenAuth(token={shown})"


def clean_key(key: str) -> str:
    """``key`` without surrounding whitespace; ValueError (never showing the key) if it cannot be sent."""
    key = key.strip()
    for char in key:
        if char == '"':
            raise ValueError("the v1 API key contains a quote; check the value")
        if char.isspace() or not (char.isascii() and char.isprintable()):
            raise ValueError(
                "the v1 API key contains whitespace, a control character or a non-ASCII character "
                "inside it; check the value (an API key is one unbroken string of letters and digits)"
            )
    remember_secret(key)  # masked in every redacted message from now on
    return key


def authorization_value(key: str) -> str:
    # A quote inside the key would break the header's quoted-string; refuse rather than mangle it.
    if '"' in key or "\n" in key or "\r" in key:
        raise ValueError("the v1 API key contains a quote or newline; check the value")
    return f'Token token="{key}"'


def key_from_env() -> str:
    key = os.environ.get(KEY_ENV_VAR, "").strip()
    if not key:
        raise ValueError(f"no v1 API key: pass token=... or set {KEY_ENV_VAR}")
    return key
