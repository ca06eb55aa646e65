"""Redaction of secrets before anything is logged, repr'd, raised or recorded.

One place decides what a secret looks like, so logs, errors, reprs and cassettes agree.
"""

from __future__ import annotations

import contextlib
import re
import threading
from collections import deque
from collections.abc import Iterable, Mapping

import httpx

from flexport_facade._constants import LOG_FIELD_LIMIT
from flexport_facade._core.lazy import lazy_pattern

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
# Compiled on the first redaction (lazy_pattern): most processes redact only on an error path.
_QUERY_RE = lazy_pattern(rf"(?i)(?<![A-Za-z0-9_])({_KEYS})=([^&\s\"']+)")
_JSON_RE = lazy_pattern(rf'(?i)("({_KEYS})"\s*:\s*)"([^"]*)"')
# Credentials as they appear in Authorization values: "Bearer <token>", "Basic <b64>", and v1's
# 'Token token="<key>"'. The credential runs on across what could split it: an escaped control
# character as a repr shows it (httpx quotes b'Bearer Xy9\n...SECRET42'), or a raw one followed by
# more token characters. A short bare word after "Bearer" in prose ("Bearer auth") is not a secret.
_TOKEN_CHAR = r"[A-Za-z0-9._~+/=\-]"  # noqa: S105 - a character class, not a secret
_SPLIT = r"\\(?:[nrtvfab0\\]|x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4})|[\r\n\t\v\f]+(?=" + _TOKEN_CHAR + ")"
_AUTH_RE = lazy_pattern(
    rf"(?i)\b(Bearer|Basic)[ \t]+((?:{_TOKEN_CHAR}|{_SPLIT})+)"
    r'|\b(Token)\s+token=("[^"]*"|[^\s,]+)'
)
_SPLIT_RE = lazy_pattern(_SPLIT)
_MIN_SECRET = 8  # shorter runs after "Bearer" are prose; shorter remembered values are not kept

# Credentials this process has been given (tokens, keys), masked wherever they appear, with or
# without a scheme in front. Bounded: the newest are kept.
_REMEMBERED: deque[str] = deque(maxlen=256)
_REMEMBERED_LOCK = threading.Lock()


def remember_secret(secret: str) -> None:
    """Mask ``secret`` in every later ``redact_text`` output (called where a token enters)."""
    if not isinstance(secret, str) or len(secret) < _MIN_SECRET:
        return
    with _REMEMBERED_LOCK:
        if secret not in _REMEMBERED:
            _REMEMBERED.append(secret)


def _auth(match: re.Match[str]) -> str:
    if match.group(3):
        return f"{match.group(3)} {REDACTED}"
    value = match.group(2)
    if len(value) < _MIN_SECRET and not _SPLIT_RE().search(value):
        return match.group(0)
    return f"{match.group(1)} {REDACTED}"


def redact_text(text: str) -> str:
    """Mask bearer/basic/token credentials, remembered secrets, secret query or form values and
    secret JSON members."""
    for secret in tuple(_REMEMBERED):
        if secret in text:
            text = text.replace(secret, REDACTED)
    text = _AUTH_RE().sub(_auth, text)
    text = _QUERY_RE().sub(lambda m: f"{m.group(1)}={REDACTED}", text)
    return _JSON_RE().sub(lambda m: f'{m.group(1)}"{REDACTED}"', text)


def redact_headers(
    headers: Mapping[str, str] | Iterable[tuple[str, str]], extra: Iterable[str] = ()
) -> dict[str, str]:
    """A copy of ``headers`` with secret values masked; ``extra`` names more secret headers."""
    secret = secret_headers() | {h.lower() for h in extra}
    items = headers.items() if isinstance(headers, Mapping) else headers
    return {k: (REDACTED if k.lower() in secret else redact_text(v)) for k, v in items}


# -- objects an error carries ---------------------------------------------------------------------
# An exception travels to logs and error trackers whole, attributes and causes included: whatever a
# caller can reach from it must hold no credential.

_TRANSFER_HEADERS = frozenset({"content-encoding", "content-length", "transfer-encoding"})
_KEPT_EXTENSIONS = ("http_version", "reason_phrase")  # not the network stream, the pool behind it


def request_without_credentials(request: httpx.Request) -> httpx.Request:
    """A copy of ``request`` with secret headers masked and secrets in its URL redacted."""
    headers = httpx.Headers(redact_headers(request.headers.multi_items()))
    url = httpx.URL(redact_text(str(request.url)))
    content = request.content if isinstance(request.stream, httpx.ByteStream) else b""
    return httpx.Request(request.method, url, headers=headers, content=redact_text_bytes(content))


def response_without_credentials(response: httpx.Response) -> httpx.Response:
    """The response an error carries: its request cleaned (the live one would hand over the token)."""
    try:
        request = response.request
    except RuntimeError:  # a response built without a request
        return response
    # The body is already decoded: drop the headers that would make httpx decode it again.
    kept = [(k, v) for k, v in response.headers.multi_items() if k.lower() not in _TRANSFER_HEADERS]
    return httpx.Response(
        response.status_code,
        headers=kept,
        content=response.content,
        request=request_without_credentials(request),
        extensions={k: response.extensions[k] for k in _KEPT_EXTENSIONS if k in response.extensions},
    )


def redact_text_bytes(content: bytes) -> bytes:
    """``redact_text`` for a request body (form or JSON: an OAuth code, a client secret)."""
    if not content:
        return content
    return redact_text(content.decode("utf-8", "replace")).encode("utf-8")


def scrub_exception(exc: BaseException) -> None:
    """Clean an httpx exception chain in place before it becomes a ``__cause__``: each request it
    holds is replaced by a cleaned copy and each string argument redacted (h11 quotes header
    values in its messages)."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, httpx.RequestError):
            with contextlib.suppress(RuntimeError):  # raised without a request
                current.request = request_without_credentials(current.request)
        current.args = tuple(redact_text(a) if isinstance(a, str) else a for a in current.args)
        current = current.__cause__ or current.__context__


def check_header_values(headers: Mapping[str, str]) -> None:
    """Refuse, before any request, a header value httpx could not encode or that would break the
    request (a non-ASCII idempotency key, a newline); secret headers are named, never shown."""
    for name, value in headers.items():
        if not isinstance(value, str):
            continue
        bad = next((ch for ch in value if not (" " <= ch <= "~" or ch == "\t")), None)
        if bad is not None:
            shown = "its value" if name.lower() in SECRET_HEADERS else repr(printable(value, 40))
            kind = "a non-ASCII character" if ord(bad) > 127 else "a control character"
            raise ValueError(f"header {name} has {kind} in {shown}; header values must be printable ASCII")


def mask(secret: str | None) -> str:
    """How a secret appears in a repr: never its value, only whether it is set."""
    return "None" if secret is None else "'***'"


def printable(text: object, limit: int = LOG_FIELD_LIMIT) -> str:
    """Sender-controlled text as it may go into one log line: control and other unprintable
    characters escaped (a newline cannot forge a line), cut to ``limit`` characters."""
    value = str(text)
    cut = value[:limit]
    shown = "".join(ch if ch.isprintable() else ascii(ch)[1:-1] for ch in cut)
    return shown if len(value) <= limit else f"{shown}...({len(value)} chars)"
