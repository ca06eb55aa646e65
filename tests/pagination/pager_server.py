"""A loopback list server that misbehaves the way the field reports (field-facts §1, §10 items 1-11).

/products, /inbounds  offset; limit clamped to 100; short pages mid-list; 504 when limit*offset > cost
/events, /returns     cursor in a Link header; filters only in the cursor; empty page that links on;
                      poisoned or flaky cursors; the last page links only rel="prev"
/webhooks             one page; ignores limit and offset
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import json
import socket
import threading
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route


@dataclass
class State:
    n_products: int = 1000
    clamp: int = 100
    short_pages: bool = True
    cost: int | None = 30_000  # limit * offset above this -> 504 (None: never)
    n_events: int = 523
    empty_at: set[int] = field(default_factory=lambda: {200})  # cursor positions that first serve []
    poisoned: set[int] = field(default_factory=set)  # cursor positions that always answer 500
    flaky: dict[int, int] = field(default_factory=dict)  # position -> 500s left before it works
    prev_on_last: bool = True
    latency: float = 0.0
    # what was seen
    requests: list[tuple[str, dict[str, str]]] = field(default_factory=list)
    statuses: list[tuple[str, int]] = field(default_factory=list)
    violations: list[str] = field(default_factory=list)
    in_flight: int = 0
    max_in_flight: int = 0

    def reset(self) -> None:
        self.__init__()  # type: ignore[misc]


def encode_cursor(data: dict[str, Any]) -> str:
    return base64.urlsafe_b64encode(json.dumps(data).encode()).decode().rstrip("=")


def decode_cursor(token: str) -> dict[str, Any]:
    return dict(json.loads(base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))))


def product(i: int, pool: str | None = None) -> dict[str, Any]:
    return {"id": i, "sku": f"SKU-{i:06d}", "pool": pool}


def event(i: int, kind: str | None) -> dict[str, Any]:
    return {"id": f"evt-{i:06d}", "seq": i, "type": kind}


def _gateway_timeout() -> Response:
    return JSONResponse(
        {"message": "Endpoint request timed out"},
        status_code=504,
        headers={"x-amz-apigw-id": uuid.uuid4().hex[:16], "x-amzn-RequestId": str(uuid.uuid4())},
    )


def _problem(status: int, detail: str) -> Response:
    body = {"type": "https://docs/#section/Errors", "title": "Error", "status": status, "detail": detail}
    return Response(json.dumps(body), status_code=status, media_type="application/problem+json")


def build_app(state: State) -> Starlette:
    async def seen(request: Request) -> dict[str, str]:
        params = dict(request.query_params)
        state.requests.append((request.url.path, params))
        if state.latency:
            await asyncio.sleep(state.latency)
        return params

    def offset_page(params: dict[str, str]) -> tuple[Response | None, list[int]]:
        limit = int(params.get("limit", "20"))
        offset = int(params.get("offset", "0"))
        if state.cost is not None and limit * offset > state.cost:
            return _gateway_timeout(), []
        rows = min(limit, state.clamp)
        if state.short_pages and (offset // 10) % 4 == 1:
            rows = max(1, rows // 3)  # a short page in the middle of the list: not the end
        return None, list(range(offset, min(offset + rows, state.n_products)))

    async def products(request: Request) -> Response:
        params = await seen(request)
        error, ids = offset_page(params)
        if error is not None:
            return error
        return JSONResponse([product(i, params.get("poolName")) for i in ids])

    async def inbounds(request: Request) -> Response:
        params = await seen(request)
        error, ids = offset_page(params)
        if error is not None:
            return error
        return JSONResponse({"data": [product(i) for i in ids]})

    async def webhooks(request: Request) -> Response:
        await seen(request)
        return JSONResponse([{"id": 1}, {"id": 2}, {"id": 3}])

    async def events(request: Request) -> Response:
        params = await seen(request)
        limit = int(params.get("limit", "100"))
        if limit >= 250:
            return _problem(400, "limit must be at most 100")
        if "page_info" in params:
            extra = set(params) - {"limit", "page_info"}
            if extra:
                state.violations.append(f"cursor request also sent {sorted(extra)}")
            cursor = decode_cursor(params["page_info"])
        else:
            cursor = {"type": params.get("type"), "pos": 0}
        pos = int(cursor["pos"])
        if pos in state.poisoned:
            return _problem(500, "internal error")
        if state.flaky.get(pos, 0) > 0:
            state.flaky[pos] -= 1
            return Response("upstream failed", status_code=500)
        base = str(request.base_url).rstrip("/")
        if pos in state.empty_at and not cursor.get("e"):
            nxt = encode_cursor({**cursor, "e": 1})
            return JSONResponse(
                [], headers={"link": f'<{base}/events?page_info={nxt}&limit={limit}>; rel="next"'}
            )
        rows = min(limit, 100)
        ids = list(range(pos, min(pos + rows, state.n_events)))
        headers = {}
        prev = f'<{base}/events?page_info={encode_cursor({**cursor, "pos": max(0, pos - rows)})}>; rel="prev"'
        if pos + rows < state.n_events:
            nxt = encode_cursor({"type": cursor["type"], "pos": pos + rows})
            headers["link"] = f'{prev}, <{base}/events?page_info={nxt}&limit={limit}>; rel="next"'
        elif state.prev_on_last:
            headers["link"] = prev
        return JSONResponse([event(i, cursor["type"]) for i in ids], headers=headers)

    async def returns(request: Request) -> Response:
        # A plain incrementing id as the cursor, a single-quoted target, several rel tokens.
        params = await seen(request)
        limit = min(int(params.get("limit", "50")), 100)
        pos = int(params.get("page_info", "0"))
        ids = list(range(pos, min(pos + limit, state.n_events)))
        headers = {}
        if pos + limit < state.n_events:
            base = str(request.base_url).rstrip("/")
            headers["link"] = f"<'{base}/returns?page_info={pos + limit}&limit={limit}'>; rel=\"next later\""
        return JSONResponse([{"id": i} for i in ids], headers=headers)

    routes = [
        Route("/products", products),
        Route("/inbounds", inbounds),
        Route("/webhooks", webhooks),
        Route("/events", events),
        Route("/returns", returns),
    ]
    app = Starlette(routes=routes)

    async def asgi(scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await app(scope, receive, send)
            return
        state.in_flight += 1
        state.max_in_flight = max(state.max_in_flight, state.in_flight)
        status, finished = 0, False

        def finish() -> None:
            nonlocal finished
            if not finished:
                finished = True
                state.in_flight -= 1
                state.statuses.append((scope["path"], status))

        async def record(message: Any) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            if message["type"] == "http.response.body" and not message.get("more_body"):
                finish()  # before the client can see the end of the answer: no race with its checks
            await send(message)

        try:
            await app(scope, receive, record)
        finally:
            finish()

    return asgi  # type: ignore[return-value]


@contextlib.contextmanager
def serve(app: Any) -> Iterator[str]:
    """Run ``app`` on 127.0.0.1:<free port> in a thread; yields the base URL; always stopped."""
    # proto must say TCP: asyncio only sets TCP_NODELAY on accepted sockets whose proto is IPPROTO_TCP,
    # and without it every response (head and body written apart) waits ~40 ms for a delayed ACK.
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="off", access_log=False))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    try:
        for _ in range(500):
            if server.started:
                break
            threading.Event().wait(0.01)
        else:
            raise RuntimeError("test server did not start within 5 s")
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(10)
        sock.close()
