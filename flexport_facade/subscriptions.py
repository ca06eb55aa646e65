"""Webhook subscriptions through the pinned version's generated operations.

    hook = subscribe(fx, "Order.Shipped", "https://hooks.example/flexport",
                     auth=TokenHeader("X-Hook-Token", secret))   # the API answers 202
    for hook in list_subscriptions(fx): ...
    unsubscribe(fx, hook.id)

The URL must be https (the API rejects anything else); we check it before the request, so the
mistake costs no round trip. ``allow_insecure_loopback`` exists only for the local simulator.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from flexport_facade.webhooks import BasicAuth, NoAuth, TokenHeader, WebhookAuth

if TYPE_CHECKING:
    from flexport_facade.client import Flexport

_LOOPBACK = {"127.0.0.1", "localhost", "::1"}


def check_url(url: str, *, allow_insecure_loopback: bool = False) -> None:
    parts = urlsplit(url)
    if parts.scheme == "https" and parts.hostname:
        return
    if allow_insecure_loopback and parts.scheme == "http" and parts.hostname in _LOOPBACK:
        return
    raise ValueError(
        f"webhook url must start with https:// and name a host (got {url!r}); Flexport refuses others"
    )


def subscription_body(event_type: str, url: str, auth: WebhookAuth, method: str = "POST") -> dict[str, Any]:
    """The CreateWebhook body: event type, url, method and the auth the deliveries will carry."""
    body: dict[str, Any] = {"type": event_type, "url": url, "method": method}
    if isinstance(auth, TokenHeader):
        body.update(authMethod="TOKEN", token=auth.token, tokenHeader=auth.header)
    elif isinstance(auth, BasicAuth):
        body.update(authMethod="BASIC_AUTH", username=auth.username, password=auth.password)
    elif isinstance(auth, NoAuth):
        body["authMethod"] = "NONE"
    else:
        raise TypeError(f"{type(auth).__name__} is not a Logistics API webhook auth method")
    return body


def subscribe(
    fx: Flexport,
    event_type: str,
    url: str,
    *,
    auth: WebhookAuth,
    method: str = "POST",
    allow_insecure_loopback: bool = False,
) -> Any:
    """Create a subscription (CreateWebhook) and return the generated WebhookModel."""
    check_url(url, allow_insecure_loopback=allow_insecure_loopback)
    models = importlib.import_module(f"{fx.api_version.package}.models")
    body = models.WebhookCreateModel.from_dict(subscription_body(event_type, url, auth, method))
    return fx.webhooks.create_webhook(body=body)


def list_subscriptions(fx: Flexport) -> list[Any]:
    return list(fx.webhooks.get_webhooks() or [])


def unsubscribe(fx: Flexport, webhook_id: float | int) -> None:
    fx.webhooks.delete_webhook(webhook_id=webhook_id)
