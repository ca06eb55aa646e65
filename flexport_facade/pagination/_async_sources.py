"""Page sources: a bound generated operation, or a path under the pinned version.

Both ask for pages with ``page_retry`` (no retry of 504: the pager halves the page size instead).
Reading an answer into a page is shared in ``_sources``.
"""

from __future__ import annotations

from collections.abc import Awaitable, Mapping
from dataclasses import dataclass
from typing import Any, Protocol

import httpx

from flexport_facade._core.retry import RetryPolicy
from flexport_facade.pagination._protocol import PageResult, SourceSpec
from flexport_facade.pagination._sources import (
    ItemsArg,
    RawAnswer,
    answer_page,
    decoded_page,
    keywords_of,
    meta_field,
    page_retry,
    response_page,
    spec_of,
)


class AsyncBoundOperationLike(Protocol):
    """``fx.<tag>.<operation>``: ``meta`` (OperationMeta or its operations.json row) and ``raw``."""

    @property
    def meta(self) -> Any: ...
    def raw(self, *args: Any, **kwargs: Any) -> Awaitable[RawAnswer]: ...


class AsyncRequestFn(Protocol):
    """``fx.request``: returns the 2xx response (or raises the typed error)."""

    def __call__(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = ...,
        retry: RetryPolicy | None = ...,
    ) -> Awaitable[httpx.Response]: ...


@dataclass
class AsyncOperationSource:
    """Pages of a bound generated operation; ``params`` are its python keyword arguments."""

    op: AsyncBoundOperationLike
    retry: RetryPolicy | None = None
    items: ItemsArg = None

    def __post_init__(self) -> None:
        self.spec = spec_of(self.op.meta, keywords_of(self.op))
        self._path = str(meta_field(self.op.meta, "path") or "")
        self._name = f"{self.spec.name} (GET {self._path})" if self._path else self.spec.name
        self._retry = page_retry(self.retry)

    async def fetch(self, params: dict[str, Any]) -> PageResult:
        send = getattr(self.op, "_send", None)  # a facade operation; a stand-in may offer raw() only
        if send is None:
            answer = await self.op.raw(retry=self._retry, **self.spec.keyword_args(params))
            return answer_page(answer, self.items, self._path, self._name)
        response = await send(retry=self._retry, **self.spec.keyword_args(params))
        return decoded_page(self.op, response, self.items, self._path, self._name)


@dataclass
class AsyncPathSource:
    """Pages of ``GET path``; ``params`` are query parameters as sent. The style is detected."""

    request: AsyncRequestFn
    path: str
    retry: RetryPolicy | None = None
    items: ItemsArg = None

    def __post_init__(self) -> None:
        self.spec = SourceSpec(name=self.path)
        self._retry = page_retry(self.retry)

    async def fetch(self, params: dict[str, Any]) -> PageResult:
        response = await self.request("GET", self.path, params=params, retry=self._retry)
        return response_page(response, self.items, self.path)
