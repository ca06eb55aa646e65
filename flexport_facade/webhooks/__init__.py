"""Webhooks: verify the sender, de-duplicate, parse per pinned version, serve over ASGI; subscriptions.

Logistics API deliveries are flat JSON objects: the resource fields plus four envelope fields
(logisticsAccountId, logisticsEventId, logisticsEventType, logisticsEventTime), delivered at least
once with the subscription's auth method (none, Basic, or a token in a header the subscriber names).
Flexport API v1 deliveries are signed instead (``HubSignature``).

    receiver = Receiver(version="2026-02", auth=TokenHeader("X-Hook-Token", secret),
                        dedupe=SQLiteDeduper("seen.db"))
    event = receiver.parse(body=raw_bytes, headers=request_headers)  # None: a duplicate
    app = receiver.asgi(handler)

Modules: ``_verify`` (one class per authMethod), ``_dedupe`` (claim/complete/release of event ids),
``_receiver`` (parse into the version's generated model), ``_asgi`` (the endpoint, which answers
2xx only once the handler succeeded, and how to mount it in Starlette or FastAPI), ``_store_calls``
(de-duplication store calls off the event loop, batched),
``_subscriptions`` and ``_async_subscriptions`` (create, list and delete subscriptions through a
client; the sync ones are generated from the async ones).
"""

from __future__ import annotations

from flexport_facade._exceptions import DeliveryInFlight, InvalidPayload, Unauthenticated, WebhookError
from flexport_facade.webhooks._asgi import WebhookApp
from flexport_facade.webhooks._async_subscriptions import alist_subscriptions, asubscribe, aunsubscribe
from flexport_facade.webhooks._dedupe import Claim, CompletingDeduper, Deduper, MemoryDeduper, SQLiteDeduper
from flexport_facade.webhooks._receiver import (
    ENVELOPE,
    ENVELOPE_EXEMPT,
    Delivery,
    Receiver,
    UnknownEvent,
    decode_payload,
    load_webhook_models,
)
from flexport_facade.webhooks._subscriptions import Subscription, check_url, subscription_body
from flexport_facade.webhooks._sync_subscriptions import list_subscriptions, subscribe, unsubscribe
from flexport_facade.webhooks._verify import BasicAuth, HubSignature, NoAuth, TokenHeader, WebhookAuth

__all__ = [
    "ENVELOPE",
    "ENVELOPE_EXEMPT",
    "BasicAuth",
    "Claim",
    "CompletingDeduper",
    "Deduper",
    "Delivery",
    "DeliveryInFlight",
    "HubSignature",
    "InvalidPayload",
    "MemoryDeduper",
    "NoAuth",
    "Receiver",
    "SQLiteDeduper",
    "Subscription",
    "TokenHeader",
    "Unauthenticated",
    "UnknownEvent",
    "WebhookApp",
    "WebhookAuth",
    "WebhookError",
    "alist_subscriptions",
    "asubscribe",
    "aunsubscribe",
    "check_url",
    "decode_payload",
    "list_subscriptions",
    "load_webhook_models",
    "subscribe",
    "subscription_body",
    "unsubscribe",
]
