"""What a stateful handler receives, and the registry keyed by (method, path template)."""

from __future__ import annotations

import math
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode

from flexport_facade.testing._replies import Reply, SimError
from flexport_facade.testing._routing import Operation
from flexport_facade.testing._synth import Schemas
from flexport_facade.testing._world import Account, Token, World


@dataclass
class Ctx:
    world: World
    operation: Operation
    path_params: dict[str, str]
    query: list[tuple[str, str]]
    headers: dict[str, str]  # lower-case names
    body: Any  # parsed JSON, a dict for form bodies, or None
    origin: str  # scheme://host:port the client called, for Link headers
    account: Account | None = None
    token: Token | None = None
    extras: dict[str, Any] = field(default_factory=dict)
    schemas: Schemas | None = None  # the served snapshot's, for what this version's schemas declare

    @property
    def acct(self) -> Account:
        if self.account is None:  # only unsecured operations (OAuth) run without an account
            raise SimError(401, "No valid access token provided.")
        return self.account

    def arg(self, name: str) -> str | None:
        for key, value in self.query:
            if key == name:
                return value
        return None

    def args(self, name: str) -> list[str]:
        return [v for k, v in self.query if k == name]

    def int_arg(self, name: str, default: int) -> int:
        raw = self.arg(name)
        if raw is None or raw == "":
            return default
        try:
            return int(float(raw))
        except (ValueError, OverflowError) as exc:  # "abc", "nan", and "inf"
            raise SimError(400, f"query parameter {name} must be a number") from exc

    def param(self, index: int = 0) -> str:
        return list(self.path_params.values())[index]

    def url(self, **query: str | int) -> str:
        return f"{self.origin}{self.operation.template}?{urlencode(query)}" if query else self.origin

    def body_declares(self, name: str) -> bool:
        """Whether this version's request body for the operation has a member ``name``."""
        content = (self.operation.spec.get("requestBody") or {}).get("content", {})
        return name in self._properties(content)

    def declared_only(self, view: dict[str, Any], status: int = 200) -> dict[str, Any]:
        """``view`` without the members this version's ``status`` answer does not declare (a field a
        later release added); unchanged when the answer declares no object."""
        response = self.operation.spec.get("responses", {}).get(str(status), {})
        if self.schemas is not None:
            response = self.schemas.resolve(response)
        known = self._properties(response.get("content", {}))
        return {k: v for k, v in view.items() if k in known} if known else view

    def _properties(self, content: dict[str, Any]) -> dict[str, Any]:
        media = content.get("application/json") or {}
        if self.schemas is None or "schema" not in media:
            return {}
        properties: dict[str, Any] = self.schemas.resolve(media["schema"]).get("properties", {})
        return properties

    def json_body(self) -> dict[str, Any]:
        if not isinstance(self.body, dict):
            raise SimError(400, "request body must be a JSON object")
        return self.body


Handler = Callable[[Ctx], Awaitable[Reply]]
HANDLERS: dict[tuple[str, str], Handler] = {}


def route(method: str, key: str) -> Callable[[Handler], Handler]:
    """Register a handler for ``method`` on the version-relative template ``key`` ("/products/{}")."""

    def register(fn: Handler) -> Handler:
        HANDLERS[(method.upper(), key)] = fn
        return fn

    return register


def ok(body: Any, status: int = 200, headers: dict[str, str] | None = None) -> Reply:
    return Reply(status, body, dict(headers or {}))


def not_found(what: str) -> SimError:
    return SimError(404, f"Cannot find {what}")


def by_numeric_id(rows: dict[int, Any], raw: str, what: str) -> Any:
    """The row a numeric path id names ("12", "12.0"), or 404 naming ``what`` was not found."""
    key = numeric_id(raw)
    row = rows.get(key) if key is not None else None
    if row is None:
        raise not_found(f"{what} {raw}")
    return row


def numeric_id(raw: str) -> int | None:
    """A path id the spec types as a number ("12", "12.0"): the int, or None for anything else."""
    try:
        value = float(raw)
    except ValueError:
        return None
    if not math.isfinite(value) or value != int(value):
        return None
    return int(value)
