"""From an HTTP answer to the typed error: status and six-digit code pick the class, the body fills it.

``error_from_response`` maps any non-2xx answer (problem+json, the gateway's bare JSON, HTML) to a
class of ``flexport_facade._exceptions``; the answer the error keeps has its credentials stripped
(``APIError`` does that for every construction site, v1's included).
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

import httpx

from flexport_facade._core.lazy import lazy_pattern
from flexport_facade._core.redact import redact_text
from flexport_facade._exceptions import (
    _EXCERPT,
    APIError,
    BadRequest,
    Conflict,
    Forbidden,
    GatewayTimeout,
    InvalidClientId,
    InvalidCode,
    InvalidOrderStatus,
    InvalidRedirectUri,
    InvalidScopes,
    Locked,
    MissingScopes,
    NotFound,
    RateLimited,
    ServerError,
    Unauthorized,
    UnprocessableEntity,
)

_CODE_CLASSES: dict[int, type[APIError]] = {
    405001: InvalidRedirectUri,
    405002: InvalidClientId,
    405003: MissingScopes,
    405004: InvalidScopes,
    405005: InvalidCode,
    407001: InvalidOrderStatus,
}

_STATUS_CLASSES: dict[int, type[APIError]] = {
    400: BadRequest,
    401: Unauthorized,
    403: Forbidden,
    404: NotFound,
    409: Conflict,
    422: UnprocessableEntity,
    423: Locked,
    429: RateLimited,
    504: GatewayTimeout,
}


def class_for(status: int, code: int | None = None) -> type[APIError]:
    if code is not None and code in _CODE_CLASSES:
        cls = _CODE_CLASSES[code]
        # A code only picks its class when the status agrees with the class's family.
        if status == cls.status:
            return cls
    if status in _STATUS_CLASSES:
        return _STATUS_CLASSES[status]
    if status >= 500:
        return ServerError
    return APIError


_CODE_RE = lazy_pattern(r"(?<!\d)(40[5-7]\d{3})(?!\d)")


def _six_digit_code(problem: dict[str, Any]) -> int | None:
    """The code lives in the problem's ``code`` member; older answers only name it in ``type``/``title``."""
    raw = problem.get("code")
    if isinstance(raw, int):
        return raw
    if isinstance(raw, str) and raw.isdigit():
        return int(raw)
    for key in ("type", "title", "detail"):
        value = problem.get(key)
        if isinstance(value, str) and (m := _CODE_RE().search(value)):
            return int(m.group(1))
    return None


def parse_retry_after(value: str | None, *, now: datetime | None = None) -> float | None:
    """Retry-After as seconds (delta-seconds or an HTTP date); None when absent or unreadable."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        import email.utils  # only for an HTTP-date Retry-After; email costs ~30 ms to import

        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


def error_from_response(
    response: httpx.Response,
    *,
    required_scopes: tuple[str, ...] = (),
    as_class: type[APIError] | None = None,
) -> APIError:
    """Build the typed error for a non-2xx response (its body must already be read).

    ``as_class`` names a more specific class for callers that know more than the status says
    (e.g. a 401 on a stored OAuth token).
    """
    request = response.request
    method = request.method if request is not None else ""
    path = request.url.path if request is not None else ""
    problem: dict[str, Any] = {}
    excerpt: str | None = None
    try:
        body = response.json()
        if isinstance(body, dict):
            problem = body
        else:
            excerpt = redact_text(response.text[:_EXCERPT])
    except (json.JSONDecodeError, UnicodeDecodeError, ValueError):
        excerpt = redact_text(response.text[:_EXCERPT]) if response.content else None
    is_problem = any(k in problem for k in ("title", "detail", "type", "instance"))
    if problem and not is_problem:
        # The gateway's own bodies, e.g. {"message": "Endpoint request timed out"}.
        excerpt = redact_text(json.dumps(problem)[:_EXCERPT])
    code = _six_digit_code(problem) if problem else None
    cls = as_class or class_for(response.status_code, code)
    detail = problem.get("detail") if is_problem else None
    title = problem.get("title") if is_problem else None
    message = str(detail or title or problem.get("message") or response.reason_phrase or "error")
    kwargs: dict[str, Any] = dict(
        status=response.status_code,
        method=method,
        path=path,
        type=problem.get("type") if is_problem else None,
        title=title,
        detail=detail,
        instance=problem.get("instance") if is_problem else None,
        code=code,
        correlation_id=response.headers.get("x-correlation-id"),
        body_excerpt=excerpt,
        response=response,  # APIError keeps a copy without credentials
    )
    if cls is RateLimited:
        kwargs["retry_after"] = parse_retry_after(response.headers.get("retry-after"))
    if issubclass(cls, Forbidden):
        kwargs["required_scopes"] = required_scopes
    error = cls(message, **kwargs)
    if response.status_code == 422 and "idempotency" in f"{detail} {title}".lower():
        error.hint = "this idempotency-key was used with another body; a new request needs a new key"
    return error
