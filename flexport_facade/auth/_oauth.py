"""Partner OAuth: the authorization-code flow, one stored token per merchant account.

Written by hand on the standard library rather than on an OAuth library: the flow is one redirect
URL and one form POST, and Flexport departs from RFC 6749 where libraries are strict (its token
answer has no ``token_type``; its errors are problem+json with six-digit codes, not ``error=``).
``secrets`` makes the state and ``hmac.compare_digest`` checks it, as a library would.

Client credentials at the token endpoint: the reference says the application id and secret are the
credentials but not how they travel. We send them as HTTP Basic (RFC 6749 §2.3.1's recommended
``client_secret_basic``); ``credentials="form"`` puts them in the form body instead.
"""

from __future__ import annotations

import hmac
import logging
import secrets
from collections import OrderedDict
from collections.abc import Generator, Iterable, Mapping
from datetime import UTC, datetime
from typing import Literal
from urllib.parse import parse_qsl, urlencode, urlsplit

import httpx

from flexport_facade import errors
from flexport_facade._constants import LOGISTICS_BASE_URL, OAUTH_MAX_PENDING
from flexport_facade._core.redact import mask, printable, remember_secret
from flexport_facade._core.versions import get_version, known_versions
from flexport_facade._exceptions import (
    AuthorizationDenied,
    OAuthStateError,
    ReauthorizationRequired,
    ScopeError,
    TokenRevoked,
)
from flexport_facade.auth._scopes import first_version_with, scopes_for
from flexport_facade.auth._token_text import clean_token
from flexport_facade.auth._tokens import MemoryTokenStore, Token, TokenStore

log = logging.getLogger("flexport_facade.oauth")

DEFAULT_BASE_URL = LOGISTICS_BASE_URL
IDENTITY_CLIENT_ID = "identity"
IDENTITY_REDIRECT_URI = "https://deliverr.com"
OAUTH_SINCE = "2024-01"
_MAX_PENDING = OAUTH_MAX_PENDING  # "Partner OAuth (New)" in the 2024-01 release notes
Credentials = Literal["basic", "form"]


