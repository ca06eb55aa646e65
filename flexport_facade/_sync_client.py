# Generated from flexport_facade/_async_client.py by scripts/unasync.py: do not edit by hand.
# Change the async source and run `make generate-sync`.
"""``Flexport``: the client of one pinned Logistics API version (pinning, tags, paths: ``_client``)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any, ParamSpec, Self, TypeVar

import httpx

from flexport_facade._client import (
    DetailedResponse,
    _auth,
    _base_url,
    _check_options,
    _Facade,
    pin,
)
from flexport_facade._constants import USER_AGENT
from flexport_facade._core._sync_binding import BoundOperation, HttpxShim
from flexport_facade._core._sync_pipeline import Pipeline
from flexport_facade._core.binding import (
    GeneratedClient,
    module_of,
    prepare_operation,
    scopes_of,
    to_api_response,
)
from flexport_facade._core.http import DEFAULT_TIMEOUT, ApiResponse, IdempotencyKeyArg, TimeoutArg
from flexport_facade._core.operations import OperationMeta
from flexport_facade._core.retry import RetryPolicy
from flexport_facade._core.versions import ApiVersion
from flexport_facade.auth._bearer import TokenSource

if TYPE_CHECKING:  # the pagination engine loads on the first paginate() call
    from flexport_facade._core.rate_budget import RateLimiter
    from flexport_facade.pagination import Pager

P = ParamSpec("P")
T = TypeVar("T")


class Flexport(_Facade):
    """A client pinned to one Logistics API version (or, with ``api=``, a version of another API family).

    ``version``: explicit, else $FLEXPORT_API_VERSION, else an error listing the known ones.
    ``api``: the registry's family, "logistics" by default; another family's row gives the host, path
    prefix, version placement and token form (``_core.families``), and needs an explicit version and token.
    ``token`` (str or callable) or any ``auth`` (httpx.Auth; see ``flexport_facade.auth._bearer`` for the
    401 hook), else $FLEXPORT_TOKEN. ``retry``: the default ``RetryPolicy``. ``timeout``: default
    35 s read / 5 s connect (the gateway itself cuts at about 29 s). ``http_client`` or ``transport``
    inject your own httpx pieces; an injected client keeps its own timeout unless ``timeout`` is given
    and is not closed by ``close()``. ``rate_limiter``: a budget shared with other workers, asked before
    every attempt and told about 429s (``flexport_facade._core.rate_budget``; ``stores.RedisRateLimiter``).
    """

    _pipeline: Pipeline

    def __init__(
        self,
        version: str | None = None,
        *,
        api: str = "logistics",
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
        pinned = pin(version, allow_unstable=allow_unstable, api=api)
        _check_options(timeout, retry)
        if http_client is not None and transport is not None:
            raise ValueError("pass http_client= or transport=, not both")
        owns = http_client is None
        pipeline = Pipeline(
            # Built on the first request (certificates and httpcore load then, not here).
            client=http_client
            or (
                lambda: httpx.Client(
                    transport=transport, timeout=DEFAULT_TIMEOUT, headers={"User-Agent": USER_AGENT}
                )
            ),
            base_url=_base_url(base_url, http_client, pinned),
            auth=_auth(token, auth, pinned),
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

    def _generated_client(self) -> GeneratedClient:
        return GeneratedClient(HttpxShim(self._pipeline))

    def _bind(self, meta: OperationMeta) -> BoundOperation:
        return BoundOperation(self._pipeline, meta)

    def at(self, version: str, *, allow_unstable: bool = False) -> Self:
        """The same auth, retries and connection pool, pinned to another version of the same API."""
        pinned = pin(version, allow_unstable=allow_unstable, api=self.api)
        return self._view(pinned, self._pipeline.derive())

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
        """Any path under the pinned version (or a full /logistics/api/... path; another family: under
        its path_prefix), same auth, retries and errors; returns the 2xx ``httpx.Response``, raises the
        typed error otherwise. A query in ``path`` is kept, ``params`` go over it."""
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
        options (limit, resume, max_items, max_pages, concurrency, on_progress) and the behaviour.
        A plain method: the pager it returns is iterated, not awaited."""
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
