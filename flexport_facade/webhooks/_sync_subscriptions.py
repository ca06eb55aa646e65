# Generated from flexport_facade/webhooks/_async_subscriptions.py by scripts/unasync.py: do not edit by hand.
# Change the async source and run `make generate-sync`.
"""Create, list and delete webhook subscriptions (CreateWebhook, GetWebhooks, DeleteWebhook)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from flexport_facade.webhooks._subscriptions import Subscription, create_body
from flexport_facade.webhooks._verify import WebhookAuth

if TYPE_CHECKING:
    from flexport_facade._sync_client import Flexport


def subscribe(
    fx: Flexport,
    event_type: str,
    url: str,
    *,
    auth: WebhookAuth,
    method: str = "POST",
    allow_insecure_loopback: bool = False,
) -> Subscription:
    """Create a subscription (CreateWebhook); returns it without its credentials."""
    body = create_body(fx, event_type, url, auth, method, allow_insecure_loopback)
    return Subscription.from_model(fx.webhooks.create_webhook(body=body))


def list_subscriptions(fx: Flexport) -> list[Subscription]:
    return [Subscription.from_model(m) for m in fx.webhooks.get_webhooks() or []]


def unsubscribe(fx: Flexport, subscription: Subscription | int) -> None:
    webhook_id = subscription.id if isinstance(subscription, Subscription) else subscription
    fx.webhooks.delete_webhook(webhook_id=webhook_id)
