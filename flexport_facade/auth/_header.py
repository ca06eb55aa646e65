"""A token sent in a named header, for API families whose registry row says ``auth = "header:<Name>"``
or ``auth = "token"`` (``Authorization: Token token="<key>"``, the v1 form).

Like ``BearerAuth`` it is applied per request (a callable token is asked again on every attempt), and
the header's name is registered as secret with ``_core.redact`` when the auth is built, so errors,
reprs and logs mask it as they mask ``Authorization``.
"""

from __future__ import annotations

from collections.abc import Generator

import httpx

from flexport_facade._core.redact import add_secret_header, mask
from flexport_facade.auth._bearer import TokenSource, _clean


class HeaderAuth(httpx.Auth):
    """``<header>: <template with {token} filled>``; ``token`` is a string or a callable returning one."""

    def __init__(self, header: str, token: TokenSource, *, template: str = "{token}") -> None:
        if not (isinstance(token, str) or callable(token)):
            raise TypeError(f"token must be a string or a callable returning one, not {type(token).__name__}")
        self.header = header
        self._template = template
        # Quoted forms (Token token="...") cannot carry a quote; check a fixed token now, not per request.
        self._token = self._checked(token) if isinstance(token, str) else token
        add_secret_header(header)

    def _checked(self, token: str) -> str:
        value = _clean(token)
        if '"' in self._template and '"' in value:
            raise ValueError(f"the token for {self.header} contains a quote; check how it was copied")
        return value

    def token(self) -> str:
        return self._checked(self._token()) if callable(self._token) else self._token

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers[self.header] = self._template.format(token=self.token())
        yield request

    def __repr__(self) -> str:
        shown = "<callable>" if callable(self._token) else mask(self._token)
        return f"HeaderAuth(header={self.header!r}, token={shown})"
