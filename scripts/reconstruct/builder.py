"""Assembles one reconstructed OpenAPI 3.0 document per Logistics version.

Each module in ``scripts/reconstruct/tags/`` defines ``build(spec: SpecBuilder) -> None`` and adds
its operations, schemas and webhook payloads for ``spec.v``. This module owns what every operation
shares (server, BEARER, problem+json errors, idempotency and correlation headers, provenance), so a
tag module only states what the reference says about its own resources.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass, field
from typing import Any, Literal

Schema = dict[str, Any]
Confidence = Literal["seen", "inferred"]

STABLE_ORDER = ["2023-04", "2023-07", "2023-10", "2024-01", "2024-04", "2024-07", "2025-03", "2026-02"]
HOST = "https://logistics-api.flexport.com"


@dataclass(frozen=True)
class V:
    """The version being built, with the comparisons tag modules need.

    ``unstable`` is not a superset of the stable releases (its published client lacks several stable
    features), so every "since" question asks separately whether unstable has the feature.
    """

    id: str

    @property
    def is_unstable(self) -> bool:
        return self.id == "unstable"

    def _rank(self, version: str) -> int:
        return STABLE_ORDER.index(version)

    def since(self, first: str, *, unstable: bool = True) -> bool:
        """True from stable release ``first`` on; for unstable, the ``unstable`` flag decides."""
        if self.is_unstable:
            return unstable
        return self._rank(self.id) >= self._rank(first)

    def until(self, last: str, *, unstable: bool = False) -> bool:
        """True up to and including stable release ``last``; for unstable, the flag decides."""
        if self.is_unstable:
            return unstable
        return self._rank(self.id) <= self._rank(last)

    def between(self, first: str, last: str, *, unstable: bool = False) -> bool:
        return self.since(first, unstable=unstable) and self.until(last, unstable=unstable)

    @property
    def base(self) -> str:
        return f"/logistics/api/{self.id}"


def ref(name: str) -> Schema:
    return {"$ref": f"#/components/schemas/{name}"}


def array(items: Schema, **extra: Any) -> Schema:
    return {"type": "array", "items": items, **extra}


def obj(properties: dict[str, Schema], required: list[str] | None = None, **extra: Any) -> Schema:
    """An object schema; ``required`` keeps the reference's order."""
    schema: Schema = {"type": "object", "properties": properties, **extra}
    if required:
        unknown = [r for r in required if r not in properties]
        if unknown:
            raise ValueError(f"required fields not among properties: {unknown}")
        schema["required"] = list(required)
    return schema


def enum(values: list[str], **extra: Any) -> Schema:
    return {"type": "string", "enum": list(values), **extra}


def json_body(schema: Schema, *, required: bool = True) -> dict[str, Any]:
    return {"required": required, "content": {"application/json": {"schema": schema}}}


def json_response(schema: Schema | None, description: str = "OK", **extra: Any) -> dict[str, Any]:
    """A success response. ``schema=None`` is a response with no body."""
    resp: dict[str, Any] = {"description": description, **extra}
    if schema is not None:
        resp["content"] = {"application/json": {"schema": schema}}
    return resp


def param(name: str, where: str, schema: Schema, *, required: bool = False, **extra: Any) -> dict[str, Any]:
    p: dict[str, Any] = {"name": name, "in": where, "schema": schema, **extra}
    if where == "path" or required:
        p["required"] = True
    return p


def path_param(name: str, schema: Schema | None = None) -> dict[str, Any]:
    return param(name, "path", schema or {"type": "string"})


def query(name: str, schema: Schema, *, required: bool = False, **extra: Any) -> dict[str, Any]:
    return param(name, "query", schema, required=required, **extra)


# Error statuses every operation can answer (the reference's Errors section), and the ones that
# depend on the operation's shape.
_ALWAYS = ["400", "401", "403", "423", "429", "500"]
_ERROR_NAMES = {
    "400": "BadRequest",
    "401": "Unauthorized",
    "403": "Forbidden",
    "404": "NotFound",
    "409": "Conflict",
    "422": "UnprocessableContent",
    "423": "Locked",
    "429": "TooManyRequests",
    "500": "InternalServerError",
}
_WRITE_METHODS = {"POST", "PATCH"}


