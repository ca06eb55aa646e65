"""Is this delivery from our subscription? One class per authMethod, compared in constant time."""

from __future__ import annotations

import base64
import hmac
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Protocol

from flexport_facade._core.redact import mask, remember_secret
from flexport_facade._exceptions import Unauthenticated
from flexport_facade.v1 import _signature as signature


# -- authenticity ------------------------------------------------------------------------------
class WebhookAuth(Protocol):
    def verify(self, body: bytes, headers: Mapping[str, str]) -> None:
        """Raise ``Unauthenticated`` unless the delivery comes from the subscription's sender."""


def _header(headers: Mapping[str, str], name: str) -> str | None:
    lowered = name.lower()
    for key, value in headers.items():
        if key.lower() == lowered:
            return value
    return None


def _same(a: str, b: str) -> bool:
    return hmac.compare_digest(a.encode("utf-8"), b.encode("utf-8"))


@dataclass(frozen=True)
class NoAuth:
    """authMethod NONE: anyone can post. Choose it knowingly."""

    def verify(self, body: bytes, headers: Mapping[str, str]) -> None:
        return None


@dataclass(frozen=True)
class BasicAuth:
    """authMethod BASIC_AUTH: the subscription's username and password."""

    username: str
    password: str = field(repr=False)

    def verify(self, body: bytes, headers: Mapping[str, str]) -> None:
        value = _header(headers, "Authorization")
        if not value or not value.lower().startswith("basic "):
            raise Unauthenticated("missing Basic Authorization header")
        try:
            user, _, password = base64.b64decode(value[6:].strip(), validate=True).decode().partition(":")
        except (ValueError, UnicodeDecodeError):
            raise Unauthenticated("malformed Basic Authorization header") from None
        # Both compared, always: no early exit that tells which one was wrong.
        if not (_same(user, self.username) & _same(password, self.password)):
            raise Unauthenticated("wrong Basic credentials")

    def __post_init__(self) -> None:
        remember_secret(self.password)

    def __repr__(self) -> str:
        return f"BasicAuth(username={self.username!r}, password={mask(self.password)})"


@dataclass(frozen=True)
class TokenHeader:
    """authMethod TOKEN: the subscription's token in the header the subscriber named."""

    header: str
    token: str = field(repr=False)

    def verify(self, body: bytes, headers: Mapping[str, str]) -> None:
        value = _header(headers, self.header)
        if value is None:
            raise Unauthenticated(f"missing {self.header} header")
        if not _same(value, self.token):
            raise Unauthenticated(f"wrong token in {self.header}")

    def __post_init__(self) -> None:
        remember_secret(self.token)

    def __repr__(self) -> str:
        return f"TokenHeader(header={self.header!r}, token={mask(self.token)})"


@dataclass(frozen=True)
class HubSignature:
    """Flexport API v1: ``X-Hub-Signature: sha1=<hex HMAC-SHA1 of the raw body>`` (seed 002)."""

    secret: str = field(repr=False)
    header: str = signature.HEADER

    def sign(self, body: bytes) -> str:
        return signature.sign_hub_signature(body, self.secret)

    def verify(self, body: bytes, headers: Mapping[str, str]) -> None:
        value = _header(headers, self.header)
        if not value:
            raise Unauthenticated(f"missing {self.header} header")
        if not signature.verify_hub_signature(body, value, self.secret):
            raise Unauthenticated(f"{self.header} does not match the body")

    def __post_init__(self) -> None:
        remember_secret(self.secret)

    def __repr__(self) -> str:
        return f"HubSignature(secret={mask(self.secret)})"
