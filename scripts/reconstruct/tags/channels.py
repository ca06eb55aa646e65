"""Channels (unstable only): CreateChannel, GetProductSyncStatus, CreateProductSync.

Source: the Ruby client atlas-llc/flexport-ruby-api (docs/ChannelsApi.md, CreateChannelInput,
CreateChannelOutput, ProductSyncStatus). CreateChannel is for approved partners. The client names no
scope for these calls, so none is declared; its status codes are not shown (200 assumed, 204 where it
returns nothing).
"""

from __future__ import annotations

from scripts.reconstruct.builder import SpecBuilder, enum, json_body, json_response, obj, path_param

RUBY = "github:atlas-llc/flexport-ruby-api"
SOURCES = [f"{RUBY} docs/ChannelsApi.md", f"{RUBY} lib/flexport/models"]
STR = {"type": "string"}


def build(spec: SpecBuilder) -> None:
    if not spec.v.is_unstable:
        return
    channel_type = {"type": "string", "description": "Channel name, e.g. SHOPIFY."}
    store_name = {"type": "string", "description": "Authorised store, e.g. shop1.myshop."}
    channel_input = spec.schema(
        "CreateChannelInput",
        obj(
            {
                "channelType": channel_type,
                "accessToken": {"type": "string", "description": "Token for the channel's own API."},
                "storeName": store_name,
                "locationId": {"type": "string", "description": "Location orders and inventory belong to."},
            },
            ["channelType", "accessToken", "storeName", "locationId"],
        ),
    )
    channel_output = spec.schema(
        "CreateChannelOutput",
        obj(
            {
                "channelId": {"type": "string", "description": "Channel UUID."},
                "storeName": store_name,
                "channelType": channel_type,
                "fulfillmentServiceCallbackUrl": {
                    "type": "string",
                    "description": "Where to send fulfilment requests.",
                },
                "webhookCallbackUrl": {
                    "type": "string",
                    "description": "Where to register channel webhooks.",
                },
            },
            ["channelId", "storeName", "channelType", "fulfillmentServiceCallbackUrl", "webhookCallbackUrl"],
        ),
    )
    sync_status = spec.schema(
        "ProductSyncStatus",
        obj(
            {
                "channelId": {"type": "string", "description": "Channel UUID."},
                "productSyncStatus": enum(["COMPLETE", "PENDING", "STOPPED"]),
                "updatedAt": {"type": "string", "format": "date-time", "description": "Last product import."},
            },
            ["channelId", "productSyncStatus", "updatedAt"],
        ),
    )
    spec.tag("Channels", "Sales-channel integrations (unstable only).")
    spec.operation(
        tag="Channels",
        method="POST",
        path="/channels",
        operation_id="CreateChannel",
        summary="Create or update a channel integration",
        confidence="seen",
        sources=SOURCES,
        request_body=json_body(channel_input),
        responses={"200": json_response(channel_output)},
    )
    sync_params = [path_param("channelType"), path_param("storeName")]
    spec.operation(
        tag="Channels",
        method="GET",
        path="/channels/{channelType}/shop/{storeName}/sync",
        operation_id="GetProductSyncStatus",
        summary="Get the product sync status of a store",
        confidence="seen",
        sources=SOURCES,
        parameters=sync_params,
        responses={"200": json_response(sync_status)},
    )
    spec.operation(
        tag="Channels",
        method="POST",
        path="/channels/{channelType}/shop/{storeName}/sync",
        operation_id="CreateProductSync",
        summary="Start a product sync for a store",
        confidence="seen",
        sources=SOURCES,
        parameters=sync_params,
        responses={"204": json_response(None, "Sync started")},
    )
