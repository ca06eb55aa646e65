"""``AsyncFlexportV1``: the asyncio twin of ``FlexportV1``, on the same ``calls`` and retry core."""

from __future__ import annotations

import copy
import inspect
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
from typing import Any, Protocol, Self, TypeVar

import httpx

from flexport_facade._constants import USER_AGENT
from flexport_facade._core.http import AsyncPipeline
from flexport_facade._core.retry import RetryPolicy
from flexport_facade.v1 import _calls as calls
from flexport_facade.v1._auth import KeySource
from flexport_facade.v1._calls import Call, PurchaseOrderKey, RecordId
from flexport_facade.v1._client import (
    PAGINATE_TAKES,
    ResourceBase,
    check_client_args,
    check_paginate_target,
    make_auth,
)
from flexport_facade.v1._envelope import Record, RecordInput
from flexport_facade.v1._pages import aiter_pages
from flexport_facade.v1._transport import (
    ACCEPT_VERSION,
    DEFAULT_BASE_URL,
    DEFAULT_TIMEOUT,
    accept_header,
    asend,
)

_UA = {"User-Agent": USER_AGENT}
T = TypeVar("T")


class AsyncRunner(Protocol):
    def __call__(self, call: Call[T], /) -> Awaitable[T]: ...


class _Resource(ResourceBase):
    def __init__(self, run: AsyncRunner) -> None:
        self._run = run


class AsyncShipments(_Resource):
    async def list(self) -> list[Record]:
        return await self._run(calls.list_shipments())

    async def create(self, record: RecordInput) -> Record:
        return await self._run(calls.create_shipment(record))


class AsyncPurchaseOrders(_Resource):
    async def list(self) -> list[Record]:
        return await self._run(calls.list_purchase_orders())

    async def get(self, id: RecordId) -> Record:
        return await self._run(calls.get_purchase_order(id))

    async def create(self, record: RecordInput) -> Record:
        return await self._run(calls.create_purchase_order(record))

    async def update(self, record: RecordInput, *, key: PurchaseOrderKey = "name") -> Record:
        return await self._run(calls.update_purchase_order(record, key))


class AsyncInvoices(_Resource):
    async def list(self, status: str | None = None) -> list[Record]:
        return await self._run(calls.list_invoices(status))


class AsyncProducts(_Resource):
    async def list(self) -> list[Record]:
        return await self._run(calls.list_products())

    async def get(self, id: RecordId) -> Record:
        return await self._run(calls.get_product(id))

    async def create(self, record: RecordInput) -> Record:
        return await self._run(calls.create_product(record))

    async def update(self, id: RecordId, record: RecordInput) -> Record:
        return await self._run(calls.update_product(id, record))

    async def delete(self, id: RecordId) -> None:
        await self._run(calls.delete_product(id))


class AsyncPorts(_Resource):
    async def search(
        self,
        q: str | None = None,
        *,
        port_type: str | None = None,
        page: int | None = None,
        per: int | None = None,
    ) -> list[Record]:
        return await self._run(calls.search_ports(q, port_type=port_type, page=page, per=per))


class AsyncNetwork(_Resource):
    async def list(self) -> list[Record]:
        return await self._run(calls.list_network())

    async def create_company(self, record: RecordInput) -> Record:
        return await self._run(calls.create_company(record))

    async def update_company(self, id: RecordId, record: RecordInput) -> Record:
        return await self._run(calls.update_company(id, record))

    async def create_address(self, company_id: RecordId, record: RecordInput) -> Record:
        return await self._run(calls.create_address(company_id, record))


class AsyncCurrencyCodes(_Resource):
    async def list(self) -> list[Record]:
        return await self._run(calls.list_currency_codes())


_PAGED_METHODS: frozenset[Callable[..., Any]] = frozenset({AsyncPorts.search})
_LIST_METHODS: frozenset[Callable[..., Any]] = frozenset(
    {
        AsyncShipments.list,
        AsyncPurchaseOrders.list,
        AsyncInvoices.list,
        AsyncProducts.list,
        AsyncPorts.search,
        AsyncNetwork.list,
        AsyncCurrencyCodes.list,
    }
)


