"""How a live request finds its recorded exchange, stable across runs and targets.

Matched: method, path, query and body, each minus what changes from run to run. Not matched:
scheme, host and port (the simulator's port is random; replay uses an unroutable host) and
headers (idempotency keys, User-Agent with the httpx version, the scrubbed Authorization).
Correlation ids only appear in responses, so they never take part.
"""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import parse_qsl

from vcr.request import Request

MATCH_ON = ("method", "path", "stable_query", "stable_body")

# Values that differ on every run of the same test and say nothing about what was asked for:
# an OAuth CSRF state, and keys/ids clients generate per request.
VOLATILE_FIELDS = frozenset(
    {"state", "idempotency_key", "idempotencyKey", "correlation_id", "correlationId", "requestId", "nonce"}
)


def stable_query(r1: Request, r2: Request) -> None:
    assert _query(r1) == _query(r2), f"query {_query(r1)} != {_query(r2)}"


def stable_body(r1: Request, r2: Request) -> None:
    assert _body(r1) == _body(r2), f"body {_body(r1)!r} != {_body(r2)!r}"


def _query(request: Request) -> list[tuple[str, str]]:
    return sorted((k, v) for k, v in request.query if k not in VOLATILE_FIELDS)


def _body(request: Request) -> Any:
    raw = request.body
    if raw is None or raw == b"" or raw == "":
        return None
    text = raw.decode("utf-8", errors="replace") if isinstance(raw, bytes) else str(raw)
    content_type = (request.headers.get("content-type") or "").lower()  # HeadersDict ignores case
    if "json" in content_type:
        try:
            return _without_volatile(json.loads(text))
        except json.JSONDecodeError:
            return text
    if "x-www-form-urlencoded" in content_type:
        return sorted((k, v) for k, v in parse_qsl(text, keep_blank_values=True) if k not in VOLATILE_FIELDS)
    return text


def _without_volatile(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _without_volatile(v) for k, v in sorted(value.items()) if k not in VOLATILE_FIELDS}
    if isinstance(value, list):
        return [_without_volatile(v) for v in value]
    return value
