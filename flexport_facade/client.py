"""``Flexport`` and ``AsyncFlexport``: one pinned API version bound to one configured httpx client.

    fx = Flexport(version="2026-02", token=...)
    fx.products.get_product(logistics_sku="D0123456789")      # dynamic: any operation of the pin
    fx.call(get_product.sync_detailed, logistics_sku="D01", client=fx.client)  # typed for mypy
    fx.request("GET", "/warehouses/active")                   # any path under the pinned version
    fx.at("2025-03")                                          # same auth, retries and pool

The version is data (openapi/versions.toml + a generated package): nothing here names one.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Awaitable, Callable, Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any, ParamSpec, Protocol, Self, TypeVar

import httpx

from flexport_facade.auth import BearerAuth, TokenSource
from flexport_facade.binding import (
    GeneratedClient,
    Tag,
    module_of,
    prepare_operation,
    scopes_of,
    to_api_response,
)
from flexport_facade.http import (
    DEFAULT_BASE_URL,
    DEFAULT_TIMEOUT,
    ApiResponse,
    AsyncPipeline,
    IdempotencyKeyArg,
    Pipeline,
    TimeoutArg,
)
from flexport_facade.operations import OperationIndex, OperationMeta, index_for, package_dir
from flexport_facade.rate_budget import AsyncRateLimiter, RateLimiter
from flexport_facade.retry import RetryPolicy
from flexport_facade.versions import ApiVersion, VersionError, known_versions, resolve_pin

if TYPE_CHECKING:  # the pagination engine loads on the first paginate() call
    from flexport_facade.pagination import AsyncPager, Pager

log = logging.getLogger("flexport_facade")

TOKEN_ENV_VAR = "FLEXPORT_TOKEN"  # noqa: S105 - a variable name, not a secret
USER_AGENT = f"flexport-facade/0.1.0 httpx/{httpx.__version__}"

P = ParamSpec("P")
T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)


class DetailedResponse(Protocol[T_co]):
    """The part of a generated ``types.Response[T]`` the typed path reads.

    ``parsed`` is matched whole (``X | Problem | None``): mypy cannot infer ``T`` through
    ``T | None``, so the typed result keeps the generated union; narrow it with isinstance.
    """

    @property
    def parsed(self) -> T_co: ...


def pin(version: str | None, *, allow_unstable: bool) -> ApiVersion:
    """Resolve the pin and check its package is installed, without importing it."""
    chosen = resolve_pin(version, allow_unstable=allow_unstable)
    if chosen.status == "unstable":
        log.warning("API version %r may change without notice; pin a dated version in production", chosen.id)
    if package_dir(chosen.package) is None:
        raise VersionError(
            f"version {chosen.id!r} is registered but its package {chosen.package!r} is not installed; "
            f"run `make generate` (or reinstall flexport-facade)"
        )
    return chosen


def _auth(token: TokenSource | None, auth: httpx.Auth | None) -> httpx.Auth:
    if token is not None and auth is not None:
        raise ValueError("pass token= or auth=, not both")
    if auth is not None:
        return auth
    token = token if token is not None else os.environ.get(TOKEN_ENV_VAR)
    if not token:
        raise ValueError(
            "no credentials: pass token= (Seller Portal -> Settings -> API Tokens), auth=, "
            f"or set {TOKEN_ENV_VAR}"
        )
    return BearerAuth(token)


def _base_url(explicit: str | None, client: httpx.Client | httpx.AsyncClient | None) -> str:
    chosen = explicit or (str(client.base_url) if client is not None and str(client.base_url) else "")
    chosen = chosen or DEFAULT_BASE_URL
    url = httpx.URL(chosen)
    if url.scheme not in ("http", "https") or not url.host:
        raise ValueError(f"base_url must be an http(s) URL such as {DEFAULT_BASE_URL} (got {chosen!r})")
    if "/logistics/api" in url.path:
        host = f"{url.scheme}://{url.netloc.decode()}"
        raise ValueError(
            f"base_url is the host only ({host}); the /logistics/api/<version> part comes from version="
        )
    return chosen


def _check_options(timeout: object, retry: object) -> None:
    """Wrong types fail here, naming the argument, rather than deep inside the first request."""
    if (timeout is not None and not isinstance(timeout, int | float | httpx.Timeout)) or isinstance(
        timeout, bool
    ):
        raise TypeError(
            f"timeout must be seconds (a number) or an httpx.Timeout, not {type(timeout).__name__}"
        )
    if retry is not None and not isinstance(retry, RetryPolicy):
        raise TypeError(
            f"retry must be a RetryPolicy (e.g. RetryPolicy(attempts=2)), not {type(retry).__name__}"
        )


class _Facade:
    """What both clients share: the pin, the operation index and path handling."""

    _pipeline: Pipeline | AsyncPipeline

    def _setup(self, version: ApiVersion, pipeline: Pipeline | AsyncPipeline) -> None:
        self._version = version
        self._pipeline = pipeline
        self._index: OperationIndex | None = None
        self._tags: dict[str, Tag] = {}
        # Typed Any: it stands in for any version's generated Client in ``fx.call(..., client=fx.client)``.
        self.client: Any = GeneratedClient(pipeline)

    @property
    def version(self) -> str:
        return self._version.id

    @property
    def api_version(self) -> ApiVersion:
        return self._version

    @staticmethod
    def known_versions() -> tuple[str, ...]:
        return tuple(v.id for v in known_versions())

    @property
    def operations(self) -> tuple[OperationMeta, ...]:
        index = self._operation_index()
        return tuple(op for tag in index.tags for op in index.by_tag[tag].values())

    def _operation_index(self) -> OperationIndex:
        if self._index is None:
            self._index = index_for(self._version.package)
        return self._index

    def _scopes_for(self, response: httpx.Response) -> tuple[str, ...]:
        """For a 403 on ``request()``: the scopes of the spec operation that path and method match."""
        if response.status_code != 403:
            return ()
        meta = self._operation_index().match(response.request.method, response.request.url.path)
        return meta.scopes if meta is not None else ()

    def tag(self, name: str) -> Tag:
        """The operations of one tag; the same object ``fx.<name>`` returns."""
        if name in self._tags:
            return self._tags[name]
        index = self._operation_index()
        if name not in index.by_tag:
            raise AttributeError(
                f"API version {self.version} has no tag {name!r}; it has: {', '.join(index.tags) or '(none)'}"
            )
        self._tags[name] = Tag(name, index.by_tag[name], self._pipeline)
        return self._tags[name]

    def __getattr__(self, name: str) -> Tag:
        if name.startswith("_"):
            raise AttributeError(name)
        return self.tag(name)

    def __dir__(self) -> list[str]:
        return sorted(set(super().__dir__()) | set(self._operation_index().tags))

    def path(self, path: str) -> str:
        """``/warehouses/active`` -> ``/logistics/api/<pinned version>/warehouses/active``."""
        if path.startswith(("http://", "https://", "/logistics/api/")):
            return path
        return f"/logistics/api/{self.version}/{path.lstrip('/')}"

    def __repr__(self) -> str:
        return f"{type(self).__name__}(version={self.version!r}, base_url={self._pipeline.base_url!r})"


class Flexport(_Facade):
    """A sync client pinned to one Logistics API version.

    ``version``: explicit, else $FLEXPORT_API_VERSION, else an error listing the known ones.
    ``token`` (str or callable) or any ``auth`` (httpx.Auth; see ``flexport_facade.auth`` for the
    401 hook), else $FLEXPORT_TOKEN. ``retry``: the default ``RetryPolicy``. ``timeout``: default
    35 s read / 5 s connect (the gateway itself cuts at about 29 s). ``http_client`` or ``transport``
    inject your own httpx pieces; an injected client keeps its own timeout unless ``timeout`` is given
    and is not closed by ``close()``. ``rate_limiter``: a budget shared with other workers, asked before
    every attempt and told about 429s (``flexport_facade.rate_budget``; ``stores.RedisRateLimiter``).
    """

    _pipeline: Pipeline

    def __init__(
        self,
        version: str | None = None,
        *,
        token: TokenSource | None = None,
        auth: httpx.Auth | None = None,
        base_url: str | None = None,
        timeout: TimeoutArg = None,
        retry: RetryPolicy | None = None,
        http_client: httpx.Client | None = None,
        transport: httpx.BaseTransport | None = None,
        allow_unstable: bool = False,
        rate_limiter: RateLimiter | None = None,
    ) -> None:
        pinned = pin(version, allow_unstable=allow_unstable)
        _check_options(timeout, retry)
        if http_client is not None and transport is not None:
            raise ValueError("pass http_client= or transport=, not both")
        owns = http_client is None
        client = http_client or httpx.Client(
            transport=transport, timeout=DEFAULT_TIMEOUT, headers={"User-Agent": USER_AGENT}
        )
        pipeline = Pipeline(
            client=client,
            base_url=_base_url(base_url, http_client),
            auth=_auth(token, auth),
            retry=retry or RetryPolicy(),
            timeout=httpx.Timeout(timeout) if isinstance(timeout, float | int) else timeout,
            owns_client=owns,
            rate_limiter=rate_limiter,
        )
        self._setup(pinned, pipeline)

    @classmethod
    def _view(cls, version: ApiVersion, pipeline: Pipeline) -> Self:
        view = cls.__new__(cls)
        view._setup(version, pipeline)
        return view

    def at(self, version: str, *, allow_unstable: bool = False) -> Self:
        """The same auth, retries and connection pool, pinned to another version."""
        return self._view(pin(version, allow_unstable=allow_unstable), self._pipeline.derive())

    def with_options(self, *, retry: RetryPolicy | None = None, timeout: TimeoutArg = None) -> Self:
        """A view with other defaults, e.g. for the typed ``call`` which takes no options itself."""
        return self._view(self._version, self._pipeline.derive(retry=retry, timeout=timeout))

    def call(self, op: Callable[P, DetailedResponse[T]], /, *args: P.args, **kwargs: P.kwargs) -> T:
        """Run a generated ``<op>.sync_detailed`` through this client; mypy checks args and result.

        Pass ``client=fx.client`` to satisfy the generated signature. The result type is the
        generated union (e.g. ``Product | Problem | None``), but at run time error answers raise,
        so it is the 2xx model (None only for a bodiless 2xx): narrow with ``isinstance``.
        """
        answer = self.call_raw(op, *args, **kwargs)
        self._pipeline.check(answer.http, answer.required_scopes)
        return answer.model()  # type: ignore[return-value]  # T already includes None (see DetailedResponse)

    def call_raw(
        self, op: Callable[P, DetailedResponse[T]], /, *args: P.args, **kwargs: P.kwargs
    ) -> ApiResponse[T]:
        """Like ``call`` but returns the whole answer, whatever its status."""
        module = module_of(op)
        prepared = prepare_operation(
            self._pipeline, module, args, dict(kwargs), timeout=None, idempotency_key=None, extra_headers=None
        )
        return to_api_response(module, self._pipeline.send(prepared), scopes_of(module))

    def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
        content: bytes | str | None = None,
        headers: Mapping[str, str] | None = None,
        idempotency_key: IdempotencyKeyArg = None,
        timeout: TimeoutArg = None,
        retry: RetryPolicy | None = None,
    ) -> httpx.Response:
        """Any path under the pinned version (or a full /logistics/api/... path), same auth, retries
        and errors; returns the 2xx ``httpx.Response``, raises the typed error otherwise."""
        prepared = self._pipeline.prepare(
            method,
            self.path(path),
            params=params,
            json=json,
            content=content,
            extra_headers=headers,
            idempotency_key=idempotency_key,
            timeout=timeout,
        )
        response = self._pipeline.send(prepared, retry=retry)
        self._pipeline.check(response, self._scopes_for(response))
        return response

    def paginate(self, target: Any, /, *, items: Any = None, **options: Any) -> Pager[Any]:
        """Every item of a list operation (a bound operation such as ``fx.products.get_products``, or
        a path), in order, one page in memory at a time. See flexport_facade.pagination for the
        options (limit, resume, max_items, max_pages, concurrency, on_progress) and the behaviour."""
        from flexport_facade.pagination import page_retry, paginate, source_for

        source = source_for(target, request=self.request, retry=page_retry(self._pipeline.retry), items=items)
        return paginate(source, **options)

    def close(self) -> None:
        """Close the connection pool this client created (views made by ``at`` share it)."""
        self._pipeline.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class AsyncFlexport(_Facade):
    """``Flexport`` for asyncio: the same arguments and surface, every call awaited."""

    _pipeline: AsyncPipeline

    def __init__(
        self,
        version: str | None = None,
        *,
        token: TokenSource | None = None,
        auth: httpx.Auth | None = None,
        base_url: str | None = None,
        timeout: TimeoutArg = None,
        retry: RetryPolicy | None = None,
        http_client: httpx.AsyncClient | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        allow_unstable: bool = False,
        rate_limiter: AsyncRateLimiter | None = None,
    ) -> None:
        pinned = pin(version, allow_unstable=allow_unstable)
        _check_options(timeout, retry)
        if http_client is not None and transport is not None:
            raise ValueError("pass http_client= or transport=, not both")
        owns = http_client is None
        client = http_client or httpx.AsyncClient(
            transport=transport, timeout=DEFAULT_TIMEOUT, headers={"User-Agent": USER_AGENT}
        )
        pipeline = AsyncPipeline(
            client=client,
            base_url=_base_url(base_url, http_client),
            auth=_auth(token, auth),
            retry=retry or RetryPolicy(),
            timeout=httpx.Timeout(timeout) if isinstance(timeout, float | int) else timeout,
            owns_client=owns,
            rate_limiter=rate_limiter,
        )
        self._setup(pinned, pipeline)

    @classmethod
    def _view(cls, version: ApiVersion, pipeline: AsyncPipeline) -> Self:
        view = cls.__new__(cls)
        view._setup(version, pipeline)
        return view

    def at(self, version: str, *, allow_unstable: bool = False) -> Self:
        return self._view(pin(version, allow_unstable=allow_unstable), self._pipeline.derive())

    def with_options(self, *, retry: RetryPolicy | None = None, timeout: TimeoutArg = None) -> Self:
        return self._view(self._version, self._pipeline.derive(retry=retry, timeout=timeout))

    async def call(
        self, op: Callable[P, Awaitable[DetailedResponse[T]]], /, *args: P.args, **kwargs: P.kwargs
    ) -> T:
        """Run a generated ``<op>.asyncio_detailed`` through this client (see ``Flexport.call``)."""
        answer = await self.call_raw(op, *args, **kwargs)
        await self._pipeline.check(answer.http, answer.required_scopes)
        return answer.model()  # type: ignore[return-value]  # see DetailedResponse

    async def call_raw(
        self, op: Callable[P, Awaitable[DetailedResponse[T]]], /, *args: P.args, **kwargs: P.kwargs
    ) -> ApiResponse[T]:
        module = module_of(op)
        prepared = prepare_operation(
            self._pipeline, module, args, dict(kwargs), timeout=None, idempotency_key=None, extra_headers=None
        )
        return to_api_response(module, await self._pipeline.send(prepared), scopes_of(module))

    async def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
        content: bytes | str | None = None,
        headers: Mapping[str, str] | None = None,
        idempotency_key: IdempotencyKeyArg = None,
        timeout: TimeoutArg = None,
        retry: RetryPolicy | None = None,
    ) -> httpx.Response:
        prepared = self._pipeline.prepare(
            method,
            self.path(path),
            params=params,
            json=json,
            content=content,
            extra_headers=headers,
            idempotency_key=idempotency_key,
            timeout=timeout,
        )
        response = await self._pipeline.send(prepared, retry=retry)
        await self._pipeline.check(response, self._scopes_for(response))
        return response

    def paginate(self, target: Any, /, *, items: Any = None, **options: Any) -> AsyncPager[Any]:
        """As ``Flexport.paginate``, for ``async for``; a plain method so no await is needed."""
        from flexport_facade.pagination import apaginate, async_source_for, page_retry

        source = async_source_for(
            target, request=self.request, retry=page_retry(self._pipeline.retry), items=items
        )
        return apaginate(source, **options)

    async def aclose(self) -> None:
        await self._pipeline.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()
