"""``AsyncFlexportV1``: the client of Flexport API v1, its resources, and ``paginate`` over them.

The calls themselves (paths, bodies, unwrapping) are in ``_calls``; what both clients share
(argument checks, the paginate guard) in ``_client``.
"""

from __future__ import annotations

import copy
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
from typing import Any, Protocol, Self, TypeVar

import httpx

from flexport_facade._constants import USER_AGENT
from flexport_facade._core import _concurrency
from flexport_facade._core._async_pipeline import AsyncPipeline
from flexport_facade._core.retry import RetryPolicy
from flexport_facade.v1 import _calls as calls
from flexport_facade.v1._async_pages import aiter_pages
from flexport_facade.v1._async_transport import asend
from flexport_facade.v1._auth import KeySource
from flexport_facade.v1._calls import Call, PurchaseOrderKey, RecordId
from flexport_facade.v1._client import (
    PAGINATE_TAKES,
    ResourceBase,
    check_client_args,
    check_paginate_target,
    coroutine_function_refused,
    make_auth,
)
from flexport_facade.v1._envelope import Record, RecordInput
from flexport_facade.v1._transport import ACCEPT_VERSION, DEFAULT_BASE_URL, DEFAULT_TIMEOUT, accept_header

_UA = {"User-Agent": USER_AGENT}  # ours, not httpx's
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
        """Book a shipment. An archived origin/destination raises ``ArchivedPlace`` naming its replacement."""
        return await self._run(calls.create_shipment(record))


class AsyncPurchaseOrders(_Resource):
    async def list(self) -> list[Record]:
        return await self._run(calls.list_purchase_orders())

    async def get(self, id: RecordId) -> Record:
        return await self._run(calls.get_purchase_order(id))

    async def create(self, record: RecordInput) -> Record:
        return await self._run(calls.create_purchase_order(record))

    async def update(self, record: RecordInput, *, key: PurchaseOrderKey = "name") -> Record:
        """Replace the purchase order whose ``key`` ("name", or "id") equals the record's."""
        return await self._run(calls.update_purchase_order(record, key))


class AsyncInvoices(_Resource):
    async def list(self, status: str | None = None) -> list[Record]:
        """Invoices with ``status`` (e.g. "paid"), or every invoice with status="all"."""
        return await self._run(calls.list_invoices(status))


class AsyncProducts(_Resource):
    async def list(self) -> list[Record]:
        return await self._run(calls.list_products())

    async def get(self, id: RecordId) -> Record:
        return await self._run(calls.get_product(id))

    async def create(self, record: RecordInput) -> Record:
        return await self._run(calls.create_product(record))

    async def update(self, id: RecordId, record: RecordInput) -> Record:
        """Change only the fields the record names; a field set to None is cleared."""
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
        """One page of ports; ``v1.paginate(v1.ports.search, q=...)`` walks every page."""
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
    """Client of Flexport API v1.

    ``token`` is the API key (or a callable returning it; default ``$FLEXPORT_V1_KEY``). Every
    request carries ``Accept: application/vnd.flexport.v1``; another version only when
    ``accept_version`` says so. ``transport`` or ``http_client`` plug in a custom httpx stack (a
    mock, a recorder); ``retry`` takes the Logistics facade's ``RetryPolicy``.
    """

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
            client=http_client
            or (lambda: httpx.AsyncClient(timeout=timeout, transport=transport, headers=_UA)),
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
        """Any call, envelopes untouched: the decoded JSON body (None when empty)."""
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
        """Every record of a list: ``paginate(v1.purchase_orders.list)``, ``paginate("/ports", q="SFO")``.

        Ports are walked page by page (``page``/``per`` set the start and page size); other lists
        come whole in one answer and are simply iterated. A plain method, so a target it cannot walk
        is a ``TypeError`` at the call, before any iteration (and any request).
        """
        check_paginate_target(target, _LIST_METHODS, type(self).__name__)
        _concurrency.async_refuse_coroutine_function(target, coroutine_function_refused(target))
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
            answer = _concurrency.async_result_of(target(**params), f"{PAGINATE_TAKES}; {target!r}")
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
