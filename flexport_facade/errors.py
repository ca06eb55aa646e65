"""Typed errors: one base, one class per status family, transport failures, six-digit codes.

``error_from_response`` maps any non-2xx answer (problem+json, the gateway's bare JSON, HTML) to
one of these. ``str()`` is one actionable line; no token or Authorization header ever appears.
"""

from __future__ import annotations

import email.utils
import json
import re
from datetime import UTC, datetime
from typing import Any

import httpx

from flexport_facade.redact import redact_headers, redact_text

_EXCERPT = 200


class FlexportError(Exception):
    """Base of every error this package raises about the API."""


class StoreUnavailable(FlexportError):
    """A shared store (Redis, PostgreSQL) could not be reached, timed out, or refused writes.

    Raised instead of the driver's own exception, so callers catch one class; the message names the
    store and its host, never a password. Retry once the server is back."""


class APIError(FlexportError):
    """The API answered with a non-2xx status."""

    status: int = 0
    hint: str = ""

    def __init__(
        self,
        message: str,
        *,
        status: int,
        method: str = "",
        path: str = "",
        type: str | None = None,
        title: str | None = None,
        detail: str | None = None,
        instance: str | None = None,
        code: int | None = None,
        correlation_id: str | None = None,
        body_excerpt: str | None = None,
        response: httpx.Response | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.status = status
        self.method = method
        self.path = path
        self.type = type
        self.title = title
        self.detail = detail
        self.instance = instance
        self.code = code
        self.code_name = CODE_NAMES.get(code) if code is not None else None
        self.correlation_id = correlation_id
        self.body_excerpt = body_excerpt
        self.response = response

    def __str__(self) -> str:
        where = f"{self.method} {self.path}: " if self.method else ""
        parts = [f"{where}{self.status} {self.message}"]
        if self.code is not None:
            parts.append(f"[{self.code}{' ' + self.code_name if self.code_name else ''}]")
        if self.hint:
            parts.append(f"- {self.hint}")
        if self.correlation_id:
            parts.append(f"(x-correlation-id {self.correlation_id})")
        # One line, whatever the server put in its detail.
        return redact_text(" ".join(" ".join(parts).split()))

    def __repr__(self) -> str:
        name = type(self).__name__
        return f"{name}(status={self.status}, method={self.method!r}, path={self.path!r}, code={self.code})"


class BadRequest(APIError):
    status = 400
    hint = "correct the request (parameters, body, resource state) and send it again"


class Unauthorized(APIError):
    status = 401
    hint = (
        "the token is invalid or expired (merchant tokens expire a year after creation); "
        "rotate it in Seller Portal -> Settings -> API Tokens"
    )


class Forbidden(APIError):
    status = 403
    # Never "token <word>" here: redact_text would mask the word as if it were a credential.
    hint = "a scope this operation needs is missing from the token; issue one that carries it"

    def __init__(self, message: str, *, required_scopes: tuple[str, ...] = (), **kw: Any) -> None:
        super().__init__(message, **kw)
        self.required_scopes = required_scopes
        if required_scopes:
            # 403 also answers accounts without billing or sandbox accounts: the detail says which.
            self.hint = (
                f"this operation needs {', '.join(required_scopes)}; if the credentials carry it, "
                "the detail names what the account lacks (billing, sandbox)"
            )


class NotFound(APIError):
    status = 404
    hint = "check the identifier; the resource may not exist or not belong to this account"


class Conflict(APIError):
    status = 409
    hint = "a resource with this identifier exists; use a unique id, or an idempotency-key to retry"


class UnprocessableEntity(APIError):
    status = 422
    hint = "the payload failed validation; check its fields"


class Locked(APIError):
    status = 423
    hint = "the Flexport account is frozen or deactivated; contact Flexport support"


class RateLimited(APIError):
    status = 429
    hint = "too many requests; back off and retry later"

    def __init__(self, message: str, *, retry_after: float | None = None, **kw: Any) -> None:
        super().__init__(message, **kw)
        self.retry_after = retry_after


class ServerError(APIError):
    status = 500
    hint = "a server-side failure; retry later"


class GatewayTimeout(ServerError):
    status = 504
    hint = "the gateway cut the request (about 29 s); ask for less per request (smaller page size)"


# Six-digit codes (seed 000, Errors). OAuth codes come with 400.
class OAuthError(BadRequest):
    """A six-digit OAuth error (405001-405005)."""


class InvalidRedirectUri(OAuthError):
    hint = (
        "redirect_uri must equal the one registered for the client id exactly; "
        "with client_id=identity it must be https://deliverr.com"
    )


class InvalidClientId(OAuthError):
    hint = "use client_id=identity or the application id Flexport issued to you"


class MissingScopes(OAuthError):
    hint = "pass at least one scope"


class InvalidScopes(OAuthError):
    hint = "request only scopes this API version knows, separated by spaces"


class InvalidCode(OAuthError):
    hint = "the code was used, expired or is wrong; restart the OAuth flow for a new code"


class InvalidOrderStatus(BadRequest):
    hint = "the order's state does not allow this (a retry needs a Canceled order)"


CODE_NAMES: dict[int, str] = {
    405001: "Invalid redirect URI",
    405002: "Invalid client_id",
    405003: "Missing scopes",
    405004: "Invalid scopes",
    405005: "Invalid code",
    407001: "Invalid order status",
}
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


class UnexpectedResponse(FlexportError):
    """A 2xx answer whose body the pinned version's model cannot read (a field missing or of
    another type): the spec and the server disagree. The answer is kept whole for inspection."""

    def __init__(self, message: str, *, response: httpx.Response, cause: Exception) -> None:
        request = response.request
        where = f"{request.method} {request.url.path}: " if request is not None else ""
        correlation = response.headers.get("x-correlation-id")
        tail = f" (x-correlation-id {correlation})" if correlation else ""
        excerpt = redact_text(response.text[:_EXCERPT]) if response.content else ""
        super().__init__(
            " ".join(
                f"{where}{response.status_code} {message}: {type(cause).__name__}: {cause}{tail}".split()
            )
            + (f" - body starts: {' '.join(excerpt.split())}" if excerpt else "")
        )
        self.status = response.status_code
        self.response = response
        self.correlation_id = correlation
        self.__cause__ = cause


class TransportError(FlexportError):
    """No HTTP answer: the request failed on the wire."""

    def __init__(self, message: str, *, method: str = "", path: str = "") -> None:
        super().__init__(redact_text(message))
        self.method = method
        self.path = path

    def __str__(self) -> str:
        where = f"{self.method} {self.path}: " if self.method else ""
        return f"{where}{self.args[0]}"


class ConnectionFailed(TransportError):
    """Could not connect, or the connection dropped before an answer."""


class Timeout(TransportError):
    """No answer within the timeout (the gateway itself gives up at about 29 s)."""


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


_CODE_RE = re.compile(r"(?<!\d)(40[5-7]\d{3})(?!\d)")


def _six_digit_code(problem: dict[str, Any]) -> int | None:
    """The code lives in the problem's ``code`` member; older answers only name it in ``type``/``title``."""
    raw = problem.get("code")
    if isinstance(raw, int):
        return raw
    if isinstance(raw, str) and raw.isdigit():
        return int(raw)
    for key in ("type", "title", "detail"):
        value = problem.get(key)
        if isinstance(value, str) and (m := _CODE_RE.search(value)):
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
        response=_without_credentials(response),
    )
    if cls is RateLimited:
        kwargs["retry_after"] = parse_retry_after(response.headers.get("retry-after"))
    if issubclass(cls, Forbidden):
        kwargs["required_scopes"] = required_scopes
    error = cls(message, **kwargs)
    if response.status_code == 422 and "idempotency" in f"{detail} {title}".lower():
        error.hint = "this idempotency-key was used with another body; a new request needs a new key"
    return error


def _without_credentials(response: httpx.Response) -> httpx.Response:
    """The response an error carries, with its request's secret headers masked: errors travel to
    logs and error trackers whole, and the live request would hand them the token."""
    try:
        request = response.request
    except RuntimeError:  # a response built without a request
        return response
    if not any(h in request.headers for h in ("authorization", "cookie")):
        return response
    headers = httpx.Headers(redact_headers(request.headers.multi_items()))
    clean = httpx.Request(request.method, request.url, headers=headers, extensions=request.extensions)
    # The body is already decoded: drop the headers that would make httpx decode it again.
    kept = [(k, v) for k, v in response.headers.multi_items() if k.lower() not in _TRANSFER_HEADERS]
    return httpx.Response(
        response.status_code,
        headers=kept,
        content=response.content,
        request=clean,
        extensions=response.extensions,
    )


_TRANSFER_HEADERS = frozenset({"content-encoding", "content-length", "transfer-encoding"})
