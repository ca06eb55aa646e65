"""OAuth authorization-code flow (field-facts §5, §10.19-20). Codes live 5 minutes and work once."""

from __future__ import annotations

import base64
import hmac
import secrets
from urllib.parse import urlencode

from flexport_facade.testing._handlers.base import Ctx, ok, route
from flexport_facade.testing._replies import Reply, SimError
from flexport_facade.testing._world import ALL_SCOPES, ONE_YEAR

INVALID_REDIRECT_URI = 405001
INVALID_CLIENT_ID = 405002
MISSING_SCOPES = 405003
INVALID_SCOPES = 405004
INVALID_CODE = 405005
CODE_LIFETIME = 300.0


@route("GET", "/oauth/authorize")
async def authorize(ctx: Ctx) -> Reply:
    world = ctx.world
    if ctx.arg("response_type") != "code":
        raise SimError(400, "response_type must be code")
    client_id = ctx.arg("client_id") or ""
    registered = world.oauth_clients.get(client_id)
    if registered is None:
        raise SimError(400, "Invalid client_id", code=INVALID_CLIENT_ID)
    redirect_uri = ctx.arg("redirect_uri")
    if redirect_uri is not None and redirect_uri != registered:
        raise SimError(400, f"Invalid redirect URI; must be exactly {registered}", code=INVALID_REDIRECT_URI)
    scope = (ctx.arg("scope") or "").strip()
    if not scope:
        raise SimError(400, "Missing scopes", code=MISSING_SCOPES)
    scopes = scope.split(" ")  # space only: "," or a literal "+" is the wrong separator
    unknown = [s for s in scopes if s not in ALL_SCOPES]
    if unknown:
        raise SimError(400, f"Invalid scopes: {', '.join(unknown)}", code=INVALID_SCOPES)
    code = secrets.token_urlsafe(18)
    world.codes[code] = {
        "client_id": client_id,
        "redirect_uri": redirect_uri,
        "scopes": frozenset(scopes),
        "issued_at": world.clock.now(),
        "account_id": world.default_account.id,
    }
    query = {"code": code}
    if ctx.arg("state") is not None:
        query["state"] = ctx.arg("state") or ""
    target = redirect_uri or registered
    separator = "&" if "?" in target else "?"
    return ok(None, 301, {"location": f"{target}{separator}{urlencode(query)}"})


@route("POST", "/oauth/token")
async def token_exchange(ctx: Ctx) -> Reply:
    world = ctx.world
    if not ctx.headers.get("content-type", "").startswith("application/x-www-form-urlencoded"):
        raise SimError(400, "TokenExchange takes application/x-www-form-urlencoded")
    form = ctx.body if isinstance(ctx.body, dict) else {}
    if form.get("grant_type") != "authorization_code":
        raise SimError(400, "grant_type must be authorization_code")
    _check_client_credentials(ctx, form)
    grant = world.codes.pop(str(form.get("code", "")), None)  # pop: a code works once
    if grant is None or world.clock.now() - grant["issued_at"] > CODE_LIFETIME:
        raise SimError(400, "Invalid code: expired, already used or unknown", code=INVALID_CODE)
    if grant["redirect_uri"] is not None and form.get("redirect_uri") != grant["redirect_uri"]:
        raise SimError(400, "redirect_uri does not match the authorize call", code=INVALID_REDIRECT_URI)
    # Merchant (identity) tokens expire after a year (2026-02); partner tokens do not.
    expires = ONE_YEAR if grant["client_id"] == "identity" else None
    token = world.issue_token(grant["account_id"], grant["scopes"], expires_in=expires)
    # The snapshot's TokenResponse (from the reference model) spells the id logisticsAccountId;
    # integrators report logistics_account_id. Send both so either kind of client works.
    account = grant["account_id"]
    return ok({"access_token": token, "logisticsAccountId": account, "logistics_account_id": account})


def _check_client_credentials(ctx: Ctx, form: dict[str, object]) -> None:
    """A registered partner must prove its secret, by HTTP Basic or in the form (either is accepted:
    the reference does not say which); a wrong or missing one is 401."""
    client_id, secret = str(form.get("client_id") or ""), str(form.get("client_secret") or "")
    header = ctx.headers.get("authorization", "")
    if header.lower().startswith("basic "):
        try:
            client_id, _, secret = base64.b64decode(header[6:].strip()).decode().partition(":")
        except (ValueError, UnicodeDecodeError):
            raise SimError(401, "malformed Basic client credentials") from None
    expected = ctx.world.oauth_secrets.get(client_id)
    if ctx.world.oauth_secrets and (expected is None or not hmac.compare_digest(expected, secret)):
        raise SimError(401, "client authentication failed")
