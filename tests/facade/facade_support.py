"""Test helpers for the facade: a scripted loopback HTTP server and a fake clock."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

TOKEN = "tok_live_SECRET_1234567890abcdef"  # the one secret; tests assert it never leaks


@dataclass
class Reply:
    status: int = 200
    body: Any = None  # dict/list -> JSON; str/bytes -> as is
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # the server's own wait, to provoke client timeouts (bounded, small)
    content_type: str | None = None


@dataclass
class Seen:
    method: str
    path: str
    query: str
    headers: dict[str, str]
    body: bytes


class LocalServer:
    """HTTP/1.1 on 127.0.0.1:<free port>. Replies come from per-path queues, else from ``default``."""

    def __init__(self) -> None:
        self.seen: list[Seen] = []
        self.queues: dict[tuple[str, str], list[Reply]] = {}
        self.default: Callable[[Seen], Reply] = lambda s: Reply(404, {"title": "Not Found"})
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            wbufsize = -1  # one write per response, not header and body apart (Nagle + delayed ACK)
            disable_nagle_algorithm = True

            def _handle(self) -> None:
                length = int(self.headers.get("content-length") or 0)
                body = self.rfile.read(length) if length else b""
                path, _, query = self.path.partition("?")
                seen = Seen(self.command, path, query, {k.lower(): v for k, v in self.headers.items()}, body)
                server.seen.append(seen)
                queue = server.queues.get((self.command, path))
                reply = queue.pop(0) if queue else server.default(seen)
                if reply.delay:
                    time.sleep(reply.delay)
                if isinstance(reply.body, dict | list):
                    payload = json.dumps(reply.body).encode()
                    ctype = reply.content_type or (
                        "application/problem+json"
                        if reply.status >= 400 and "title" in reply.body
                        else "application/json"
                    )
                elif isinstance(reply.body, str):
                    payload, ctype = reply.body.encode(), reply.content_type or "text/html"
                else:
                    payload, ctype = reply.body or b"", reply.content_type or "application/json"
                self.send_response(reply.status)
                self.send_header("content-type", ctype)
                self.send_header("content-length", str(len(payload)))
                self.send_header("x-correlation-id", "corr-0000-1111")
                for k, v in reply.headers.items():
                    self.send_header(k, v)
                self.end_headers()
                self.wfile.write(payload)

            do_GET = do_POST = do_PATCH = do_PUT = do_DELETE = _handle

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.port = self.httpd.server_address[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self._thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05})

    def queue(self, method: str, path: str, *replies: Reply) -> None:
        self.queues.setdefault((method, path), []).extend(replies)

    def start(self) -> LocalServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        self._thread.join(timeout=5)


class FakeClock:
    """Time that moves only when the code under test sleeps."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds

    async def async_sleep(self, seconds: float) -> None:
        self.sleep(seconds)


def registry_text(rows: dict[str, str]) -> str:
    out = []
    for version, package in rows.items():
        status = "unstable" if version == "unstable" else "stable"
        out.append(
            f'[[version]]\nid = "{version}"\napi = "logistics"\nstatus = "{status}"\nreleased = ""\n'
            f'snapshot = "logistics/{version}.json"\npackage = "{package}"\nsource_url = ""\n'
        )
    return "\n".join(out)
