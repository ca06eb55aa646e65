"""Every error the package raises, in one place. Catch ``FlexportError`` for all of them.

The tree (a v1 class also derives from the shared status class, so ``except errors.Unauthorized``
catches a v1 bad token as well):

    FlexportError
      APIError
        BadRequest
          OAuthError
            InvalidRedirectUri
            InvalidClientId
            MissingScopes
            InvalidScopes
            InvalidCode
          InvalidOrderStatus
        Unauthorized
          TokenRevoked
        Forbidden
        NotFound
        Conflict
        UnprocessableEntity
        Locked
        RateLimited
        ServerError
          GatewayTimeout
        V1Error
          V1BadRequest  (also BadRequest)
          BadToken  (also Unauthorized)
          V1Forbidden  (also Forbidden)
          V1NotFound  (also NotFound)
          MethodNotAllowed
          NotAcceptable
          V1UnprocessableEntity  (also UnprocessableEntity)
            ArchivedPlace
          V1RateLimited  (also RateLimited)
          V1ServerError  (also ServerError)
            V1ServiceUnavailable
      UnexpectedResponse
      TransportError
        ConnectionFailed
        RequestTimeout   (Timeout: deprecated alias)
      VersionError  (also ValueError)
      ScopeError  (also ValueError)
      OAuthStateError
      AuthorizationDenied
      ReauthorizationRequired
      PaginationError
        CursorRejected
      WebhookError
        InvalidPayload
        Unauthenticated
        DeliveryInFlight
      UnexpectedBody
      StoreUnavailable
      SpecLoadError  (also ValueError)
      SpecArgumentError  (also ValueError)
      PythonApiUnavailable

``str()`` is one actionable line; no token or Authorization header ever appears in it. Mapping an
answer to its class lives in ``flexport_facade._core.error_mapping``.
"""

from __future__ import annotations

from typing import Any

import httpx

from flexport_facade._core._records import record
from flexport_facade._core.redact import redact_text, response_without_credentials

_EXCERPT = 200


class FlexportError(Exception):
    """Base of every error this package raises about the API."""


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
        # Errors travel to logs and trackers whole: the live request would hand them the token.
        self.response = response_without_credentials(response) if response is not None else None

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
        self.response = response_without_credentials(response)
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


class RequestTimeout(TransportError):
    """No answer within the timeout (the gateway itself gives up at about 29 s).

    Named so that ``from flexport_facade.errors import *`` does not shadow ``httpx.Timeout``;
    ``errors.Timeout`` is a deprecated alias of this class."""


# -- Versions ----------------------------------------------------------------------------------


class VersionError(FlexportError, ValueError):
    """A version that cannot be pinned: missing, unknown, or unstable without consent."""


# -- Partner OAuth -----------------------------------------------------------------------------


class ScopeError(FlexportError, ValueError):
    """Scopes rejected before any request: unknown, not in this version, or badly separated."""


class OAuthStateError(FlexportError):
    """The callback's state is missing or differs from the one issued (possible CSRF)."""


class AuthorizationDenied(FlexportError):
    """The callback carries an OAuth ``error`` instead of a code."""


class ReauthorizationRequired(FlexportError):
    """No usable token for this merchant account: it must authorize the application again."""

    def __init__(self, logistics_account_id: str, reason: str) -> None:
        super().__init__(
            f"no usable token for logistics account {logistics_account_id} ({reason}); "
            "send the merchant through the OAuth flow again"
        )
        self.logistics_account_id = logistics_account_id


class TokenRevoked(Unauthorized):
    """A stored token got 401: it is now marked inactive in the store."""

    logistics_account_id: str = ""
    hint = ""  # the merchant re-authorizes; rotating a Seller Portal token is not the fix here

    def __str__(self) -> str:
        return (
            f"{super().__str__()} - the token of logistics account {self.logistics_account_id} was "
            "rejected and marked inactive; that merchant must re-authorize the application"
        )


# -- Pagination --------------------------------------------------------------------------------


class PaginationError(FlexportError):
    """A walk cannot go on. ``checkpoint`` resumes it (``paginate(..., resume=err.checkpoint)``)."""

    def __init__(self, message: str, *, checkpoint: dict[str, Any] | None) -> None:
        super().__init__(message)
        self.checkpoint = checkpoint


