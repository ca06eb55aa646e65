"""Webhook subscriptions through the pinned version's generated operations.

    hook = subscribe(fx, "Order.Shipped", "https://hooks.example/flexport",
                     auth=TokenHeader("X-Hook-Token", secret))   # the API answers 202
    for hook in list_subscriptions(fx): ...
    unsubscribe(fx, hook.id)

They return ``Subscription`` records without the credentials: the API echoes the subscription's token
or password back, and the generated model would show it in every repr and log line.

The URL must be https (the API rejects anything else); we check it before the request, so the
mistake costs no round trip. ``allow_insecure_loopback`` exists only for the local simulator.

The calls are in ``_async_subscriptions`` (``asubscribe`` ...) and the ``_sync_subscriptions``
generated from it (``subscribe`` ...); this module holds the record and the request body.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from flexport_facade.webhooks._verify import BasicAuth, NoAuth, TokenHeader, WebhookAuth

if TYPE_CHECKING:
    from flexport_facade._async_client import AsyncFlexport
    from flexport_facade._sync_client import Flexport

_LOOPBACK = {"127.0.0.1", "localhost", "::1"}


@dataclass(frozen=True)
class Subscription:
    """A webhook subscription as the API reports it, minus its token or password."""

    id: int
    event_type: str
    url: str
    method: str
    auth_method: str
    token_header: str | None = None
    username: str | None = None

    @classmethod
    def from_model(cls, model: Any) -> Subscription:
        data = model.to_dict() if hasattr(model, "to_dict") else dict(model)
        return cls(
            id=int(data["id"]),
            event_type=str(data.get("type", "")),
            url=str(data.get("url", "")),
            method=str(data.get("method", "")),
            auth_method=str(data.get("authMethod", "NONE")),
            token_header=data.get("tokenHeader"),
            username=data.get("username"),
        )


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


def create_body(
    fx: Flexport | AsyncFlexport,
    event_type: str,
    url: str,
    auth: WebhookAuth,
    method: str,
    allow_insecure_loopback: bool,
) -> Any:
    check_url(url, allow_insecure_loopback=allow_insecure_loopback)
    models = importlib.import_module(f"{fx.api_version.package}.models")
    return models.WebhookCreateModel.from_dict(subscription_body(event_type, url, auth, method))
