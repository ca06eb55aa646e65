# Generated from flexport_facade/v1/_async_client.py by scripts/unasync.py: do not edit by hand.
# Change the async source and run `make generate-sync`.
"""``FlexportV1``: the client of Flexport API v1, its resources, and ``paginate`` over them.

The calls themselves (paths, bodies, unwrapping) are in ``_calls``; what both clients share
(argument checks, the paginate guard) in ``_client``.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterator, Mapping
from typing import Any, Protocol, Self, TypeVar

import httpx

from flexport_facade._constants import USER_AGENT
from flexport_facade._core import _concurrency
from flexport_facade._core._sync_pipeline import Pipeline
from flexport_facade._core.retry import RetryPolicy
from flexport_facade.v1 import _calls as calls
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
from flexport_facade.v1._sync_pages import iter_pages
from flexport_facade.v1._sync_transport import send
from flexport_facade.v1._transport import ACCEPT_VERSION, DEFAULT_BASE_URL, DEFAULT_TIMEOUT, accept_header

_UA = {"User-Agent": USER_AGENT}  # ours, not httpx's
T = TypeVar("T")


class Runner(Protocol):
    def __call__(self, call: Call[T], /) -> T: ...


class _Resource(ResourceBase):
    def __init__(self, run: Runner) -> None:
        self._run = run


class Shipments(_Resource):
    def list(self) -> list[Record]:
        return self._run(calls.list_shipments())

    def create(self, record: RecordInput) -> Record:
        """Book a shipment. An archived origin/destination raises ``ArchivedPlace`` naming its replacement."""
        return self._run(calls.create_shipment(record))


class PurchaseOrders(_Resource):
    def list(self) -> list[Record]:
        return self._run(calls.list_purchase_orders())

    def get(self, id: RecordId) -> Record:
        return self._run(calls.get_purchase_order(id))

    def create(self, record: RecordInput) -> Record:
        return self._run(calls.create_purchase_order(record))

    def update(self, record: RecordInput, *, key: PurchaseOrderKey = "name") -> Record:
        """Replace the purchase order whose ``key`` ("name", or "id") equals the record's."""
        return self._run(calls.update_purchase_order(record, key))


class Invoices(_Resource):
    def list(self, status: str | None = None) -> list[Record]:
        """Invoices with ``status`` (e.g. "paid"), or every invoice with status="all"."""
        return self._run(calls.list_invoices(status))


class Products(_Resource):
    def list(self) -> list[Record]:
        return self._run(calls.list_products())

    def get(self, id: RecordId) -> Record:
        return self._run(calls.get_product(id))

    def create(self, record: RecordInput) -> Record:
        return self._run(calls.create_product(record))

    def update(self, id: RecordId, record: RecordInput) -> Record:
        """Change only the fields the record names; a field set to None is cleared."""
        return self._run(calls.update_product(id, record))

    def delete(self, id: RecordId) -> None:
        self._run(calls.delete_product(id))


class Ports(_Resource):
    def search(
        self,
        q: str | None = None,
        *,
        port_type: str | None = None,
        page: int | None = None,
        per: int | None = None,
    ) -> list[Record]:
        """One page of ports; ``v1.paginate(v1.ports.search, q=...)`` walks every page."""
        return self._run(calls.search_ports(q, port_type=port_type, page=page, per=per))


class Network(_Resource):
    def list(self) -> list[Record]:
        return self._run(calls.list_network())

    def create_company(self, record: RecordInput) -> Record:
        return self._run(calls.create_company(record))

    def update_company(self, id: RecordId, record: RecordInput) -> Record:
        return self._run(calls.update_company(id, record))

    def create_address(self, company_id: RecordId, record: RecordInput) -> Record:
        return self._run(calls.create_address(company_id, record))


class CurrencyCodes(_Resource):
    def list(self) -> list[Record]:
        return self._run(calls.list_currency_codes())


_PAGED_METHODS: frozenset[Callable[..., Any]] = frozenset({Ports.search})
_LIST_METHODS: frozenset[Callable[..., Any]] = frozenset(
    {
        Shipments.list,
        PurchaseOrders.list,
        Invoices.list,
        Products.list,
        Ports.search,
        Network.list,
        CurrencyCodes.list,
    }
)


class FlexportV1:
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
        transport: httpx.BaseTransport | None = None,
        http_client: httpx.Client | None = None,
        auth: httpx.Auth | None = None,
    ) -> None:
        check_client_args(transport, http_client)
        self._accept = accept_header(accept_version)
        self._pipeline = Pipeline(
            client=http_client or (lambda: httpx.Client(timeout=timeout, transport=transport, headers=_UA)),
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
        self.shipments = Shipments(self._run)
        self.purchase_orders = PurchaseOrders(self._run)
        self.invoices = Invoices(self._run)
        self.products = Products(self._run)
        self.ports = Ports(self._run)
        self.network = Network(self._run)
        self.currency_codes = CurrencyCodes(self._run)

    def _run(self, call: Call[T]) -> T:
        body = send(self._pipeline, self._accept, call.method, call.path, params=call.params, body=call.body)
        return call.unwrap(body)

    def request(
        self, method: str, path: str, *, params: Mapping[str, Any] | None = None, body: Any = None
    ) -> Any:
        """Any call, envelopes untouched: the decoded JSON body (None when empty)."""
        if not path.startswith("/"):
            raise ValueError(f"path must start with '/', got {path!r}")
        return send(self._pipeline, self._accept, method.upper(), path, params=params, body=body)

    def paginate(
        self,
        target: str | Callable[..., list[Record]],
        /,
        *,
        max_pages: int | None = None,
        **params: Any,
    ) -> Iterator[Record]:
        """Every record of a list: ``paginate(v1.purchase_orders.list)``, ``paginate("/ports", q="SFO")``.

        Ports are walked page by page (``page``/``per`` set the start and page size); other lists
        come whole in one answer and are simply iterated. A plain method, so a target it cannot walk
        is a ``TypeError`` at the call, before any iteration (and any request).
        """
        check_paginate_target(target, _LIST_METHODS, type(self).__name__)
        _concurrency.refuse_coroutine_function(target, coroutine_function_refused(target))
        return self._paginate(target, max_pages, params)

    def _paginate(
        self,
        target: str | Callable[..., list[Record]],
        max_pages: int | None,
        params: dict[str, Any],
    ) -> Iterator[Record]:
        rest = {k: v for k, v in params.items() if k not in ("page", "per")}
        fetch: Callable[[int, int], list[Record]]
        if isinstance(target, str):
            path = target.rstrip("/") or "/"
            if path not in calls.PAGINATED_PATHS:
                for record in self._run(calls.get_path(path, params)):
                    yield record
                return

            def fetch(page: int, per: int) -> list[Record]:
                return self._run(calls.get_path(path, {**rest, "page": page, "per": per}))

        elif getattr(target, "__func__", None) in _PAGED_METHODS:

            def fetch(page: int, per: int) -> list[Record]:
                return target(page=page, per=per, **rest)

        else:
            answer = _concurrency.result_of(target(**params), f"{PAGINATE_TAKES}; {target!r}")
            for record in answer:
                yield record
            return
        pages = iter_pages(
            fetch,
            page=int(params.get("page") or 1),
            per=int(params.get("per") or calls.DEFAULT_PER),
            max_pages=max_pages,
        )
        for record in pages:
            yield record

    def close(self) -> None:
        self._pipeline.close()

    def __enter__(self) -> FlexportV1:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        p = self._pipeline
        return f"FlexportV1(base_url={p.base_url!r}, accept={self._accept!r}, auth={p.auth!r})"
