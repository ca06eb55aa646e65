"""Bearer-token auth as an ``httpx.Auth``, and the seam an OAuth token store plugs into.

Auth is applied per request by httpx (not baked into a client's default headers), so a callable
token is asked again on every attempt and a rotated token is picked up without a new client.

The 401 seam: any ``httpx.Auth`` passed as ``Flexport(auth=...)`` may define
``on_unauthorized(error)`` (sync, or async for ``AsyncFlexport``). The facade calls it once per
logical call that ends in 401, with the ``errors.Unauthorized`` about to be raised, so a token
store can mark that merchant's token inactive. It must not raise; what it raises is logged and dropped.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Generator
from typing import Protocol, runtime_checkable

import httpx

from flexport_facade import errors
from flexport_facade._core.redact import mask
from flexport_facade.auth._token_text import clean_token

log = logging.getLogger("flexport_facade")

TokenSource = str | Callable[[], str]


@runtime_checkable
class UnauthorizedHook(Protocol):
    """Optional on an auth object: told about a 401 that ends a call."""

    def on_unauthorized(self, error: errors.Unauthorized) -> object: ...


def _clean(token: str) -> str:
    return clean_token(token, source="the token")


class BearerAuth(httpx.Auth):
    """``Authorization: Bearer <token>``; ``token`` is a string or a callable returning one."""

    def __init__(self, token: TokenSource) -> None:
        if not (isinstance(token, str) or callable(token)):
            raise TypeError(f"token must be a string or a callable returning one, not {type(token).__name__}")
        if isinstance(token, str):
            token = _clean(token)
        self._token = token
        # A fixed token's header value, made once (auth_flow runs for every attempt).
        self._header = f"Bearer {token}" if isinstance(token, str) else None

    def token(self) -> str:
        return _clean(self._token()) if callable(self._token) else self._token

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["Authorization"] = self._header or f"Bearer {self.token()}"
        yield request

    def __repr__(self) -> str:
        shown = "<callable>" if callable(self._token) else mask(self._token)
        return f"BearerAuth(token={shown})"


def unauthorized_hook(auth: httpx.Auth | None) -> Callable[[errors.Unauthorized], object] | None:
    """The ``on_unauthorized`` of an auth object, if it has one (the pipelines call it)."""
    hook = getattr(auth, "on_unauthorized", None)
    return hook if callable(hook) else None
