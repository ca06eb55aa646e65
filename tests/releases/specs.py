"""Small spec pairs: a base document and one edit per classification rule."""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

Spec = dict[str, Any]
Edit = Callable[[Spec], None]


def base(version: str = "2024-01") -> Spec:
    """Two operations sharing a response model, a request model, a recursive model and one event."""
    p = f"/logistics/api/{version}"
    product_ref = {"$ref": "#/components/schemas/Product"}
    ok = {"description": "OK", "content": {"application/json": {"schema": product_ref}}}
    return {
        "openapi": "3.0.3",
        "info": {"title": "small", "version": version},
        "tags": [{"name": "Products"}],
        "paths": {
            f"{p}/products/{{logisticsSku}}": {
                "get": {
                    "operationId": "GetProduct",
                    "tags": ["Products"],
                    "summary": "Get a product",
                    "x-required-scopes": ["read_logistics_products"],
                    "parameters": [
                        {
                            "name": "logisticsSku",
                            "in": "path",
                            "required": True,
                            "schema": {"type": "string"},
                        },
                        {"name": "expand", "in": "query", "required": False, "schema": {"type": "string"}},
                    ],
                    "responses": {"200": ok, "404": {"description": "Not found"}},
                }
            },
            f"{p}/products": {
                "post": {
                    "operationId": "CreateProduct",
                    "tags": ["Products"],
                    "requestBody": {
                        "required": True,
                        "content": {
                            "application/json": {
                                "schema": {"$ref": "#/components/schemas/CreateProductInput"}
                            }
                        },
                    },
                    "responses": {"201": ok},
                },
                "get": {
                    "operationId": "GetProducts",
                    "tags": ["Products"],
                    "responses": {
                        "200": {
                            "description": "OK",
                            "content": {
                                "application/json": {"schema": {"type": "array", "items": product_ref}}
                            },
                        }
                    },
                },
            },
        },
        "x-webhooks": {
            "Order.Shipped": {
                "post": {
                    "operationId": "WebhookOrderShipped",
                    "requestBody": {
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/OrderShippedEvent"}}
                        }
                    },
                    "responses": {"200": {"description": "ok"}},
                }
            }
        },
        "components": {
            "schemas": {
                "Product": {
                    "type": "object",
                    "required": ["logisticsSku", "name"],
                    "properties": {
                        "logisticsSku": {"type": "string", "description": "Flexport's id"},
                        "name": {"type": "string", "example": "Mug"},
                        "weight": {"type": "number"},
                        "status": {"$ref": "#/components/schemas/ProductStatus"},
                        "category": {"$ref": "#/components/schemas/Category"},
                        "createdAt": {"type": "string", "format": "date-time"},
                    },
                },
                "ProductStatus": {"type": "string", "enum": ["ACTIVE", "ARCHIVED"]},
                "CreateProductInput": {
                    "type": "object",
                    "required": ["name"],
                    "properties": {
                        "name": {"type": "string", "maxLength": 100},
                        "merchantSku": {"type": "string"},
                        "channel": {"type": "string", "enum": ["SHOPIFY", "AMAZON"]},
                        "dimensions": {"$ref": "#/components/schemas/Dimension"},
                    },
                },
                "Dimension": {
                    "type": "object",
                    "required": ["length"],
                    "properties": {"length": {"type": "number"}, "unit": {"type": "string"}},
                },
                # circular: a category holds its children, each a category
                "Category": {
                    "type": "object",
                    "properties": {
                        "name": {"type": "string"},
                        "parent": {"$ref": "#/components/schemas/Category"},
                        "children": {"type": "array", "items": {"$ref": "#/components/schemas/Category"}},
                    },
                },
                "OrderShippedEvent": {
                    "type": "object",
                    "required": ["orderId", "trackingNumber"],
                    "properties": {
                        "orderId": {"type": "integer"},
                        "trackingNumber": {"type": "string"},
                        "carrier": {"type": "string"},
                    },
                },
            }
        },
    }


def edited(edit: Edit, version: str = "2024-01") -> Spec:
    doc = copy.deepcopy(base(version))
    edit(doc)
    return doc


def schema(doc: Spec, name: str) -> dict[str, Any]:
    found: dict[str, Any] = doc["components"]["schemas"][name]
    return found


def op(doc: Spec, method: str, path: str) -> dict[str, Any]:
    version = doc["info"]["version"]
    found: dict[str, Any] = doc["paths"][f"/logistics/api/{version}{path}"][method]
    return found
