"""flexport-facade: typed, version-pinned clients for the Flexport Logistics API and API v1."""

from __future__ import annotations

from flexport_facade import errors
from flexport_facade.auth import BearerAuth, UnauthorizedHook
from flexport_facade.client import AsyncFlexport, Flexport
from flexport_facade.http import ApiResponse
from flexport_facade.operations import OperationMeta
from flexport_facade.retry import NO_RETRY, RetryEvent, RetryPolicy
from flexport_facade.versions import ApiVersion, VersionError, known_versions

__all__ = [
    "NO_RETRY",
    "ApiResponse",
    "ApiVersion",
    "AsyncFlexport",
    "BearerAuth",
    "Flexport",
    "OperationMeta",
    "RetryEvent",
    "RetryPolicy",
    "UnauthorizedHook",
    "VersionError",
    "errors",
    "known_versions",
]
