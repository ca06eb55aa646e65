"""Webhook subscriptions: 202 on create, https only, 409 on duplicates, numeric ids (field-facts §6)."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from flexport_facade.testing._handlers.base import Ctx, not_found, ok, route
from flexport_facade.testing._replies import Reply, SimError
from flexport_facade.testing._world import Json

LOOPBACK_HOSTS = {"127.0.0.1", "localhost", "::1"}


def is_loopback_http(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme == "http" and (parts.hostname or "") in LOOPBACK_HOSTS


def validation_view(body: Any, allow_loopback: bool) -> Any:
    """What the snapshot's schema checks: a switched-on loopback URL is checked as if it were https."""
    if allow_loopback and isinstance(body, dict) and is_loopback_http(str(body.get("url", ""))):
        return {**body, "url": "https" + str(body["url"])[4:]}
    return body


@route("POST", "/webhooks")
async def create_webhook(ctx: Ctx) -> Reply:
    body = ctx.json_body()
    account, world = ctx.acct, ctx.world
    url = str(body.get("url", ""))
    if not url.startswith("https://") and not (
        world.faults.allow_http_loopback_webhooks and is_loopback_http(url)
    ):
        raise SimError(422, "url must match ^https://.+")
    auth = str(body.get("authMethod", "NONE"))
    if auth == "BASIC_AUTH" and not (body.get("username") and body.get("password")):
        raise SimError(422, "BASIC_AUTH needs username and password")
    if auth == "TOKEN" and not (body.get("token") and body.get("tokenHeader")):
        raise SimError(422, "TOKEN needs token and tokenHeader")
    for existing in account.webhooks.values():
        if existing["type"] == body.get("type") and existing["url"] == url:
            raise SimError(409, f"webhook {existing['id']} already delivers {existing['type']} to this url")
    hook_id = world.next_id()
    hook: Json = {"id": hook_id, **{k: v for k, v in body.items() if k != "id"}}
    hook.setdefault("method", "POST")
    hook.setdefault("authMethod", "NONE")
    account.webhooks[hook_id] = hook
    return ok(hook, 202)


def _hook_or_404(ctx: Ctx) -> Json:
    raw = ctx.param()
    try:
        hook_id = int(float(raw))
    except ValueError:
        hook_id = -1
    hook = ctx.acct.webhooks.get(hook_id)
    if hook is None:
        raise not_found(f"webhook {raw}")
    return hook


@route("GET", "/webhooks")
async def list_webhooks(ctx: Ctx) -> Reply:
    return ok(list(ctx.acct.webhooks.values()))


@route("GET", "/webhooks/{}")
async def get_webhook(ctx: Ctx) -> Reply:
    return ok(_hook_or_404(ctx))


@route("DELETE", "/webhooks/{}")
async def delete_webhook(ctx: Ctx) -> Reply:
    hook = _hook_or_404(ctx)
    del ctx.acct.webhooks[hook["id"]]
    return ok(None)