class CursorRejected(PaginationError):
    """The server kept failing one ``page_info`` (a dead cursor answers 500 on every retry)."""

    def __init__(self, message: str, *, checkpoint: dict[str, Any] | None, status: int) -> None:
        super().__init__(message, checkpoint=checkpoint)
        self.status = status


# -- Webhooks ----------------------------------------------------------------------------------


class WebhookError(FlexportError):
    """A delivery we refuse; ``status`` is what the ASGI endpoint answers (400, 401 or 503)."""

    status = 400


class InvalidPayload(WebhookError):
    status = 400


class Unauthenticated(WebhookError):
    status = 401


class DeliveryInFlight(WebhookError):
    """The same event is being handled right now (by another worker or request): answer 503 so the
    sender retries later, by which time it is handled (a duplicate) or released (handled anew)."""

    status = 503


# -- Flexport API v1 ---------------------------------------------------------------------------


class V1Error(APIError):
    """Any non-2xx answer of Flexport API v1."""

    def __init__(
        self, message: str, *, messages: tuple[str, ...] = (), codes: tuple[str, ...] = (), **kw: Any
    ) -> None:
        super().__init__(message, **kw)
        self.messages = messages  # every message of the body, in order
        self.codes = codes  # the machine codes of the 401 form, e.g. ("bad_token",)


class V1BadRequest(V1Error, BadRequest):
    pass


class BadToken(V1Error, Unauthorized):
    hint = (
        "the v1 API key is invalid or expired; an Admin or Billing user generates a new one "
        "at flexport.com -> account settings -> API"
    )


class V1Forbidden(V1Error, Forbidden):
    pass


class V1NotFound(V1Error, NotFound):
    hint = "no such record, or this API key may not see it"


class MethodNotAllowed(V1Error):
    status = 405
    hint = "this endpoint does not take that HTTP method"


class NotAcceptable(V1Error):
    status = 406
    hint = (
        "the Accept header names a version or format the API does not serve; send application/vnd.flexport.v1"
    )


class V1UnprocessableEntity(V1Error, UnprocessableEntity):
    pass


@record(frozen=True)
class ReplacementPlace:
    """The place that replaced an archived one; resubmit with ``id``."""

    field: str  # the request field that named the archived place, e.g. "destination_id"
    id: int
    type: str | None
    location: str | None


class ArchivedPlace(V1UnprocessableEntity):
    """A place id in the request is archived; ``replacements`` holds the place to use instead."""

    hint = "a place in the request was archived after an edit; check the replacement and resubmit with its id"

    def __init__(self, message: str, *, replacements: tuple[ReplacementPlace, ...] = (), **kw: Any) -> None:
        super().__init__(message, **kw)
        self.replacements = replacements

    def replacement_ids(self) -> dict[str, int]:
        """``{field: replacement id}``, ready to merge into the record before resubmitting."""
        return {r.field: r.id for r in self.replacements}


class V1RateLimited(V1Error, RateLimited):
    pass


class V1ServerError(V1Error, ServerError):
    pass


class V1ServiceUnavailable(V1ServerError):
    status = 503
    hint = "the API is offline for maintenance; retry later"


class UnexpectedBody(FlexportError):
    """A 2xx answer whose body is not the envelope the operation returns."""


# -- Release comparison ------------------------------------------------------------------------


class SpecLoadError(FlexportError, ValueError):
    """A document that cannot be read: its message names the file, the place and the fix."""

    def __init__(self, source: str, where: str, problem: str, fix: str) -> None:
        self.source, self.where, self.problem, self.fix = source, where, problem, fix
        place = f"{source}:{where}" if where else source
        super().__init__(f"{place}: {problem}; {fix}")


class SpecArgumentError(FlexportError, ValueError):
    """A spec argument that is neither a registered version nor a readable OpenAPI document."""


class PythonApiUnavailable(FlexportError):
    """Why the Python API could not be compared (shown as a skipped note, never fatal)."""


# -- Shared stores (flexport_facade.stores) ----------------------------------------------------


class StoreUnavailable(FlexportError):
    """A shared store (Redis, PostgreSQL) could not be reached, timed out, or refused writes.

    Raised instead of the driver's own exception, so callers catch one class; the message names the
    store and its host, never a password. Retry once the server is back. The webhook endpoint answers
    503 for it, so the sender delivers again."""

    status = 503