class AsyncFlexportV1:
    """The async client; same arguments and resources as ``FlexportV1``, methods are coroutines."""

    def __init__(
        self,
        token: KeySource | None = None,
        *,
        base_url: str = DEFAULT_BASE_URL,
        accept_version: str = ACCEPT_VERSION,
        retry: RetryPolicy | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        transport: httpx.AsyncBaseTransport | None = None,
        http_client: httpx.AsyncClient | None = None,
        auth: httpx.Auth | None = None,
    ) -> None:
        check_client_args(transport, http_client)
        self._accept = accept_header(accept_version)
        self._pipeline = AsyncPipeline(
            client=http_client or httpx.AsyncClient(timeout=timeout, transport=transport, headers=_UA),
            base_url=base_url,
            auth=make_auth(token, auth),
            retry=retry or RetryPolicy(),
            timeout=None,  # the httpx client's own timeout applies
            owns_client=http_client is None,
        )
        self._bind_resources()

    def with_options(
        self, *, retry: RetryPolicy | None = None, timeout: float | httpx.Timeout | None = None
    ) -> Self:
        """A view with other defaults (same key, connection pool and Accept); closing it closes nothing."""
        view = copy.copy(self)
        view._pipeline = self._pipeline.derive(retry=retry, timeout=timeout)
        view._bind_resources()  # the resources call the view's pipeline, not this client's
        return view

    def _bind_resources(self) -> None:
        self.shipments = AsyncShipments(self._run)
        self.purchase_orders = AsyncPurchaseOrders(self._run)
        self.invoices = AsyncInvoices(self._run)
        self.products = AsyncProducts(self._run)
        self.ports = AsyncPorts(self._run)
        self.network = AsyncNetwork(self._run)
        self.currency_codes = AsyncCurrencyCodes(self._run)

    async def _run(self, call: Call[T]) -> T:
        body = await asend(
            self._pipeline, self._accept, call.method, call.path, params=call.params, body=call.body
        )
        return call.unwrap(body)

    async def request(
        self, method: str, path: str, *, params: Mapping[str, Any] | None = None, body: Any = None
    ) -> Any:
        if not path.startswith("/"):
            raise ValueError(f"path must start with '/', got {path!r}")
        return await asend(self._pipeline, self._accept, method.upper(), path, params=params, body=body)

    def paginate(
        self,
        target: str | Callable[..., Awaitable[list[Record]]],
        /,
        *,
        max_pages: int | None = None,
        **params: Any,
    ) -> AsyncIterator[Record]:
        """Every record of a list, as an async iterator (see ``FlexportV1.paginate``).

        A plain method (``async for po in v1.paginate(v1.purchase_orders.list)``), so a target it
        cannot walk is a ``TypeError`` at the call, before any iteration.
        """
        check_paginate_target(target, _LIST_METHODS, type(self).__name__)
        return self._paginate(target, max_pages, params)

    async def _paginate(
        self,
        target: str | Callable[..., Awaitable[list[Record]]],
        max_pages: int | None,
        params: dict[str, Any],
    ) -> AsyncIterator[Record]:
        rest = {k: v for k, v in params.items() if k not in ("page", "per")}
        fetch: Callable[[int, int], Awaitable[list[Record]]]
        if isinstance(target, str):
            path = target.rstrip("/") or "/"
            if path not in calls.PAGINATED_PATHS:
                for record in await self._run(calls.get_path(path, params)):
                    yield record
                return

            async def fetch(page: int, per: int) -> list[Record]:
                return await self._run(calls.get_path(path, {**rest, "page": page, "per": per}))

        elif getattr(target, "__func__", None) in _PAGED_METHODS:

            async def fetch(page: int, per: int) -> list[Record]:
                return await target(page=page, per=per, **rest)

        else:
            answer = target(**params)
            if not inspect.isawaitable(answer):
                raise TypeError(f"{PAGINATE_TAKES}; {target!r} is not a coroutine function")
            for record in await answer:
                yield record
            return
        pages = aiter_pages(
            fetch,
            page=int(params.get("page") or 1),
            per=int(params.get("per") or calls.DEFAULT_PER),
            max_pages=max_pages,
        )
        async for record in pages:
            yield record

    async def aclose(self) -> None:
        await self._pipeline.aclose()

    async def __aenter__(self) -> AsyncFlexportV1:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    def __repr__(self) -> str:
        p = self._pipeline
        return f"AsyncFlexportV1(base_url={p.base_url!r}, accept={self._accept!r}, auth={p.auth!r})"
