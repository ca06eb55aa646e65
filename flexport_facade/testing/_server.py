"""Serving the simulator with uvicorn on loopback: a background-thread context manager for tests."""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import uvicorn
from uvicorn.protocols.http.h11_impl import H11Protocol

from flexport_facade.testing._admin_client import SimulatorAdmin
from flexport_facade.testing._app import ABORT_EXTENSION, Simulator, create_app
from flexport_facade.testing._clock import Clock
from flexport_facade.testing._faults import Faults

START_TIMEOUT = 10.0
STOP_TIMEOUT = 10.0


class DroppingH11Protocol(H11Protocol):
    """uvicorn's h11 protocol, plus a scope extension that lets the app close the socket unanswered."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        inner = self.app

        async def app(scope: Any, receive: Any, send: Any) -> None:
            scope.setdefault("extensions", {})[ABORT_EXTENSION] = self._abort
            await inner(scope, receive, send)

        self.app = app

    def connection_made(self, transport: Any) -> None:
        # Headers and body go out as two writes; without NODELAY a keep-alive client waits ~40 ms
        # (Nagle against delayed ACK) on every response.
        sock = transport.get_extra_info("socket")
        if sock is not None:
            with contextlib.suppress(OSError):
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        super().connection_made(transport)

    def _abort(self) -> None:
        self.transport.abort()


def uvicorn_config(app: Any, *, host: str = "127.0.0.1", port: int = 0, **extra: Any) -> uvicorn.Config:
    return uvicorn.Config(
        app,
        host=host,
        port=port,
        http=DroppingH11Protocol,
        lifespan="on",
        access_log=False,  # query strings can hold OAuth codes
        log_level="warning",
        **extra,
    )


@dataclass(repr=False)
class RunningSimulator(SimulatorAdmin):
    """What ``run_simulator`` yields: the base URL, a full-scope token and the simulator itself,
    plus the admin methods of ``SimulatorAdmin`` (``advance_clock``, ``receive_inbound``, ...)."""

    url: str
    token: str
    simulator: Simulator

    @property
    def version(self) -> str:
        return self.simulator.world.version

    @property
    def api_url(self) -> str:
        """The versioned base, e.g. ``http://127.0.0.1:PORT/logistics/api/2026-02``."""
        return f"{self.url}/logistics/api/{self.version}"

    @property
    def faults(self) -> Faults:
        """The live switches: ``sim.faults.throttle_next = 2``, or ``sim.faults(throttle_next=2)``."""
        return self.simulator.faults

    @property
    def clock(self) -> Clock:
        return self.simulator.clock

    def __repr__(self) -> str:
        return f"RunningSimulator(url={self.url!r}, version={self.version!r}, token='***')"


def _bind_loopback(port: int) -> socket.socket:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", port))
    return sock


@contextlib.contextmanager
def serve_in_thread(app: Any, *, port: int = 0) -> Iterator[tuple[uvicorn.Server, str]]:
    """Run ``app`` on 127.0.0.1 in a daemon thread; stop it (bounded) on exit."""
    sock = _bind_loopback(port)
    server = uvicorn.Server(uvicorn_config(app, port=sock.getsockname()[1]))
    thread = threading.Thread(
        target=server.run, kwargs={"sockets": [sock]}, name="flexport-simulator", daemon=True
    )
    thread.start()
    deadline = time.monotonic() + START_TIMEOUT
    try:
        while not server.started:
            if not thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the simulator did not start")
            time.sleep(0.01)
        yield server, f"http://127.0.0.1:{sock.getsockname()[1]}"
    finally:
        server.should_exit = True
        thread.join(STOP_TIMEOUT)
        if thread.is_alive():
            server.force_exit = True
            thread.join(STOP_TIMEOUT)
        sock.close()


@contextlib.contextmanager
def run_simulator(
    version: str = "2026-02",
    *,
    spec: dict[str, Any] | None = None,
    faults: Faults | None = None,
    clock: Clock | None = None,
    port: int = 0,
) -> Iterator[RunningSimulator]:
    """Start the simulator on a free loopback port for the ``with`` block (frozen clock by default)."""
    app = create_app(version, spec=spec, faults=faults, clock=clock)
    with serve_in_thread(app, port=port) as (_, url):
        yield RunningSimulator(url=url, token=app.token, simulator=app)
