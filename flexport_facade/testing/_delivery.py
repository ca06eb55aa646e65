"""Webhook deliveries: flat payloads, the subscription's auth method, retries, at-least-once duplicates,
and drift: event types and enum values the pinned version does not know (field-facts §10.22)."""

from __future__ import annotations

import asyncio
import base64
import contextlib
from dataclasses import dataclass
from typing import Any

import httpx

from flexport_facade.testing._synth import Schemas
from flexport_facade.testing._world import Account, Event, Json, World

MAX_ATTEMPTS = 10
FIRST_RETRY = 300.0
MAX_GAP = 3600.0
RECEIVER_TIMEOUT = 5.0  # the receiver must answer within 5 s (seed 000)

# unknown_event_every: the first of these the version does not declare. Before 2026-02 that is a
# real type from a later release (what a server ahead of your pin sends); for 2026-02 an invented one.
UNKNOWN_EVENT_TYPES = ("Order.PickingStarted", "Order.Packed", "Order.Dispatched", "Order.Rerouted")
# unknown_enum_every: the value put in the status-like field (made unique against its enum).
UNKNOWN_ENUM_VALUE = "REROUTED"


@dataclass
class Attempt:
    hook: Json
    account_id: str
    body: Json
    number: int
    due: float
    drift: str | None = None  # "unknown_event" or "unknown_enum:<field>", for the log


def payload(account: Account, event: Event) -> Json:
    """The delivery body: the resource fields plus the four logistics* envelope members, flat."""
    return {
        **event.raw,
        "logisticsAccountId": account.id,
        "logisticsEventId": event.id,
        "logisticsEventType": event.type,
        "logisticsEventTime": event.time,
    }


def auth_headers(hook: Json) -> dict[str, str]:
    method = hook.get("authMethod", "NONE")
    if method == "BASIC_AUTH":
        pair = f"{hook.get('username', '')}:{hook.get('password', '')}".encode()
        return {"authorization": "Basic " + base64.b64encode(pair).decode()}
    if method == "TOKEN":
        return {str(hook["tokenHeader"]): str(hook["token"])}
    return {}


def with_unknown_enum(body: Json, schema: dict[str, Any], schemas: Schemas) -> tuple[Json, str]:
    """``body`` with a status-like member set to a value outside its enum; returns (body, field).

    The field is the event schema's enumerated member whose name says status (else any enumerated
    member, else ``status``, which Order.* and Shipment.* payloads do not declare at all)."""
    enumerated: dict[str, list[Any]] = {}
    for name, sub in schema.get("properties", {}).items():
        resolved = schemas.resolve(sub)
        if resolved.get("enum"):
            enumerated[name] = list(resolved["enum"])
    statusy = [n for n in enumerated if "status" in n.lower()]
    name = (statusy or list(enumerated) or ["status"])[0]
    value = UNKNOWN_ENUM_VALUE
    while value in enumerated.get(name, []):
        value += "_NEW"
    return {**body, name: value}, name


class Deliverer:
    def __init__(self, world: World, document: dict[str, Any] | None = None) -> None:
        self.schemas = Schemas(document or {})
        self._lock = asyncio.Lock()
        self._wake = asyncio.Event()
        self._task: asyncio.Task[None] | None = None
        self._client: httpx.AsyncClient | None = None
        self.attach(world)

    def attach(self, world: World) -> None:
        """Deliver ``world``'s events from now on, forgetting anything queued for the previous one."""
        self.world = world
        self.pending: list[Attempt] = []
        self.log: list[Json] = []  # what was sent and how it went; never credentials
        self._count = 0
        world.listeners.append(self.on_event)

    def _nth(self, every: int) -> bool:
        return bool(every) and every > 0 and self._count % every == 0

    def on_event(self, account: Account, event: Event) -> None:
        faults, now = self.world.faults, self.world.clock.now()
        for hook in account.webhooks.values():
            if hook.get("type") != event.type:
                continue
            body = payload(account, event)
            self._count += 1
            drift = None
            if self._nth(faults.unknown_enum_every):
                body, name = with_unknown_enum(body, self._event_schema(event.type), self.schemas)
                drift = f"unknown_enum:{name}"
            copies = 2 if self._nth(faults.duplicate_every) else 1  # at least once: same event id twice
            for _ in range(copies):
                self.pending.append(Attempt(dict(hook), account.id, body, 1, now, drift))
            if self._nth(faults.unknown_event_every):
                # The real event still arrives; this one comes as well, to the same subscriber.
                extra = self._unknown_event(account, event)
                self.pending.append(Attempt(dict(hook), account.id, extra, 1, now, "unknown_event"))
        self._wake.set()

    def _event_schema(self, event_type: str) -> dict[str, Any]:
        hook = self.schemas.document.get("x-webhooks", {}).get(event_type, {})
        content = hook.get("post", {}).get("requestBody", {}).get("content", {})
        media: dict[str, Any] = content.get("application/json") or next(iter(content.values()), {})
        return self.schemas.resolve(media.get("schema", {}))

    def _unknown_event(self, account: Account, event: Event) -> Json:
        """A delivery of a type the version does not declare, carrying the trigger's resource fields."""
        unknown = next((t for t in UNKNOWN_EVENT_TYPES if not self.world.declares(t)), "Sim.Unknown")
        return {
            **event.raw,
            "logisticsAccountId": account.id,
            "logisticsEventId": self.world.new_event_id(),
            "logisticsEventType": unknown,
            "logisticsEventTime": self.world.iso(),
        }

    async def start(self) -> None:
        self._client = httpx.AsyncClient(timeout=RECEIVER_TIMEOUT, follow_redirects=False)
        self._task = asyncio.create_task(self._run())

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
        if self._client is not None:
            await self._client.aclose()

    async def _run(self) -> None:
        while True:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), timeout=1.0)
            self._wake.clear()
            self.world.tick()
            await self.flush()

    async def flush(self) -> int:
        """Send every attempt now due; failures are rescheduled with backoff. Returns attempts made."""
        async with self._lock:
            now = self.world.clock.now()
            due = [a for a in self.pending if a.due <= now]
            self.pending = [a for a in self.pending if a.due > now]
            for attempt in due:
                await self._send(attempt)
            return len(due)

    async def _send(self, attempt: Attempt) -> None:
        hook = attempt.hook
        entry: dict[str, Any] = {
            "webhookId": hook["id"],
            "url": hook["url"],
            "logisticsEventId": attempt.body["logisticsEventId"],
            "logisticsEventType": attempt.body["logisticsEventType"],
            "attempt": attempt.number,
        }
        if attempt.drift:
            entry["drift"] = attempt.drift
        client = self._client or httpx.AsyncClient(timeout=RECEIVER_TIMEOUT)
        try:
            response = await client.request(
                str(hook.get("method", "POST")),
                str(hook["url"]),
                json=attempt.body,
                headers={"user-agent": "flexport-facade-simulator", **auth_headers(hook)},
            )
            entry["status"] = response.status_code
            delivered = 200 <= response.status_code < 300
        except httpx.HTTPError as exc:
            entry["error"] = type(exc).__name__
            delivered = False
        finally:
            if client is not self._client:
                await client.aclose()
        self.log.append(entry)
        if not delivered and attempt.number < MAX_ATTEMPTS:
            gap = min(FIRST_RETRY * 2 ** (attempt.number - 1), MAX_GAP)
            attempt.number += 1
            attempt.due = self.world.clock.now() + gap
            self.pending.append(attempt)