class FlexportOAuth:
    def __init__(
        self,
        *,
        client_id: str,
        version: str,
        client_secret: str | None = None,
        redirect_uri: str | None = None,
        store: TokenStore | None = None,
        base_url: str = DEFAULT_BASE_URL,
        credentials: Credentials = "basic",
        http_client: httpx.Client | None = None,
        timeout: float = 30.0,
    ) -> None:
        row = get_version(version, api="logistics")
        stable = [v.id for v in known_versions("logistics") if v.status == "stable"]
        if row.status == "stable" and stable.index(row.id) < stable.index(OAUTH_SINCE):
            raise ValueError(f"OAuth arrived in {OAUTH_SINCE}; version {version} has no OAuth endpoints")
        if client_id == IDENTITY_CLIENT_ID and redirect_uri not in (None, IDENTITY_REDIRECT_URI):
            raise ValueError(
                f"with client_id={IDENTITY_CLIENT_ID!r} the redirect_uri must be {IDENTITY_REDIRECT_URI} "
                "(Flexport answers 405001 otherwise)"
            )
        if credentials not in ("basic", "form"):
            raise ValueError(f'credentials must be "basic" or "form", not {credentials!r}')
        if client_id != IDENTITY_CLIENT_ID and not client_secret:
            raise ValueError("a partner application needs its client_secret for the code exchange")
        self.client_id = client_id
        self.version = row.id
        self._client_secret = client_secret
        if client_secret:
            remember_secret(client_secret)
        self.redirect_uri = redirect_uri
        self.store: TokenStore = store if store is not None else MemoryTokenStore()
        self.base_url = base_url.rstrip("/")
        self.credentials = credentials
        self._http = http_client or httpx.Client(timeout=timeout)
        self._owns_http = http_client is None
        # What each issued state asked for, so complete() can record the token's scopes; bounded,
        # since abandoned flows never come back.
        self._pending: OrderedDict[str, tuple[str, ...]] = OrderedDict()

    def __repr__(self) -> str:
        return (
            f"FlexportOAuth(client_id={self.client_id!r}, version={self.version!r}, "
            f"client_secret={mask(self._client_secret)}, store={self.store!r})"
        )

    def close(self) -> None:
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> FlexportOAuth:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- step 1: where to send the merchant ---------------------------------------------------
    def check_scopes(self, scopes: Iterable[str]) -> list[str]:
        """Our own check before any request, so a bad scope never costs a round trip."""
        wanted = list(scopes)
        if isinstance(scopes, str):
            raise ScopeError("pass scopes as a list of names, e.g. ['read_logistics_orders']")
        if not wanted:
            raise ScopeError("no scopes given; name at least one (Flexport answers 405003 otherwise)")
        known = scopes_for(self.version)
        for scope in wanted:
            if any(sep in scope for sep in ("+", ",", " ", "%20")):
                raise ScopeError(
                    f"scope {scope!r} holds a separator; pass each scope as its own list item "
                    "(they are joined with spaces)"
                )
            if scope not in known:
                first = first_version_with(scope)
                where = f"it is available from {first}" if first else "no version knows it"
                raise ScopeError(
                    f"scope {scope!r} is not available in {self.version} ({where}); "
                    f"known here: {', '.join(sorted(known))}"
                )
        return list(dict.fromkeys(wanted))

    def authorization_url(self, scopes: Iterable[str], *, state: str | None = None) -> tuple[str, str]:
        """The URL to send the merchant to, and the state to keep for the callback."""
        state = state or secrets.token_urlsafe(32)
        params = {
            "response_type": "code",
            "client_id": self.client_id,
            "scope": " ".join(self.check_scopes(scopes)),  # urlencode turns the spaces into '+'
        }
        if self.redirect_uri:
            params["redirect_uri"] = self.redirect_uri
        params["state"] = state
        self._pending[state] = tuple(params["scope"].split(" "))
        while len(self._pending) > _MAX_PENDING:
            self._pending.popitem(last=False)
        return f"{self._endpoint('authorize')}?{urlencode(params)}", state

    # -- step 2: the callback ------------------------------------------------------------------
    def complete(
        self,
        callback: str | Mapping[str, str],
        *,
        expected_state: str,
        scopes: Iterable[str] = (),
    ) -> Token:
        """Check the callback's state, exchange its code, store and return the token.

        ``callback`` is the callback URL, its query string, or the parsed query parameters.
        The token answer does not list scopes: they are the ones ``authorization_url`` asked for
        with this state (or ``scopes``, for a flow started elsewhere).
        """
        params = _query_params(callback)
        if "error" in params:
            raise AuthorizationDenied(
                f"the authorization was refused: {printable(params['error'])}"
                + (f" ({printable(params['error_description'])})" if "error_description" in params else "")
            )
        got = params.get("state")
        if not got:
            raise OAuthStateError("the callback has no state; refusing it (restart the OAuth flow)")
        if not expected_state or not hmac.compare_digest(got.encode(), expected_state.encode()):
            raise OAuthStateError("the callback's state does not match the one issued; refusing it")
        code = params.get("code")
        if not code:
            raise AuthorizationDenied("the callback has no code; restart the OAuth flow")
        asked = tuple(scopes) or self._pending.pop(expected_state, ())
        token = self.exchange_code(code, scopes=asked)
        self.store.put(token)
        log.info("stored token for logistics account %s", printable(token.logistics_account_id))
        return token

    def exchange_code(self, code: str, *, scopes: Iterable[str] = ()) -> Token:
        """POST the one-time code to the token endpoint (form-encoded). Never retried once sent:
        a code is single-use, so a second try could only fail with 405005."""
        form = {"grant_type": "authorization_code", "code": code}
        if self.redirect_uri:
            form["redirect_uri"] = self.redirect_uri
        auth: httpx.Auth | None = None
        if self._client_secret is not None:
            if self.credentials == "basic":
                auth = httpx.BasicAuth(self.client_id, self._client_secret)
            else:
                form.update(client_id=self.client_id, client_secret=self._client_secret)
        elif self.client_id != IDENTITY_CLIENT_ID:
            form["client_id"] = self.client_id
        url = self._endpoint("token")
        try:
            response = self._http.post(
                url, data=form, auth=auth or httpx.USE_CLIENT_DEFAULT, headers={"Accept": "application/json"}
            )
        except httpx.TimeoutException as exc:
            raise errors.RequestTimeout(f"token exchange timed out: {exc}", method="POST", path=url) from None
        except httpx.TransportError as exc:
            raise errors.ConnectionFailed(
                f"token exchange failed: {type(exc).__name__}", method="POST", path=url
            ) from None
        if not response.is_success:
            error = errors.error_from_response(response)
            if response.status_code == 401:
                error.hint = (
                    "the token endpoint refused the application's credentials: check client_id and "
                    'client_secret, or send them in the form with credentials="form"'
                )
            raise error
        body = response.json()
        # The reference model maps the account id to JSON "logisticsAccountId" while access_token
        # stays snake_case; integrators report "logistics_account_id". Accept either spelling.
        access_token = body.get("access_token") if isinstance(body, dict) else None
        account = (
            (body.get("logisticsAccountId") or body.get("logistics_account_id")) if access_token else None
        )
        if not access_token or not account:
            raise errors.FlexportError("the token answer lacks access_token or logisticsAccountId")
        try:
            return Token(
                access_token=access_token,
                logistics_account_id=str(account),
                scopes=tuple(scopes),
                obtained_at=datetime.now(UTC),
                kind="merchant" if self.client_id == IDENTITY_CLIENT_ID else "partner",
            )
        except (TypeError, ValueError) as exc:  # the message never shows the token
            raise errors.FlexportError(
                f"the token answer's access_token cannot be used ({exc}); it was not stored"
            ) from None

    # -- step 3: calling the API as that merchant ---------------------------------------------
    def auth_for(self, logistics_account_id: str) -> StoredTokenAuth:
        """An ``httpx.Auth`` for ``Flexport(auth=...)`` that reads the account's token per request."""
        return StoredTokenAuth(self.store, logistics_account_id)

    def _endpoint(self, name: str) -> str:
        return f"{self.base_url}/logistics/api/{self.version}/oauth/{name}"


