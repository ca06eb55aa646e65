"""Deprecated alias: webhook subscriptions now live in ``flexport_facade.webhooks`` (see CHANGELOG.md)."""

from __future__ import annotations

from flexport_facade.webhooks._async_subscriptions import alist_subscriptions, asubscribe, aunsubscribe
from flexport_facade.webhooks._subscriptions import Subscription, check_url, subscription_body
from flexport_facade.webhooks._sync_subscriptions import list_subscriptions, subscribe, unsubscribe

__all__ = [
    "Subscription",
    "alist_subscriptions",
    "asubscribe",
    "aunsubscribe",
    "check_url",
    "list_subscriptions",
    "subscribe",
    "subscription_body",
    "unsubscribe",
]
