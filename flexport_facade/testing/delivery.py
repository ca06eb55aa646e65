"""Webhook deliveries: flat payloads, the subscription's auth method, retries, at-least-once duplicates."""

from __future__ import annotations

import asyncio
import base64
import contextlib
from dataclasses import dataclass
from typing import Any

import httpx

from flexport_facade.testing.world import Account, Event, Json, World

MAX_ATTEMPTS = 10
FIRST_RETRY = 300.0
MAX_GAP = 3600.0
RECEIVER_TIMEOUT = 5.0  # the receiver must answer within 5 s (seed 000)


@dataclass
class Attempt:
    hook: Json
    account_id: str
    body: Json
    number: int
    due: float


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


class Deliverer:
    def __init__(self, world: World) -> None:
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

    def on_event(self, account: Account, event: Event) -> None:
        for hook in account.webhooks.values():
            if hook.get("type") != event.type:
                continue
            body = payload(account, event)
            copies = 1
            self._count += 1
            every = self.world.faults.duplicate_every
            if every and self._count % every == 0:
                copies = 2  # at least once: same logisticsEventId twice
            for _ in range(copies):
                self.pending.append(Attempt(dict(hook), account.id, body, 1, self.world.clock.now()))
        self._wake.set()

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