@dataclass
class SpecBuilder:
    v: V
    paths: dict[str, dict[str, Any]] = field(default_factory=dict)
    schemas: dict[str, Schema] = field(default_factory=dict)
    webhooks: dict[str, dict[str, Any]] = field(default_factory=dict)
    tags: dict[str, str] = field(default_factory=dict)
    _operation_ids: set[str] = field(default_factory=set)

    # -- components -------------------------------------------------------------------------
    def schema(self, name: str, schema: Schema) -> Schema:
        """Register a component schema and return a $ref to it. The same name twice must agree."""
        if name in self.schemas and self.schemas[name] != schema:
            raise ValueError(f"{self.v.id}: schema {name!r} defined twice with different content")
        self.schemas[name] = copy.deepcopy(schema)
        return ref(name)

    def tag(self, name: str, description: str = "") -> None:
        self.tags.setdefault(name, description)

    # -- operations -------------------------------------------------------------------------
    def operation(
        self,
        *,
        tag: str,
        method: str,
        path: str,
        operation_id: str,
        confidence: Confidence,
        sources: list[str],
        responses: dict[str, dict[str, Any]],
        summary: str | None = None,
        scopes: list[str] | None = None,
        parameters: list[dict[str, Any]] | None = None,
        request_body: dict[str, Any] | None = None,
        extra: dict[str, Any] | None = None,
        secured: bool = True,
    ) -> None:
        """Add one operation at ``{v.base}{path}``.

        ``responses`` holds the operation's own answers (success codes and any unusual error);
        the shared problem+json errors, 404 for paths with parameters, and 409/422 for writes are
        added here. POST/PATCH get the ``idempotency-key`` header.
        """
        method = method.upper()
        if not path.startswith("/"):
            raise ValueError(f"path must start with '/': {path!r}")
        if not sources:
            raise ValueError(f"{operation_id}: x-provenance needs at least one source")
        if operation_id in self._operation_ids:
            raise ValueError(f"{self.v.id}: operationId {operation_id!r} used twice")
        self._operation_ids.add(operation_id)
        full_path = f"{self.v.base}{path}"
        declared = {p["name"] for p in parameters or [] if p.get("in") == "path"}
        templated = set(re.findall(r"{([^}]+)}", path))
        if declared != templated:
            raise ValueError(f"{operation_id}: path template {templated} != path parameters {declared}")

        op: dict[str, Any] = {
            "operationId": operation_id,
            "tags": [tag],
            "x-provenance": {"confidence": confidence, "sources": list(sources)},
        }
        if summary:
            op["summary"] = summary
        params = list(parameters or [])
        if method in _WRITE_METHODS:
            params.append({"$ref": "#/components/parameters/IdempotencyKey"})
        if params:
            op["parameters"] = params
        if request_body is not None:
            op["requestBody"] = request_body
        if secured:
            op["security"] = [{"BEARER": []}]
            if scopes:
                op["x-required-scopes"] = list(scopes)
        else:
            op["security"] = []

        merged: dict[str, Any] = {}
        for status, resp in responses.items():
            resp = copy.deepcopy(resp)
            if status.startswith("2"):
                headers = resp.setdefault("headers", {})
                headers.setdefault("x-correlation-id", {"$ref": "#/components/headers/XCorrelationId"})
                if method in _WRITE_METHODS:
                    headers.setdefault(
                        "idempotent-replayed", {"$ref": "#/components/headers/IdempotentReplayed"}
                    )
            merged[status] = resp
        errors = list(_ALWAYS)
        if templated:
            errors.append("404")
        if method in _WRITE_METHODS:
            errors += ["409", "422"]
        for status in errors:
            merged.setdefault(status, {"$ref": f"#/components/responses/{_ERROR_NAMES[status]}"})
        op["responses"] = dict(sorted(merged.items()))
        if extra:
            op.update(extra)

        item = self.paths.setdefault(full_path, {})
        if method.lower() in item:
            raise ValueError(f"{self.v.id}: {method} {full_path} defined twice")
        item[method.lower()] = op
        self.tag(tag)

    def webhook(self, event_type: str, schema: Schema, *, sources: list[str]) -> None:
        """Declare a webhook payload (``x-webhooks``: OpenAPI 3.0 has no ``webhooks`` keyword)."""
        if event_type in self.webhooks:
            raise ValueError(f"{self.v.id}: webhook {event_type!r} declared twice")
        self.webhooks[event_type] = {
            "post": {
                "operationId": "Webhook" + re.sub(r"[^A-Za-z0-9]", "", event_type),
                "requestBody": json_body(schema),
                "responses": {"200": {"description": "Receiver accepted the delivery"}},
                "x-provenance": {"confidence": "seen", "sources": list(sources)},
            }
        }

    # -- the document -----------------------------------------------------------------------
    def document(self) -> dict[str, Any]:
        doc: dict[str, Any] = {
            "openapi": "3.0.3",
            "info": {
                "title": "Flexport Logistics API",
                "version": self.v.id,
                "description": (
                    "Reconstructed by flexport-facade from the published reference; not the vendor's "
                    "raw document. `make specs` replaces it with the real one where the network allows."
                ),
                "x-reconstructed": True,
            },
            "servers": [{"url": HOST}],
            "security": [{"BEARER": []}],
            "tags": [{"name": n, **({"description": d} if d else {})} for n, d in sorted(self.tags.items())],
            "paths": dict(sorted(self.paths.items())),
            "components": {
                "securitySchemes": {"BEARER": {"type": "http", "scheme": "bearer"}},
                "schemas": {**_common_schemas(), **self.schemas},
                "responses": _common_responses(self.v),
                "parameters": {
                    "IdempotencyKey": {
                        "name": "idempotency-key",
                        "in": "header",
                        "required": False,
                        "description": "Any string; a repeat with the same key replays the stored answer.",
                        "schema": {"type": "string"},
                    }
                },
                "headers": _common_headers(),
            },
        }
        if self.webhooks:
            doc["x-webhooks"] = dict(sorted(self.webhooks.items()))
        return doc


