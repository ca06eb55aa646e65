"""flexport-facade: typed, version-pinned clients for the Flexport Logistics API and API v1."""

from __future__ import annotations

from typing import TYPE_CHECKING

from flexport_facade import errors
from flexport_facade.auth import BearerAuth, UnauthorizedHook
from flexport_facade.client import AsyncFlexport, Flexport
from flexport_facade.http import ApiResponse
from flexport_facade.operations import OperationMeta
from flexport_facade.retry import NO_RETRY, RetryEvent, RetryPolicy
from flexport_facade.v1 import AsyncFlexportV1, FlexportV1
from flexport_facade.versions import ApiVersion, VersionError, known_versions

if TYPE_CHECKING:
    from flexport_facade.oauth import FlexportOAuth, ReauthorizationRequired, TokenRevoked
    from flexport_facade.pagination import AsyncPager, CursorRejected, Pager, PaginationError
    from flexport_facade.tokens import FileTokenStore, MemoryTokenStore, Token, TokenStore

# OAuth and token stores load on first use: most integrations never need them.
_LAZY = {
    "TokenRevoked": "flexport_facade.oauth",
    "ReauthorizationRequired": "flexport_facade.oauth",
    "TokenStore": "flexport_facade.tokens",
    "Token": "flexport_facade.tokens",
    "Pager": "flexport_facade.pagination",
    "AsyncPager": "flexport_facade.pagination",
    "PaginationError": "flexport_facade.pagination",
    "CursorRejected": "flexport_facade.pagination",
    "FlexportOAuth": "flexport_facade.oauth",
    "FileTokenStore": "flexport_facade.tokens",
    "MemoryTokenStore": "flexport_facade.tokens",
}


def __getattr__(name: str) -> object:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'flexport_facade' has no attribute {name!r}")


__all__ = [
    "NO_RETRY",
    "ApiResponse",
    "ApiVersion",
    "AsyncFlexport",
    "AsyncFlexportV1",
    "AsyncPager",
    "BearerAuth",
    "CursorRejected",
    "FileTokenStore",
    "Flexport",
    "FlexportOAuth",
    "FlexportV1",
    "MemoryTokenStore",
    "OperationMeta",
    "Pager",
    "PaginationError",
    "ReauthorizationRequired",
    "RetryEvent",
    "RetryPolicy",
    "Token",
    "TokenRevoked",
    "TokenStore",
    "UnauthorizedHook",
    "VersionError",
    "errors",
    "known_versions",
]
