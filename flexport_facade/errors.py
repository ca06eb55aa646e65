"""The public error module: ``from flexport_facade import errors``; ``except errors.NotFound``.

Every class is defined in ``flexport_facade._exceptions`` (its docstring draws the tree);
``error_from_response`` turns an ``httpx.Response`` into one of them.
"""

from __future__ import annotations

import warnings as _warnings

from flexport_facade._core.error_mapping import class_for, error_from_response, parse_retry_after
from flexport_facade._exceptions import (
    CODE_NAMES,
    APIError,
    ArchivedPlace,
    AuthorizationDenied,
    BadRequest,
    BadToken,
    Conflict,
    ConnectionFailed,
    CursorRejected,
    FlexportError,
    Forbidden,
    GatewayTimeout,
    InvalidClientId,
    InvalidCode,
    InvalidOrderStatus,
    InvalidPayload,
    InvalidRedirectUri,
    InvalidScopes,
    Locked,
    MethodNotAllowed,
    MissingScopes,
    NotAcceptable,
    NotFound,
    OAuthError,
    OAuthStateError,
    PaginationError,
    RateLimited,
    ReauthorizationRequired,
    ReplacementPlace,
    RequestTimeout,
    ScopeError,
    ServerError,
    TokenRevoked,
    TransportError,
    Unauthenticated,
    Unauthorized,
    UnexpectedBody,
    UnexpectedResponse,
    UnprocessableEntity,
    V1BadRequest,
    V1Error,
    V1Forbidden,
    V1NotFound,
    V1RateLimited,
    V1ServerError,
    V1ServiceUnavailable,
    V1UnprocessableEntity,
    VersionError,
    WebhookError,
)

__all__ = [
    "CODE_NAMES",
    "APIError",
    "ArchivedPlace",
    "AuthorizationDenied",
    "BadRequest",
    "BadToken",
    "Conflict",
    "ConnectionFailed",
    "CursorRejected",
    "FlexportError",
    "Forbidden",
    "GatewayTimeout",
    "InvalidClientId",
    "InvalidCode",
    "InvalidOrderStatus",
    "InvalidPayload",
    "InvalidRedirectUri",
    "InvalidScopes",
    "Locked",
    "MethodNotAllowed",
    "MissingScopes",
    "NotAcceptable",
    "NotFound",
    "OAuthError",
    "OAuthStateError",
    "PaginationError",
    "RateLimited",
    "ReauthorizationRequired",
    "ReplacementPlace",
    "RequestTimeout",
    "ScopeError",
    "ServerError",
    "TokenRevoked",
    "TransportError",
    "Unauthenticated",
    "Unauthorized",
    "UnexpectedBody",
    "UnexpectedResponse",
    "UnprocessableEntity",
    "V1BadRequest",
    "V1Error",
    "V1Forbidden",
    "V1NotFound",
    "V1RateLimited",
    "V1ServerError",
    "V1ServiceUnavailable",
    "V1UnprocessableEntity",
    "VersionError",
    "WebhookError",
    "class_for",
    "error_from_response",
    "parse_retry_after",
]


def __getattr__(name: str) -> type[RequestTimeout]:
    # Deprecated names keep working (with a warning) but are not exported by ``import *``.
    if name == "Timeout":
        _warnings.warn(
            "flexport_facade.errors.Timeout is deprecated (it shadowed httpx.Timeout); catch "
            "errors.RequestTimeout instead",
            DeprecationWarning,
            stacklevel=2,
        )
        return RequestTimeout
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