def _common_schemas() -> dict[str, Schema]:
    return {
        "Problem": obj(
            {
                "type": {"type": "string", "description": "Link to the error's documentation."},
                "title": {"type": "string"},
                "status": {"type": "integer"},
                "detail": {"type": "string"},
                "instance": {"type": "string", "description": "Request id."},
                "code": {
                    "type": "integer",
                    "description": "Six-digit error code, where the error has one (e.g. 405004).",
                },
            },
        ),
    }


def _common_headers() -> dict[str, Any]:
    return {
        "XCorrelationId": {
            "description": "UUID v4 tied to the request.",
            "schema": {"type": "string", "format": "uuid"},
        },
        "IdempotentReplayed": {
            "description": "Present when a stored answer was replayed for a repeated idempotency-key.",
            "schema": {"type": "string"},
        },
        "RetryAfter": {"description": "Seconds to wait.", "schema": {"type": "integer"}},
        "Link": {
            "description": 'Next page: `<url?page_info=...>; rel="next"`; absent on the last page.',
            "schema": {"type": "string"},
        },
    }


def _common_responses(v: V) -> dict[str, Any]:
    problem = {"application/problem+json": {"schema": ref("Problem")}}
    out: dict[str, Any] = {}
    for status, name in _ERROR_NAMES.items():
        resp: dict[str, Any] = {
            "description": re.sub(r"(?<!^)(?=[A-Z])", " ", name),
            "content": problem,
            "headers": {"x-correlation-id": {"$ref": "#/components/headers/XCorrelationId"}},
        }
        if status == "429":
            resp["headers"]["Retry-After"] = {"$ref": "#/components/headers/RetryAfter"}
        out[name] = resp
    return out
