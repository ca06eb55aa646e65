"""Webhooks: subscription management (GetWebhooks, CreateWebhook, GetWebhook, DeleteWebhook).

The delivered payloads (``x-webhooks``) belong to events.py; this module only manages subscriptions.

Sources, per version:
- unstable: the generated Ruby client (atlas-llc/flexport-ruby-api docs/WebhooksApi.md,
  WebhookCreateModel.md, WebhookModel.md, WebhookAuthType.md, WebhookRequestMethod.md and the
  model files' JSON attribute maps) shows all four operations, their paths and the models.
- 2026-02: seed 000 points to the "create webhook" endpoint (migration guide, quickstart table).
- Every other stable version: no Webhooks reference page was available to us, so the operations are
  carried from the unstable client (no release note adds or removes them). research/field-facts.md §6
  reports stored 2023-07..2024-07 pages with the 202 answer and the auth methods; we did not see those
  pages ourselves, so they stay ``inferred`` and are cited as a source.
"""

from __future__ import annotations

from scripts.reconstruct.builder import (
    Confidence,
    SpecBuilder,
    array,
    enum,
    json_body,
    json_response,
    obj,
    path_param,
)

RUBY = "atlas-llc/flexport-ruby-api docs/WebhooksApi.md"
RUBY_MODELS = "atlas-llc/flexport-ruby-api docs/WebhookCreateModel.md, docs/WebhookModel.md"
FIELD = "research/field-facts.md §6 (stored 2023-07..2024-07 Webhooks pages: 202, auth methods)"
GUIDE = "seed 000 (2026-02 guide: create webhook endpoint)"

READ = ["read_logistics_webhooks"]
WRITE = ["write_logistics_webhooks"]

# Example event types the reference lists for ``type``; the field stays a free string because the
# set grows by version (2026-02 adds ten order/shipment events) and receivers must accept new ones.
EXAMPLE_TYPES = [
    "Freight.TrackingUpdated",
    "Inbound.Received",
    "Inbound.ShipmentStatusChanged",
    "Inventory.Adjusted",
    "Order.Cancelled",
    "Order.Shipped",
    "Return.Updated",
    "Shipment.Cancelled",
    "Shipment.Created",
    "Shipment.Shipped",
]


def build(spec: SpecBuilder) -> None:
    v = spec.v
    seen = v.is_unstable
    confidence: Confidence = "seen" if seen else "inferred"
    sources = [RUBY] if seen else [RUBY + " (unstable; carried over)", FIELD]

    method = spec.schema("WebhookRequestMethod", enum(["POST", "PUT"]))
    auth = spec.schema(
        "WebhookAuthType",
        enum(
            ["BASIC_AUTH", "TOKEN", "NONE"],
            description=(
                "NONE: no credentials on deliveries. BASIC_AUTH: deliveries carry Basic credentials "
                "(username, password). TOKEN: deliveries carry `token` in the header named by "
                "`tokenHeader`."
            ),
        ),
    )
    create_model = spec.schema(
        "WebhookCreateModel",
        obj(
            {
                "type": {
                    "type": "string",
                    "description": "Event type to subscribe to, e.g. " + ", ".join(EXAMPLE_TYPES) + ".",
                    "example": "Shipment.Shipped",
                },
                "url": {
                    "type": "string",
                    "pattern": "^https:\\/\\/.+",
                    "description": "Where deliveries are sent; must start with https://.",
                },
                "method": method,
                "authMethod": auth,
                "username": {"type": "string", "description": "Needed with BASIC_AUTH."},
                "password": {"type": "string", "description": "Needed with BASIC_AUTH."},
                "token": {"type": "string", "description": "Needed with TOKEN."},
                "tokenHeader": {
                    "type": "string",
                    "description": "Header name that carries `token`; needed with TOKEN.",
                },
            },
            required=["type", "url", "method"],
        ),
    )
    model = spec.schema(
        "WebhookModel",
        {
            "allOf": [
                create_model,
                obj(
                    {"id": {"type": "number", "format": "double", "description": "Webhook id."}},
                    required=["id"],
                ),
            ]
        },
    )
    webhook_id = path_param("webhookId", {"type": "number", "format": "double"})

    spec.operation(
        tag="Webhooks",
        method="GET",
        path="/webhooks",
        operation_id="GetWebhooks",
        summary="List active webhook subscriptions",
        scopes=READ,
        confidence=confidence,
        sources=sources,
        responses={"200": json_response(array(model), "Ok")},
    )
    create_seen = seen or v.id == "2026-02"
    spec.operation(
        tag="Webhooks",
        method="POST",
        path="/webhooks",
        operation_id="CreateWebhook",
        summary="Subscribe to an event type",
        scopes=WRITE,
        confidence="seen" if create_seen else "inferred",
        sources=[*sources, RUBY_MODELS] + ([GUIDE] if v.id == "2026-02" else []),
        request_body=json_body(create_model),
        # The reference answers 202 "Webhook has been created" and echoes the subscription.
        responses={"202": json_response(model, "Webhook has been created")},
    )
    spec.operation(
        tag="Webhooks",
        method="GET",
        path="/webhooks/{webhookId}",
        operation_id="GetWebhook",
        summary="Get one webhook subscription",
        scopes=READ,
        confidence=confidence,
        sources=sources,
        parameters=[webhook_id],
        responses={"200": json_response(model, "Ok")},
    )
    spec.operation(
        tag="Webhooks",
        method="DELETE",
        path="/webhooks/{webhookId}",
        operation_id="DeleteWebhook",
        summary="Delete a webhook subscription",
        scopes=WRITE,
        confidence=confidence,
        # The client expects no body; the exact success code was never shown. 204 is what the
        # reference's generator emits for an operation without a result.
        sources=[*sources, "success status 204 inferred (empty body)"],
        parameters=[webhook_id],
        responses={"204": json_response(None, "No content")},
    )
