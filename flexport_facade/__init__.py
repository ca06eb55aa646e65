"""flexport-facade: typed, version-pinned clients for the Flexport Logistics API and API v1.

Where things live (each subpackage's docstring says what it owns):

- ``_client``       ``Flexport`` and ``AsyncFlexport``: pinning, bound operations, ``request``, ``paginate``
                    (``AsyncFlexport`` in ``_async_client``; ``_sync_client`` is generated from it)
- ``_core/``        the request pipeline (``http``, ``_async_pipeline``), retries (``retry``), the operation
                    index, the version registry, snapshots, error mapping, redaction, and ``_concurrency``
                    (what the sync and async clients do differently)
- ``auth/``         bearer tokens, partner OAuth, token stores, scopes
- ``pagination/``   offset and cursor walks, checkpoints, concurrency
- ``webhooks/``     verify, de-duplicate, parse, the ASGI endpoint, subscriptions
- ``v1/``           Flexport API v1
- ``testing/``      the local simulator and its pytest plugin
- ``errors``        the public error module (classes defined in ``_exceptions``); defaults in ``_constants``
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from flexport_facade import errors

if TYPE_CHECKING:  # the same classes, plus overloads: a literal version gives its typed client
    from flexport_facade._typed_versions import AsyncFlexport, Flexport
else:  # AsyncFlexport loads on first use (below): a sync integration never imports its modules
    from flexport_facade._sync_client import Flexport
from flexport_facade._core.http import ApiResponse
from flexport_facade._core.lazy import lazy_attributes as _lazy_attributes
from flexport_facade._core.operations import OperationMeta
from flexport_facade._core.retry import NO_RETRY, RetryEvent, RetryPolicy
from flexport_facade._core.versions import ApiVersion, known_versions
from flexport_facade._exceptions import FlexportError, VersionError
from flexport_facade._version import __version__
from flexport_facade.auth._bearer import BearerAuth, UnauthorizedHook

if TYPE_CHECKING:
    from flexport_facade._exceptions import (
        CursorRejected,
        PaginationError,
        ReauthorizationRequired,
        TokenRevoked,
    )
    from flexport_facade.auth._oauth import FlexportOAuth
    from flexport_facade.auth._tokens import FileTokenStore, MemoryTokenStore, Token, TokenStore
    from flexport_facade.pagination import AsyncPager, Pager
    from flexport_facade.v1 import AsyncFlexportV1, FlexportV1

# OAuth, token stores, the pagination engine, the v1 client and the async client load on first use:
# most integrations need few of them.
__getattr__ = _lazy_attributes(
    __name__,
    {
        "AsyncFlexport": "flexport_facade._async_client",
        "TokenRevoked": "flexport_facade._exceptions",
        "ReauthorizationRequired": "flexport_facade._exceptions",
        "PaginationError": "flexport_facade._exceptions",
        "CursorRejected": "flexport_facade._exceptions",
        "TokenStore": "flexport_facade.auth._tokens",
        "Token": "flexport_facade.auth._tokens",
        "FileTokenStore": "flexport_facade.auth._tokens",
        "MemoryTokenStore": "flexport_facade.auth._tokens",
        "FlexportOAuth": "flexport_facade.auth._oauth",
        "Pager": "flexport_facade.pagination",
        "AsyncPager": "flexport_facade.pagination",
        "FlexportV1": "flexport_facade.v1",
        "AsyncFlexportV1": "flexport_facade.v1",
    },
)

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
    "FlexportError",
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
    "__version__",
    "errors",
    "known_versions",
]
