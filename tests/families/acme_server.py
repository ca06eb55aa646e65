"""A small in-memory server for the invented families of conftest.py, behind ``httpx.MockTransport``.

It checks what a real server of such a family would: the version where the row says it travels and
the token in the row's header form (a wrong one is a 400 or 401 problem+json), then serves shipments
(list by offset/limit, get, create with idempotency replay). Queued faults answer first; every
request is recorded for the assertions.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

import httpx

KEY = "acme-secret-KEY-0123456789"  # the one token the server accepts


@dataclass(frozen=True)
class Placement:
    """Where one family's server reads the version and the token."""

    prefix: str  # the path prefix, version filled in
    version: str
    version_header: str = ""  # version in this header
    version_query: str = ""  # or this query parameter
    accept: str = ""  # or this Accept media type ("" with none of them: the version is in the prefix)
    auth_header: str = "Authorization"
    auth_value: str = f"Bearer {KEY}"


def placement_for(api: str, version: str) -> Placement:
    if api == "acme":
        return Placement("/acme/v2/", version, version_header="Acme-Version", auth_header="X-Acme-Key",
                         auth_value=KEY)  # fmt: skip
    if api == "bolt":
        return Placement(f"/bolt/{version}/", version)
    if api == "crate":
        return Placement("/acme/v2/", version, version_query="api-version", auth_value=f'Token token="{KEY}"')
    if api == "dray":
        return Placement("/acme/v2/", version, accept=f"application/vnd.dray.{version}+json")
    raise AssertionError(api)


def problem(status: int, detail: str) -> httpx.Response:
    body = {"type": "about:blank", "title": "Error", "status": status, "detail": detail}
    return httpx.Response(status, json=body, headers={"content-type": "application/problem+json",
                                                      "x-correlation-id": "corr-acme-1"})  # fmt: skip


@dataclass
class AcmeServer:
    api: str
    versions: tuple[str, ...]  # the versions this server answers (at() may move between them)
    shipments: dict[str, dict[str, Any]] = field(default_factory=dict)
    requests: list[httpx.Request] = field(default_factory=list)
    faults: list[httpx.Response | Exception] = field(default_factory=list)
    _replays: dict[str, dict[str, Any]] = field(default_factory=dict)

    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self.handle)

    def seed(self, count: int) -> None:
        for i in range(count):
            self.shipments[f"S{i}"] = {
                "id": f"S{i}",
                "origin": "SFO",
                "destination": "LAX",
                "status": "booked",
            }

    def version_of(self, request: httpx.Request) -> str | None:
        """The version the request names, read where this family sends it; None if it names none."""
        for version in self.versions:
            p = placement_for(self.api, version)
            if p.version_header:
                found = request.headers.get(p.version_header)
            elif p.version_query:
                found = request.url.params.get(p.version_query)
            elif p.accept:
                found = version if request.headers.get("accept") == p.accept else None
            else:
                found = version if request.url.path.startswith(p.prefix) else None
            if found == version:
                return version
        return None

    def handle(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if self.faults:
            fault = self.faults.pop(0)
            if isinstance(fault, Exception):
                raise fault
            return fault
        version = self.version_of(request)
        if version is None:
            return problem(400, f"this server answers versions {', '.join(self.versions)}; none named")
        p = placement_for(self.api, version)
        if request.headers.get(p.auth_header) != p.auth_value:
            return problem(401, "invalid or missing credentials")
        if not request.url.path.startswith(p.prefix):
            return problem(404, f"no route {request.url.path}")
        return self.route(request, request.url.path[len(p.prefix) :])

    def route(self, request: httpx.Request, rest: str) -> httpx.Response:
        if rest == "shipments" and request.method == "GET":
            offset = int(request.url.params.get("offset", 0))
            limit = int(request.url.params.get("limit", 10))
            return httpx.Response(200, json=list(self.shipments.values())[offset : offset + limit])
        if rest == "shipments" and request.method == "POST":
            key = request.headers.get("idempotency-key", "")
            if key in self._replays:  # the same answer again, and no second shipment
                return httpx.Response(201, json=self._replays[key], headers={"idempotent-replayed": "true"})
            body = json.loads(request.content)
            sid = f"S{len(self.shipments)}"
            self.shipments[sid] = {"id": sid, "status": "booked", **body}
            if key:
                self._replays[key] = self.shipments[sid]
            return httpx.Response(201, json=self.shipments[sid])
        if rest.startswith("shipments/") and request.method == "GET":
            sid = rest.split("/", 1)[1]
            if sid not in self.shipments:
                return problem(404, f"Cannot find shipment {sid}")
            return httpx.Response(200, json=self.shipments[sid])
        return problem(404, f"no route {rest}")
