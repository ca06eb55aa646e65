"""Credentials: bearer tokens, the partner OAuth authorization-code flow, token stores, scopes.

``BearerAuth`` (``_bearer``) sends a token per request and is the seam a token store hooks a 401
into. ``FlexportOAuth`` (``_oauth``) runs the partner flow and hands out ``StoredTokenAuth`` per
merchant account; tokens live in a ``TokenStore`` (``_tokens``: memory and 0600 files). Which
scopes each version knows is in ``_scopes``. OAuth and the stores load on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from flexport_facade._core.lazy import lazy_attributes as _lazy_attributes
from flexport_facade.auth._bearer import BearerAuth, TokenSource, UnauthorizedHook

if TYPE_CHECKING:
    from flexport_facade._exceptions import (
        AuthorizationDenied,
        OAuthStateError,
        ReauthorizationRequired,
        ScopeError,
        TokenRevoked,
    )
    from flexport_facade.auth._oauth import FlexportOAuth, StoredTokenAuth
    from flexport_facade.auth._scopes import first_version_with, scopes_for
    from flexport_facade.auth._tokens import FileTokenStore, MemoryTokenStore, Token, TokenStore

__getattr__ = _lazy_attributes(
    __name__,
    {
        "AuthorizationDenied": "flexport_facade._exceptions",
        "OAuthStateError": "flexport_facade._exceptions",
        "ReauthorizationRequired": "flexport_facade._exceptions",
        "ScopeError": "flexport_facade._exceptions",
        "TokenRevoked": "flexport_facade._exceptions",
        "FlexportOAuth": "flexport_facade.auth._oauth",
        "StoredTokenAuth": "flexport_facade.auth._oauth",
        "first_version_with": "flexport_facade.auth._scopes",
        "scopes_for": "flexport_facade.auth._scopes",
        "FileTokenStore": "flexport_facade.auth._tokens",
        "MemoryTokenStore": "flexport_facade.auth._tokens",
        "Token": "flexport_facade.auth._tokens",
        "TokenStore": "flexport_facade.auth._tokens",
    },
)

__all__ = [
    "AuthorizationDenied",
    "BearerAuth",
    "FileTokenStore",
    "FlexportOAuth",
    "MemoryTokenStore",
    "OAuthStateError",
    "ReauthorizationRequired",
    "ScopeError",
    "StoredTokenAuth",
    "Token",
    "TokenRevoked",
    "TokenSource",
    "TokenStore",
    "UnauthorizedHook",
    "first_version_with",
    "scopes_for",
]
