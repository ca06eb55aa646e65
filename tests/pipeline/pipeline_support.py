"""Helpers for the pipeline tests: a scripted local HTTP server and small fixture specs."""

from __future__ import annotations

import threading
from collections import Counter
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any


@dataclass
class Route:
    status: int = 200
    body: bytes = b""
    content_type: str = "application/json"
    delay: float = 0.0  # seconds before answering (longer than the client's timeout = a timeout)
    headers: dict[str, str] = field(default_factory=dict)  # extra headers (Content-Encoding, a false length)
    send_length: bool = True  # False: no Content-Length, the body ends when the connection closes
    trickle: float = 0.0  # seconds between single bytes of the body (a slow-loris answer)
    trickle_head: bool = False  # trickle the status line and headers too


class Sent:
    """Bytes of trickled answers the server managed to write, per path."""

    def __init__(self) -> None:
        self.counts: Counter[str] = Counter()


class SpecServer:
    """A real HTTP server on 127.0.0.1 (free port) answering scripted routes; 404 elsewhere."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.hits: Counter[str] = Counter()
        self.sent = Sent()
        self._release = threading.Event()
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                server.hits[self.path] += 1
                route = server.routes.get(self.path, Route(404, b"<html>not found</html>", "text/html"))
                if route.delay and server._release.wait(route.delay):
                    return  # the server is stopping
                try:
                    if route.trickle:
                        self._trickle(route)
                        return
                    self.send_response(route.status)
                    self.send_header("Content-Type", route.content_type)
                    if route.send_length:
                        self.send_header("Content-Length", str(len(route.body)))
                    else:
                        self.close_connection = True
                    for name, value in route.headers.items():
                        self.send_header(name, value)
                    self.end_headers()
                    self.wfile.write(route.body)
                except OSError:
                    pass  # the client gave up (timeout test)

            def _trickle(self, route: Route) -> None:
                head = (
                    f"HTTP/1.1 {route.status} OK\r\nContent-Type: {route.content_type}\r\n"
                    f"Content-Length: {len(route.body)}\r\n\r\n"
                ).encode()
                if not route.trickle_head:
                    self.wfile.write(head)
                    self.wfile.flush()
                    head = b""
                for i in range(len(head + route.body)):
                    if server._release.wait(route.trickle):
                        return
                    self.wfile.write((head + route.body)[i : i + 1])
                    self.wfile.flush()
                    server.sent.counts[self.path] += 1
                self.close_connection = True

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05})

    @property
    def base_url(self) -> str:
        host, port = self.httpd.server_address[:2]
        return f"http://{host!s}:{port}"

    def spec_path(self, version: str) -> str:
        return f"/logistics/api/{version}/documentation/raw"

    def __enter__(self) -> SpecServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._release.set()
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(timeout=5)


def registry_toml(rows: list[dict[str, str]]) -> str:
    out = []
    for row in rows:
        out.append("[[version]]")
        out.extend(f'{k} = "{v}"' for k, v in row.items())
        out.append("")
    return "\n".join(out)


def logistics_row(
    version: str, package: str, base: str = "https://logistics-api.flexport.com"
) -> dict[str, str]:
    return {
        "id": version,
        "api": "logistics",
        "status": "stable",
        "released": version,
        "snapshot": f"logistics/{version}.json",
        "package": package,
        "source_url": f"{base}/logistics/api/{version}/documentation/raw",
    }


def make_openapi_dir(root: Path, rows: list[dict[str, str]]) -> Path:
    openapi = root / "openapi"
    (openapi / "logistics").mkdir(parents=True)
    (openapi / "versions.toml").write_text(registry_toml(rows), encoding="utf-8")
    return openapi


def _ok(schema: dict[str, Any], headers: dict[str, Any] | None = None) -> dict[str, Any]:
    resp: dict[str, Any] = {"description": "OK", "content": {"application/json": {"schema": schema}}}
    if headers:
        resp["headers"] = headers
    return resp


def small_spec(version: str, *, extra_products: bool = False) -> dict[str, Any]:
    """A valid OpenAPI 3.0 document under /logistics/api/<version>/ exercising what the facade reads:
    offset and cursor pagination, a path parameter, a body, scopes, an enum, several models."""
    base = f"/logistics/api/{version}"
    ref = "#/components/schemas/"
    paths: dict[str, Any] = {
        f"{base}/products": {
            "get": {
                "operationId": "GetProducts",
                "tags": ["Products"],
                "x-required-scopes": ["read_logistics_products"],
                "parameters": [
                    {"name": "limit", "in": "query", "schema": {"type": "integer"}},
                    {"name": "offset", "in": "query", "schema": {"type": "integer"}},
                ],
                "responses": {"200": _ok({"type": "array", "items": {"$ref": ref + "Product"}})},
            },
            "post": {
                "operationId": "CreateProduct",
                "tags": ["Products"],
                "x-required-scopes": ["write_logistics_products"],
                "requestBody": {
                    "required": True,
                    "content": {"application/json": {"schema": {"$ref": ref + "ProductInput"}}},
                },
                "responses": {"200": _ok({"$ref": ref + "Product"})},
            },
        },
        f"{base}/products/{{productId}}": {
            "get": {
                "operationId": "GetProduct",
                "tags": ["Products"],
                "parameters": [
                    {"name": "productId", "in": "path", "required": True, "schema": {"type": "string"}}
                ],
                "responses": {"200": _ok({"$ref": ref + "Product"})},
            }
        },
        f"{base}/events": {
            "get": {
                "operationId": "GetEvents",
                "tags": ["Events"],
                "parameters": [{"name": "page_info", "in": "query", "schema": {"type": "string"}}],
                "responses": {
                    "200": _ok(
                        {"type": "array", "items": {"$ref": ref + "Event"}},
                        {"Link": {"schema": {"type": "string"}}},
                    )
                },
            }
        },
    }
    if extra_products:
        paths[f"{base}/products/{{productId}}"]["delete"] = {
            "operationId": "DeleteProduct",
            "tags": ["Products"],
            "parameters": [
                {"name": "productId", "in": "path", "required": True, "schema": {"type": "string"}}
            ],
            "responses": {"204": {"description": "gone"}},
        }
    schemas = {
        "Product": {
            "type": "object",
            "required": ["id", "name"],
            "properties": {
                "id": {"type": "string"},
                "name": {"type": "string"},
                "status": {"$ref": ref + "ProductStatus"},
                "dimensions": {"$ref": ref + "Dimensions"},
            },
        },
        "ProductInput": {"type": "object", "properties": {"name": {"type": "string"}}},
        "ProductStatus": {"type": "string", "enum": ["ACTIVE", "ARCHIVED"]},
        "Dimensions": {"type": "object", "properties": {"length": {"type": "number"}}},
        "Event": {
            "type": "object",
            "properties": {"type": {"type": "string"}, "data": {"$ref": ref + "EventData"}},
        },
        "EventData": {"type": "object", "properties": {"orderId": {"type": "string"}}},
    }
    return {
        "openapi": "3.0.3",
        "info": {"title": "Fixture Logistics API", "version": version},
        "servers": [{"url": "https://logistics-api.flexport.com"}],
        "paths": paths,
        "components": {"schemas": schemas},
    }
