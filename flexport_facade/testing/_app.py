"""The ASGI app: ``create_app(version=..., spec=..., faults=..., clock=...)``."""

from __future__ import annotations

import asyncio
import contextlib
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable, MutableMapping
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Mount

from flexport_facade._core.versions import get_version
from flexport_facade.testing._admin import admin_routes
from flexport_facade.testing._clock import Clock
from flexport_facade.testing._delivery import Deliverer
from flexport_facade.testing._engine import Drop, Engine, Incoming
from flexport_facade.testing._faults import Faults
from flexport_facade.testing._snapshots import load_snapshot
from flexport_facade.testing._world import World

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]

# Set by our uvicorn protocol (server.py): closes the socket with no answer written.
ABORT_EXTENSION = "flexport.simulator.abort"
ADMIN_PREFIX = "/_sim"


class ConnectionDropped(ConnectionError):
    """Raised in-process (no uvicorn socket to close) where the simulator would drop the connection."""


class Simulator:
    """One simulated Logistics API version: its state, its faults, its clock, its ASGI app."""

    def __init__(
        self,
        *,
        version: str = "2026-02",
        spec: dict[str, Any] | None = None,
        faults: Faults | None = None,
        clock: Clock | None = None,
    ) -> None:
        self.document = spec if spec is not None else load_snapshot(get_version(version, api="logistics"))
        self.webhook_types = frozenset(self.document.get("x-webhooks", {}))
        self.world = World(
            clock=clock or Clock(frozen=True),
            faults=faults or Faults(),
            version=version,
            webhook_types=self.webhook_types,
        )
        self.engine = Engine(self.world, self.document)
        self.deliverer = Deliverer(self.world, self.document)
        self.admin = Starlette(
            routes=[Mount(ADMIN_PREFIX, routes=admin_routes(self))], lifespan=self._lifespan
        )

    def reset(self, *, faults: Faults | None = None, clock: Clock | None = None) -> None:
        """Forget every resource, token and queued delivery; the default token keeps its value."""
        self.world = World(
            clock=clock or Clock(frozen=True),
            faults=faults or Faults(),
            version=self.world.version,
            default_token=self.world.default_token,
            webhook_types=self.webhook_types,
        )
        self.engine.world = self.world
        self.deliverer.attach(self.world)

    @property
    def faults(self) -> Faults:
        return self.world.faults

    @property
    def clock(self) -> Clock:
        return self.world.clock

    @property
    def token(self) -> str:
        """A token with every scope on the default account (printed by ``serve``)."""
        return self.world.default_token

    @contextlib.asynccontextmanager
    async def _lifespan(self, app: Starlette) -> AsyncIterator[None]:
        await self.deliverer.start()
        try:
            yield
        finally:
            await self.deliverer.stop()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"].startswith(ADMIN_PREFIX + "/"):
            await self.admin(scope, receive, send)
            return
        request = Request(scope, receive)
        raw_path = scope.get("raw_path") or scope["path"].encode()
        server = scope.get("server") or ("127.0.0.1", 80)
        host = request.headers.get("host", f"{server[0]}:{server[1]}")
        incoming = Incoming(
            method=request.method,
            raw_path=raw_path.decode("latin-1").split("?", 1)[0],
            query=list(request.query_params.multi_items()),
            headers={k.lower(): v for k, v in request.headers.items()},
            body=await request.body(),
            origin=f"{scope.get('scheme', 'http')}://{host}",
        )
        reply = await self.engine.handle(incoming)
        if isinstance(reply, Drop):
            await _drop(scope, receive)
            return
        headers = {"x-correlation-id": str(uuid.uuid4()), **reply.headers}
        media_type = headers.pop("content-type", reply.media_type)
        content = reply.encode()
        response = Response(
            content, status_code=reply.status, headers=headers, media_type=media_type if content else None
        )
        await response(scope, receive, send)


async def _drop(scope: Scope, receive: Receive) -> None:
    abort = scope.get("extensions", {}).get(ABORT_EXTENSION)
    if abort is None:
        raise ConnectionDropped("the simulator dropped this connection")
    abort()
    # Wait (bounded) for the server to notice, so it does not try to answer on a dead socket.
    with contextlib.suppress(TimeoutError):
        async with asyncio.timeout(2.0):
            while (await receive())["type"] != "http.disconnect":
                pass


def create_app(
    version: str = "2026-02",
    *,
    spec: dict[str, Any] | None = None,
    faults: Faults | None = None,
    clock: Clock | None = None,
) -> Simulator:
    """The simulator as an ASGI app; ``spec`` replaces the registry's snapshot (e.g. an in-memory doc)."""
    return Simulator(version=version, spec=spec, faults=faults, clock=clock)