class StoredTokenAuth(httpx.Auth):
    """Bearer auth from a token store; a 401 marks the token inactive and names the account."""

    requires_response_body = True

    def __init__(self, store: TokenStore, logistics_account_id: str) -> None:
        self.store = store
        self.logistics_account_id = logistics_account_id

    def __repr__(self) -> str:
        return f"StoredTokenAuth(logistics_account_id={self.logistics_account_id!r})"

    def _authorize(self, request: httpx.Request) -> str:
        token = self.store.get(self.logistics_account_id)
        if token is None:
            raise ReauthorizationRequired(self.logistics_account_id, "no token stored")
        if not token.is_usable():
            reason = token.inactive_reason or ("expired" if token.active else "marked inactive")
            raise ReauthorizationRequired(self.logistics_account_id, reason)
        # A custom store may hand back anything: checked here too, so a bad value never reaches httpx.
        access_token = clean_token(token.access_token, source="the stored token")
        request.headers["Authorization"] = f"Bearer {access_token}"
        return access_token

    def _after(self, response: httpx.Response, used: str) -> None:
        if response.status_code != 401:
            return
        reason = f"401 at {datetime.now(UTC).isoformat(timespec='seconds')}"
        self.store.mark_inactive(self.logistics_account_id, reason, access_token=used)
        log.warning(
            "token of logistics account %s rejected (401); marked inactive",
            printable(self.logistics_account_id),
        )
        revoked = errors.error_from_response(response, as_class=TokenRevoked)
        assert isinstance(revoked, TokenRevoked)
        revoked.logistics_account_id = self.logistics_account_id
        raise revoked

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        # httpx's sync and async wrappers read the 401 body for us (requires_response_body).
        used = self._authorize(request)
        response = yield request
        self._after(response, used)


def _query_params(callback: str | Mapping[str, str]) -> dict[str, str]:
    if isinstance(callback, Mapping):
        return {str(k): str(v) for k, v in callback.items()}
    query = urlsplit(callback).query if "?" in callback or "://" in callback else callback
    return dict(parse_qsl(query.lstrip("?"), keep_blank_values=True))
