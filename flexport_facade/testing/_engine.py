"""One request through the simulator: gateway faults, routing, auth, validation, idempotency, handler.

Order matters and mirrors the real stack: AWS API Gateway answers first (drops, outages, throttling,
the 29 s timeout), then Flexport's origin (routing, token, scope, schema, then the operation).
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl

from flexport_facade._core.versions import known_versions
from flexport_facade.testing._handlers import HANDLERS, Ctx
from flexport_facade.testing._handlers.webhooks import validation_view
from flexport_facade.testing._replies import Reply, SimError, gateway, problem
from flexport_facade.testing._routing import Match, Operation, RouteTable
from flexport_facade.testing._synth import Schemas
from flexport_facade.testing._validation import Validator
from flexport_facade.testing._world import Account, Stored, Token, World

WRITE_METHODS = {"POST", "PATCH"}
# Operations that check their own input, because their errors carry six-digit codes.
SELF_VALIDATING = {("GET", "/oauth/authorize"), ("POST", "/oauth/token")}
_VERSION_RE = re.compile(r"^/logistics/api/([^/]+)(/.*)?$")

# The x-amzn-ErrorType API Gateway sends with an integration timeout. AWS documents the header on
# its error answers, but no Flexport capture shows the value for this 504: "IntegrationTimeout"
# (the gateway response type's name) is our choice, unconfirmed (field-facts §2.2, §10.11).
GATEWAY_TIMEOUT_ERROR_TYPE = "IntegrationTimeout"

# First path segment (after the version) -> what the account needs (seed 000 "What you can
# access"; field-facts §9, §10.15, §10.25). /orders covers D2C orders and B2B outbounds (/orders/rs).
NEEDS_BILLING = {"orders": "Orders", "inbounds": "Inbounds", "freight": "Freight"}
# Sandbox accounts keep this answer even though Returns and Parcels now keep state: the reference says
# neither family runs in Sandbox (field-facts §8), so a test of the sandbox path sees the 403 the live
# sandbox gives, and the stateful handlers serve ordinary accounts (the default) only.
NOT_IN_SANDBOX = {"returns": "Returns", "parcels": "Parcels"}


class Drop:
    """Close the connection without answering (after committing, when ``committed``)."""

    def __init__(self, committed: bool) -> None:
        self.committed = committed


@dataclass
class Incoming:
    method: str
    raw_path: str
    query: list[tuple[str, str]]
    headers: dict[str, str]  # lower-case names
    body: bytes
    origin: str


class Engine:
    def __init__(self, world: World, document: dict[str, Any]) -> None:
        self.world = world
        # How the gateway waits before a 504 (gateway_delay_seconds); tests may swap in a recorder.
        self.sleep: Callable[[float], Awaitable[None]] = asyncio.sleep
        self.document = document
        self.version = world.version
        self.routes = RouteTable(document, f"/logistics/api/{world.version}")
        self.validator = Validator(document)
        self.schemas = Schemas(document)

    def err(self, status: int, detail: str, **kw: Any) -> Reply:
        return problem(status, detail, version=self.version, **kw)

    async def handle(self, req: Incoming) -> Reply | Drop:
        faults = self.world.faults
        self.world.tick()
        # -- the gateway ------------------------------------------------------------------
        if faults.take("drop_next"):
            return Drop(committed=False)
        if faults.outage_until is not None and self.world.clock.now() < faults.outage_until:
            if faults.outage_status == 500:
                return self.err(500, "An internal error has occurred while processing the request.")
            return gateway(
                faults.outage_status, "Service Unavailable" if faults.outage_status == 503 else "Bad Gateway"
            )
        throttled = self._throttle(req)
        if throttled is not None:
            return throttled
        # -- the origin -------------------------------------------------------------------
        found = _VERSION_RE.match(req.raw_path)
        if not found:
            return self.err(404, f"Cannot find {req.raw_path}")
        if found.group(1) != self.version:
            return self.unserved_version(found.group(1))
        match, path_known = self.routes.match(req.method, req.raw_path)
        if match is None:
            why = "Incorrect HTTP method used" if path_known else "Non-existent URL path used"
            return self.err(400, f"{why}: {req.method} {req.raw_path}")
        op = match.operation
        token: Token | None = None
        if op.secured:
            token_or_reply = self._authenticate(req, op)
            if isinstance(token_or_reply, Reply):
                return token_or_reply
            token = token_or_reply
            denied = self._access(op, self.world.accounts[token.account_id])
            if denied is not None:
                return denied
        try:
            body = _parse_body(req)
        except ValueError as exc:
            return self.err(400, f"Malformed syntax in the request: {exc}")
        key = (op.method, op.key)
        if key not in SELF_VALIDATING:
            invalid = self._validate(req, body)
            if invalid is not None:
                return invalid
        timeout = self._gateway_cost(op, req)
        if timeout is not None:
            if self.world.faults.gateway_delay_seconds > 0:
                await self.sleep(self.world.faults.gateway_delay_seconds)
            return timeout
        account = self.world.accounts.get(token.account_id) if token else None
        ctx = Ctx(self.world, op, match.path_params, req.query, req.headers, body, req.origin, account, token)
        ctx.schemas = self.schemas
        return await self._idempotent(ctx, match, req)

    def unserved_version(self, requested: str) -> Reply:
        """The answer for a path under a version this simulator does not serve.

        Decision (field-facts §7, §10.24): an id that is not in the version registry, such as the
        field's ``2024-06``, is **not** aliased to a nearby release. It answers 404 problem+json
        whose detail names every known version. Nothing public confirms that Flexport serves
        2024-06, and a silent alias would hide a bad pin until the day the live API refuses it;
        a loud 404 that lists the real ids tells the integrator what to pin instead. A registered
        version that this instance does not serve (one simulator serves one version) is also 404,
        saying which version is served here.
        """
        known = [v.id for v in known_versions("logistics")]
        if requested in known:
            return self.err(404, f"API version {requested} is not served here (this is {self.version})")
        listed = ", ".join(known if self.version in known else [*known, self.version])
        return self.err(404, f"Unknown API version {requested}; known versions: {listed}")

    # -- stages -----------------------------------------------------------------------------
    def _throttle(self, req: Incoming) -> Reply | None:
        faults = self.world.faults
        limited = faults.take("throttle_next")
        if not limited and faults.rate_limit_per_minute is not None:
            minute = int(self.world.clock.now() // 60)
            bucket = (self._rate_limit_key(req), minute)
            counts = self.world.requests_by_minute
            for stale in [b for b in counts if b[1] != minute]:
                del counts[stale]
            counts[bucket] = counts.get(bucket, 0) + 1
            limited = counts[bucket] > faults.rate_limit_per_minute
        if not limited:
            return None
        if faults.throttle_retry_after is None:
            return gateway(429, "Too Many Requests")
        return self.err(
            429,
            "Too many requests were made in a short period of time.",
            headers={"retry-after": str(faults.throttle_retry_after)},
        )

    def _rate_limit_key(self, req: Incoming) -> str:
        """Whose budget a request spends: its account's (default) or its token's. Requests whose
        token the gateway cannot place (none, unknown) are counted by their Authorization value."""
        who = req.headers.get("authorization", "")
        scheme, _, value = who.partition(" ")
        token = self.world.tokens.get(value.strip()) if scheme.lower() == "bearer" else None
        if token is not None and self.world.faults.rate_limit_key == "account":
            return "account:" + token.account_id
        return "token:" + hashlib.sha256(who.encode()).hexdigest()

    def _access(self, op: Operation, account: Account) -> Reply | None:
        """403 for API families the account may not use (billing, sandbox); seed 000."""
        relative = op.key.split("/")
        family = relative[1] if len(relative) > 1 else ""
        if not account.has_billing and family in NEEDS_BILLING:
            return self.err(
                403, f"{NEEDS_BILLING[family]} require a Flexport billing account; this account has none."
            )
        if account.sandbox and family in NOT_IN_SANDBOX:
            return self.err(403, f"{NOT_IN_SANDBOX[family]} are not supported in Sandbox accounts.")
        return None

    def _authenticate(self, req: Incoming, op: Operation) -> Token | Reply:
        scheme, _, value = req.headers.get("authorization", "").partition(" ")
        token = self.world.tokens.get(value.strip()) if scheme.lower() == "bearer" else None
        if token is None or token.revoked:
            return self.err(401, "The access token is invalid, expired or revoked.")
        if token.expires_at is not None and self.world.clock.now() >= token.expires_at:
            return self.err(401, "The access token has expired.")
        account = self.world.accounts.get(token.account_id)
        if account is None or account.frozen:
            return self.err(
                423, "Access to the Logistics API is locked: the account is frozen or deactivated."
            )
        if op.scopes and not set(op.scopes) & token.scopes:
            needed = " or ".join(op.scopes)
            return self.err(
                403, f"The access token is not authorized for {op.operation_id}; it needs {needed}."
            )
        return token

    def _validate(self, req: Incoming, body: Any) -> Reply | None:
        query = [(k, _clamped_limit(v) if k == "limit" else v) for k, v in req.query]
        raw = req.body or None
        view = validation_view(body, self.world.faults.allow_http_loopback_webhooks)
        if view is not body:
            raw = json.dumps(view).encode()
        spec_req = self.validator.request(
            method=req.method,
            path=req.raw_path,
            query=query,
            headers=req.headers,
            body=raw,
            content_type=req.headers.get("content-type", "application/json"),
        )
        problems = self.validator.check_request(spec_req)
        if not problems:
            return None
        status = 422 if all(p.unprocessable for p in problems) else 400
        messages = [p.message for p in problems]
        return self.err(status, "; ".join(messages), extra={"errors": messages})

    def _gateway_cost(self, op: Operation, req: Incoming) -> Reply | None:
        threshold = self.world.faults.gateway_cost_threshold
        names = {p.get("name") for p in op.spec.get("parameters", []) if isinstance(p, dict)}
        if threshold is None or not {"limit", "offset"} <= names:
            return None
        try:
            limit = min(int(float(dict(req.query).get("limit", "20"))), self.world.faults.page_cap)
            offset = int(float(dict(req.query).get("offset", "0")))
        except ValueError:
            return None
        if limit * (offset + limit) <= threshold:
            return None
        return gateway(504, "Endpoint request timed out", error_type=GATEWAY_TIMEOUT_ERROR_TYPE)

    async def _idempotent(self, ctx: Ctx, match: Match, req: Incoming) -> Reply | Drop:
        op = match.operation
        key = req.headers.get("idempotency-key") if op.method in WRITE_METHODS else None
        account = ctx.account
        store_key = f"{op.method} {op.key} {key}"
        fingerprint = hashlib.sha256(req.raw_path.encode() + b"\n" + req.body).hexdigest()
        if key is not None and account is not None and store_key in account.idempotency:
            stored = account.idempotency[store_key]
            if stored.fingerprint != fingerprint:
                return self.err(
                    self.world.faults.idempotency_mismatch_status,
                    "idempotency-key was already used with a different request body",
                )
            headers = {**stored.headers, "idempotent-replayed": "true"}
            return Reply(stored.status, stored.body, headers, final=True)
        reply = await self._run(ctx, op)
        if key is not None and account is not None and reply.status < 500:
            account.idempotency[store_key] = Stored(
                fingerprint, reply.status, reply.body, dict(reply.headers)
            )
            if reply.media_type != "application/json":
                account.idempotency[store_key].headers["content-type"] = reply.media_type
        if op.method in WRITE_METHODS and reply.status < 400 and self.world.faults.take("lose_after_commit"):
            return Drop(committed=True)
        return reply

    async def _run(self, ctx: Ctx, op: Operation) -> Reply:
        handler = HANDLERS.get((op.method, op.key))
        try:
            reply = await handler(ctx) if handler else self._example(op)
        except SimError as exc:
            return self.err(exc.status, exc.detail, code=exc.code, title=exc.title)
        if reply.final or reply.status >= 300:
            return reply
        status = self._documented_status(op, reply.status)
        schema = _response_schema(op, status)
        body = None if status == 204 else reply.body
        if schema is not None and body is not None:
            body = self.schemas.conform(body, schema)
        return Reply(status, body, reply.headers, reply.media_type)

    def _example(self, op: Operation) -> Reply:
        status = self._documented_status(op, 200)
        schema = _response_schema(op, status)
        body = self.schemas.example_for(schema) if schema is not None and status != 204 else None
        return Reply(status, body)

    def _documented_status(self, op: Operation, wanted: int) -> int:
        documented = sorted(int(s) for s in op.spec.get("responses", {}) if s.isdigit() and s.startswith("2"))
        if not documented or wanted in documented:
            return wanted
        return documented[0]


def _response_schema(op: Operation, status: int) -> Any:
    response = op.spec.get("responses", {}).get(str(status), {})
    content = response.get("content", {}) if isinstance(response, dict) else {}
    media = content.get("application/json") or next(iter(content.values()), None)
    return media.get("schema") if isinstance(media, dict) else None


def _clamped_limit(value: str) -> str:
    # The silent clamp: limits past 100 are served as 100, so they must not fail the schema either.
    try:
        return "100" if float(value) > 100 else value
    except ValueError:
        return value


def _parse_body(req: Incoming) -> Any:
    if not req.body:
        return None
    content_type = req.headers.get("content-type", "")
    if content_type.startswith("application/x-www-form-urlencoded"):
        return dict(parse_qsl(req.body.decode("utf-8"), keep_blank_values=True))
    if "json" in content_type or not content_type:
        try:
            return json.loads(req.body)
        except json.JSONDecodeError as exc:
            raise ValueError("body is not JSON") from exc
    return req.body
