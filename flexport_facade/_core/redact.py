"""Redaction of secrets before anything is logged, repr'd, raised or recorded.

One place decides what a secret looks like, so logs, errors, reprs and cassettes agree.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

REDACTED = "[REDACTED]"

# Header names whose values are always secret (compared lower-case).
SECRET_HEADERS = frozenset(
    {"authorization", "proxy-authorization", "cookie", "set-cookie", "x-hook-token", "x-hub-signature"}
)
# Names added at run time: the header an API family's registry row sends its token in
# (``auth = "header:<Name>"``); added by ``auth._header.HeaderAuth``, never removed.
_ADDED_HEADERS: set[str] = set()


def add_secret_header(name: str) -> None:
    """Treat ``name`` as a secret header from now on, everywhere headers are redacted."""
    _ADDED_HEADERS.add(name.lower())


def secret_headers() -> frozenset[str]:
    """Every header name whose value is masked (lower-case)."""
    return SECRET_HEADERS | _ADDED_HEADERS


# Query, form and JSON keys whose values are always secret.
SECRET_KEYS = frozenset(
    {"access_token", "refresh_token", "client_secret", "code", "token", "password", "secret", "api_key"}
)

_KEYS = "|".join(sorted(SECRET_KEYS, key=len, reverse=True))
_QUERY_RE = re.compile(rf"(?i)(?<![A-Za-z0-9_])({_KEYS})=([^&\s\"']+)")
_JSON_RE = re.compile(rf'(?i)("({_KEYS})"\s*:\s*)"([^"]*)"')
# Credentials as they appear in Authorization values: "Bearer <token>", "Basic <b64>", and v1's
# 'Token token="<key>"'. A bare word after "token" in prose ("the token lacks ...") is not a secret.
_AUTH_RE = re.compile(r'(?i)\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=\-]{8,}|\b(Token)\s+token=("[^"]*"|[^\s,]+)')


def redact_text(text: str) -> str:
    """Mask bearer/basic/token credentials, secret query or form values and secret JSON members."""
    text = _AUTH_RE.sub(lambda m: f"{m.group(1) or m.group(2)} {REDACTED}", text)
    text = _QUERY_RE.sub(lambda m: f"{m.group(1)}={REDACTED}", text)
    return _JSON_RE.sub(lambda m: f'{m.group(1)}"{REDACTED}"', text)


def redact_headers(
    headers: Mapping[str, str] | Iterable[tuple[str, str]], extra: Iterable[str] = ()
) -> dict[str, str]:
    """A copy of ``headers`` with secret values masked; ``extra`` names more secret headers."""
    secret = secret_headers() | {h.lower() for h in extra}
    items = headers.items() if isinstance(headers, Mapping) else headers
    return {k: (REDACTED if k.lower() in secret else redact_text(v)) for k, v in items}


def mask(secret: str | None) -> str:
    """How a secret appears in a repr: never its value, only whether it is set."""
    return "None" if secret is None else "'***'"
