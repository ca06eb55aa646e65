"""The ASGI endpoint a Receiver serves: read the body (bounded), parse, answer, run the handler."""

from __future__ import annotations

import asyncio
import inspect
import json
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from flexport_facade._constants import WEBHOOK_MAX_BODY
from flexport_facade._exceptions import WebhookError
from flexport_facade.webhooks._receiver import Receiver

log = logging.getLogger("flexport_facade.webhooks")


class WebhookApp:
    """The ASGI endpoint ``Receiver.asgi`` returns. ``await app.drain()`` waits for running handlers
    (lifespan shutdown does the same, so a stopping server finishes what it accepted)."""

    def __init__(
        self,
        receiver: Receiver,
        handler: Callable[[Any], Awaitable[None] | None],
        *,
        max_body: int = WEBHOOK_MAX_BODY,
    ) -> None:
        self.receiver = receiver
        self.handler = handler
        self.max_body = max_body
        self._tasks: set[asyncio.Task[None]] = set()

    def __repr__(self) -> str:
        return f"WebhookApp({self.receiver!r}, running={len(self._tasks)})"

    async def drain(self) -> None:
        while self._tasks:
            await asyncio.gather(*list(self._tasks), return_exceptions=True)

    async def _run_handler(self, event: Any, key: str) -> None:
        try:
            result = self.handler(event)
            if inspect.isawaitable(result):
                await result
        except Exception:
            # Forget the delivery, so a later redelivery of it (deliveries come at least once)
            # is handled rather than dropped as already seen.
            self.receiver.release(key)
            log.exception("webhook handler failed for %s; its id was released", type(event).__name__)

    async def __call__(
        self, scope: dict[str, Any], receive: Callable[..., Any], send: Callable[..., Any]
    ) -> None:
        if scope["type"] == "lifespan":
            while True:
                message = await receive()
                if message["type"] == "lifespan.startup":
                    await send({"type": "lifespan.startup.complete"})
                elif message["type"] == "lifespan.shutdown":
                    await self.drain()
                    await send({"type": "lifespan.shutdown.complete"})
                    return
        if scope["type"] != "http":
            return
        if scope["method"] != "POST":
            await _reply(send, 405, "deliveries are POSTed")
            return
        chunks, size = [], 0
        while True:
            message = await receive()
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_body:  # deliveries are small; do not buffer whatever arrives
                await _reply(send, 413, f"delivery larger than {self.max_body} bytes")
                return
            chunks.append(chunk)
            if not message.get("more_body"):
                break
        headers = {k.decode("latin-1"): v.decode("latin-1") for k, v in scope.get("headers", [])}
        try:
            event, key = self.receiver.receive(body=b"".join(chunks), headers=headers)
        except WebhookError as exc:
            log.info("webhook delivery refused (%d): %s", exc.status, exc)
            await _reply(send, exc.status, str(exc))
            return
        except Exception:  # a bug of ours must not turn into a 500 retry storm
            log.exception("webhook delivery could not be parsed")
            await _reply(send, 400, "delivery could not be parsed")
            return
        await _reply(send, 200, "duplicate" if event is None else "ok")
        if event is not None:
            task = asyncio.ensure_future(self._run_handler(event, key))
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)


async def _reply(send: Callable[..., Any], status: int, text: str) -> None:
    body = json.dumps({"status": status, "detail": text}).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())],
        }
    )
    await send({"type": "http.response.body", "body": body})
