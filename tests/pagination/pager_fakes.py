"""A stand-in for the facade's bound operations: ``meta`` plus ``raw(**python_kwargs)``."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import attrs
import httpx

from flexport_facade._core.http import ApiResponse  # what the facade's BoundOperation.raw returns
from flexport_facade.pagination import (
    AsyncOperationSource,
    AsyncPathSource,
    OperationSource,
    PathSource,
    apaginate,
    paginate,
)

# python keyword -> wire name, as a generated ``_get_kwargs`` would map it
_WIRE = {
    "pool_name": "poolName",
    "page_info": "page_info",
    "limit": "limit",
    "offset": "offset",
    "type": "type",
}


@attrs.define
class Envelope:
    """A generated-style model whose list attribute holds the items."""

    data: list[dict[str, Any]]
    additional_properties: dict[str, Any] = attrs.field(factory=dict)


class FakeOp:
    def __init__(self, client: httpx.Client, meta: dict[str, Any], *, envelope: bool = False) -> None:
        self.client = client
        self.meta = meta
        self.envelope = envelope
        self.calls: list[dict[str, Any]] = []

    def _answer(self, response: httpx.Response) -> ApiResponse[Any]:
        parsed = None
        if response.is_success:
            body = response.json()
            parsed = Envelope(body["data"]) if self.envelope else body
        return ApiResponse(response.status_code, response.headers, response.content, parsed, response)

    def raw(self, *, retry: Any = None, **kwargs: Any) -> ApiResponse[Any]:
        self.calls.append({**kwargs, "retry": retry})
        params = {_WIRE[k]: v for k, v in kwargs.items()}
        return self._answer(self.client.get(self.meta["path"], params=params))


class AsyncFakeOp(FakeOp):
    def __init__(self, client: httpx.AsyncClient, meta: dict[str, Any], *, envelope: bool = False) -> None:
        self.aclient = client
        self.meta = meta
        self.envelope = envelope
        self.calls = []

    async def raw(self, *, retry: Any = None, **kwargs: Any) -> ApiResponse[Any]:  # type: ignore[override]
        self.calls.append({**kwargs, "retry": retry})
        params = {_WIRE[k]: v for k, v in kwargs.items()}
        return self._answer(await self.aclient.get(self.meta["path"], params=params))


def meta(operation_id: str, path: str, query: list[str], pagination: str | None) -> dict[str, Any]:
    return {
        "operation_id": operation_id,
        "method": "GET",
        "path": path,
        "query": query,
        "pagination": pagination,
    }


def request_fn(client: httpx.Client) -> Any:
    """A plain ``request(method, path, params=, retry=)`` like ``Flexport.request`` (no retries)."""

    def request(method: str, path: str, *, params: Any = None, retry: Any = None) -> httpx.Response:
        return client.request(method, path, params=params)

    return request


def arequest_fn(client: httpx.AsyncClient) -> Any:
    async def request(method: str, path: str, *, params: Any = None, retry: Any = None) -> httpx.Response:
        return await client.request(method, path, params=params)

    return request


@dataclass
class PagerKit:
    """The sync or async pager pieces over one httpx client, so a test body serves both pagers."""

    is_async: bool
    http: Any  # httpx.Client or httpx.AsyncClient

    def paginate(self, source: Any, **options: Any) -> Any:
        return (apaginate if self.is_async else paginate)(source, **options)

    def path(self, path: str) -> Any:
        if self.is_async:
            return AsyncPathSource(arequest_fn(self.http), path)
        return PathSource(request_fn(self.http), path)

    def fake_op(self, meta: dict[str, Any], *, envelope: bool = False) -> FakeOp:
        return (AsyncFakeOp if self.is_async else FakeOp)(self.http, meta, envelope=envelope)

    def operation(self, op: FakeOp) -> Any:
        return (AsyncOperationSource if self.is_async else OperationSource)(op)  # type: ignore[arg-type]
