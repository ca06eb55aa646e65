"""Create, list and delete webhook subscriptions (CreateWebhook, GetWebhooks, DeleteWebhook)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from flexport_facade.webhooks._subscriptions import Subscription, create_body
from flexport_facade.webhooks._verify import WebhookAuth

if TYPE_CHECKING:
    from flexport_facade._async_client import AsyncFlexport


async def asubscribe(
    fx: AsyncFlexport,
    event_type: str,
    url: str,
    *,
    auth: WebhookAuth,
    method: str = "POST",
    allow_insecure_loopback: bool = False,
) -> Subscription:
    """Create a subscription (CreateWebhook); returns it without its credentials."""
    body = create_body(fx, event_type, url, auth, method, allow_insecure_loopback)
    return Subscription.from_model(await fx.webhooks.create_webhook(body=body))


async def alist_subscriptions(fx: AsyncFlexport) -> list[Subscription]:
    return [Subscription.from_model(m) for m in await fx.webhooks.get_webhooks() or []]


async def aunsubscribe(fx: AsyncFlexport, subscription: Subscription | int) -> None:
    webhook_id = subscription.id if isinstance(subscription, Subscription) else subscription
    await fx.webhooks.delete_webhook(webhook_id=webhook_id)
