"""What goes into a cassette: every exchange scrubbed of secrets, admin calls not at all.

vcrpy applies ``before_record_request`` to live requests before matching too, so a scrubbed
recording still matches the unscrubbed request that replays it. Which names and shapes are secret
is decided once, in ``flexport_facade._core.redact``.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlsplit

from vcr.request import Request

from flexport_facade._core.redact import REDACTED, SECRET_HEADERS, SECRET_KEYS, redact_text

ADMIN_PREFIX = "/_sim/"
# Response headers dropped rather than masked: a replayed cookie would only be sent back.
DROPPED_RESPONSE_HEADERS = frozenset({"set-cookie", "set-cookie2"})


def _scrub_text(data: Any) -> Any:
    if isinstance(data, bytes):
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            return data  # binary bodies (labels, PDFs) carry no credentials we could find anyway
        return redact_text(text).encode("utf-8")
    if isinstance(data, str):
        return redact_text(data)
    return data


def before_record_request(request: Request) -> Request | None:
    """Drop simulator admin calls; mask secret headers, query values and body members."""
    if urlsplit(request.uri).path.startswith(ADMIN_PREFIX):
        return None
    request.uri = redact_text(request.uri)
    for name in list(request.headers):
        if name.lower() in SECRET_HEADERS:
            request.headers[name] = REDACTED
    request.body = _scrub_text(request.body)
    return request


def before_record_response(response: dict[str, Any]) -> dict[str, Any]:
    """Mask secret headers (``Location`` can carry an OAuth code) and body members."""
    headers: dict[str, list[str]] = response.get("headers", {})
    for name in list(headers):
        lowered = name.lower()
        if lowered in DROPPED_RESPONSE_HEADERS:
            del headers[name]
        elif lowered in SECRET_HEADERS:
            headers[name] = [REDACTED for _ in headers[name]]
        else:
            headers[name] = [redact_text(v) for v in headers[name]]
    body = response.get("body", {})
    before = body.get("string")
    after = _scrub_text(before)
    if after != before:
        body["string"] = after
        for name in list(headers):
            if name.lower() == "content-length":
                headers[name] = [str(len(after))]
    return response


# -- the scan --------------------------------------------------------------------------------
_NOT_MASKED = r"(?!\[REDACTED\]|%5BREDACTED%5D)"
_KEYS = "|".join(sorted(SECRET_KEYS, key=len, reverse=True))
SECRET_PATTERNS: dict[str, re.Pattern[str]] = {
    "bearer or basic credential": re.compile(
        rf"(?i)\b(bearer|basic)\s+{_NOT_MASKED}[A-Za-z0-9._~+/=-]{{8,}}"
    ),
    "simulator token": re.compile(r"\bsim_[A-Za-z0-9_-]{16,}"),
    "secret JSON member": re.compile(rf'(?i)\\?"({_KEYS})\\?"\s*:\s*\\?"{_NOT_MASKED}'),
    "secret form or query value": re.compile(rf"(?i)(?<![A-Za-z0-9_])({_KEYS})={_NOT_MASKED}[^&\s'\"]"),
    "cookie": re.compile(r"(?im)^\s*(set-)?cookie:(?!\s*(-\s*)?'?\[REDACTED\])"),
}


def find_secrets(text: str, known: tuple[str, ...] = ()) -> list[str]:
    """Why ``text`` looks like it holds a secret: one line per finding (values are not echoed)."""
    found = [f"{why} at offset {m.start()}" for why, rx in SECRET_PATTERNS.items() for m in rx.finditer(text)]
    found += [f"a known secret value at offset {text.index(v)}" for v in known if v and v in text]
    return found
