"""Deprecated alias: webhook subscriptions now live in ``flexport_facade.webhooks`` (see CHANGELOG.md)."""

from __future__ import annotations

from flexport_facade.webhooks._subscriptions import (
    Subscription,
    alist_subscriptions,
    asubscribe,
    aunsubscribe,
    check_url,
    list_subscriptions,
    subscribe,
    subscription_body,
    unsubscribe,
)

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
