"""Usability: wrong targets, wrong arguments and spec-named filters fail early and say why; short reprs."""

from __future__ import annotations

import types
from typing import Any

import attrs
import httpx
import pytest

from flexport_facade._core.retry import RetryPolicy
from flexport_facade.pagination import (
    AsyncPager,
    OperationSource,
    Pager,
    PathSource,
    SourceSpec,
    apaginate,
    paginate,
)
from flexport_facade.pagination._bodies import is_one_resource
from flexport_facade.pagination._protocol import PageResult
from flexport_facade.pagination._sources import spec_of


class Listing:
    """An in-memory offset list of ``n`` integers."""

    def __init__(self, n: int, name: str = "mem") -> None:
        self.spec = SourceSpec(name=name, style="offset", accepts=frozenset({"limit", "offset"}))
        self.n = n

    def fetch(self, params: dict[str, Any]) -> PageResult:
        offset, limit = int(params["offset"]), int(params["limit"])
        return PageResult(list(range(offset, min(self.n, offset + limit))))


class AsyncListing(Listing):
    async def fetch(self, params: dict[str, Any]) -> PageResult:  # type: ignore[override]
        return super().fetch(params)


# ---------------------------------------------------------------------------------------------
# 1. Not a list operation


def test_a_write_operation_is_refused_by_its_method() -> None:
    row = {"operation_id": "CreateProduct", "method": "POST", "path": "/products", "query": []}
    with pytest.raises(TypeError, match=r"CreateProduct is a POST, not a list operation.*call it directly"):
        spec_of(row)
    with pytest.raises(TypeError, match="DeleteWebhook is a DELETE"):
        spec_of({"operation_id": "DeleteWebhook", "method": "delete", "path": "/webhooks/{id}"})


def test_a_get_list_operation_is_still_accepted() -> None:
    row = {"operation_id": "GetProducts", "method": "GET", "path": "/products", "query": ["limit", "offset"]}
    assert spec_of(row).style == "offset"
    assert spec_of({"operation_id": "NoMethodKnown", "query": ["limit", "page_info"]}).style == "cursor"


# ---------------------------------------------------------------------------------------------
# 2. A path answering one resource


def _path_source(body: Any, items: str | None = None) -> PathSource:
    def request(method: str, path: str, *, params: Any = None, retry: Any = None) -> httpx.Response:
        return httpx.Response(200, json=body, request=httpx.Request(method, f"https://x{path}"))

    return PathSource(request, "/products/D0001", items=items)


PRODUCT = {"logisticsSku": "D0001", "name": "P", "barcodes": [], "dimensions": {"weight": 1}}


@pytest.mark.parametrize(
    "body",
    [
        PRODUCT,
        {**PRODUCT, "barcodes": ["123", "456"]},  # its one list is not what was asked for either
        {"logisticsSku": "D0001", "available": 3},  # no list at all
    ],
)
def test_a_path_answering_one_resource_is_a_clear_error(body: Any) -> None:
    with pytest.raises(TypeError, match=r"GET /products/D0001 returned one resource .*not a list"):
        list(paginate(_path_source(body)))


@pytest.mark.parametrize(
    ("body", "items"),
    [
        ([], []),
        ({"data": []}, []),
        ({"things": [], "total": 0}, []),
        ({"orders": [], "nextCursor": None, "hasMore": False}, []),
        ({"next": None}, []),  # an envelope that leaves out its empty list
        ({}, []),
        (None, []),
        ({"data": [{"id": 1}], "requestId": "r-1"}, [{"id": 1}]),  # data holds the items whatever else
        ([{"id": 1}], [{"id": 1}]),
    ],
)
def test_empty_or_enveloped_lists_are_still_lists(body: Any, items: list[Any]) -> None:
    assert list(paginate(_path_source(body))) == items


def test_items_names_the_list_of_a_resource_on_purpose() -> None:
    body = {**PRODUCT, "barcodes": ["123", "456"]}
    assert list(paginate(_path_source(body, items="barcodes"))) == ["123", "456"]


@attrs.define
class ProductModel:
    logistics_sku: str
    barcodes: list[str]
    additional_properties: dict[str, Any] = attrs.field(factory=dict)


@attrs.define
class PageModel:
    orders: list[int]
    next_cursor: str | None = None
    additional_properties: dict[str, Any] = attrs.field(factory=dict)


def test_is_one_resource_on_generated_models() -> None:
    assert is_one_resource(ProductModel("D1", []))
    assert not is_one_resource(PageModel([]))
    assert not is_one_resource(PageModel([1, 2], "c"))


# ---------------------------------------------------------------------------------------------
# 3. Arguments checked up front


@pytest.mark.parametrize(
    ("kwargs", "error", "message"),
    [
        ({"limit": "10"}, TypeError, r"limit must be an int >= 1 or None, not '10' \(str\)"),
        ({"limit": 0}, ValueError, "limit must be >= 1"),
        ({"limit": True}, TypeError, "limit must be an int"),
        ({"concurrency": "4"}, TypeError, r"concurrency must be an int >= 1, not '4' \(str\)"),
        ({"concurrency": 0}, ValueError, "concurrency must be >= 1"),
        ({"max_items": 2.5}, TypeError, r"max_items must be an int >= 0 or None, not 2.5 \(float\)"),
        ({"max_items": -1}, ValueError, "max_items must be >= 0"),
        ({"max_pages": "3"}, TypeError, "max_pages must be an int >= 0 or None"),
        ({"resume": "abc"}, TypeError, r"resume must be a checkpoint dict \(as pager.checkpoint gives"),
        ({"resume": [("v", 1)]}, TypeError, "resume must be a checkpoint dict"),
        ({"style": "pages"}, TypeError, "style must be one of 'offset', 'cursor', 'single'"),
        ({"on_progress": 1}, TypeError, "on_progress must be callable"),
        ({"cursor_backoff": "1"}, TypeError, "cursor_backoff must be a number of seconds"),
        ({"max_page_size": None}, TypeError, "max_page_size must be an int >= 1, not None"),
    ],
)
def test_bad_arguments_are_named_when_given(
    kwargs: dict[str, Any], error: type[Exception], message: str
) -> None:
    with pytest.raises(error, match=message):
        paginate(Listing(5), **kwargs)
    with pytest.raises(error, match=message):
        apaginate(AsyncListing(5), **kwargs)


def test_a_checkpoint_that_went_through_json_is_still_good() -> None:
    pager = paginate(Listing(10), limit=4)
    assert [i for _, i in zip(range(5), pager, strict=False)] == [0, 1, 2, 3, 4]
    assert list(paginate(Listing(10), resume=dict(pager.checkpoint), max_items=2, max_pages=1)) == [5, 6]


# ---------------------------------------------------------------------------------------------
# 4. Filters by their spec names


class KeywordOp:
    """A bound operation whose generated function renames ``type`` and ``poolName``."""

    def __init__(self) -> None:
        self.meta = {
            "operation_id": "GetThings",
            "method": "GET",
            "path": "/things",
            "query": ["limit", "page_info", "type", "poolName"],
            "pagination": "cursor",
        }
        self.module = types.SimpleNamespace(_get_kwargs=self._get_kwargs)
        self.calls: list[dict[str, Any]] = []

    @staticmethod
    def _get_kwargs(
        *, limit: int = 100, page_info: str = "", type_: str = "", pool_name: str = ""
    ) -> dict[str, Any]:
        return {}

    def raw(self, *, retry: RetryPolicy | None = None, **kwargs: Any) -> Any:
        self._get_kwargs(**kwargs)  # what the real binding does: an unknown keyword is a TypeError
        self.calls.append(kwargs)
        return types.SimpleNamespace(status_code=200, headers={}, parsed=[{"id": 1}], content=b'[{"id": 1}]')


def test_spec_names_are_sent_as_the_generated_keywords() -> None:
    op = KeywordOp()
    pager = paginate(OperationSource(op), type="Order.Shipped", poolName="main")
    assert list(pager) == [{"id": 1}]
    assert op.calls == [{"limit": 100, "type_": "Order.Shipped", "pool_name": "main"}]
    assert pager.checkpoint["params"] == {"type_": "Order.Shipped", "pool_name": "main"}


def test_python_names_still_work_and_a_checkpoint_in_spec_names_resumes() -> None:
    op = KeywordOp()
    assert list(paginate(OperationSource(op), type_="A", pool_name="p")) == [{"id": 1}]
    checkpoint = {
        "v": 1,
        "source": "GetThings",
        "style": "cursor",
        "position": None,
        "index": 0,
        "page_size": 50,
        "params": {"type": "B"},
    }
    assert list(paginate(OperationSource(op), resume=checkpoint)) == [{"id": 1}]
    assert op.calls == [{"limit": 100, "type_": "A", "pool_name": "p"}, {"limit": 50, "type_": "B"}]


def test_one_filter_given_by_both_names_is_refused() -> None:
    with pytest.raises(TypeError, match=r"'type' and 'type_' are the same parameter"):
        paginate(OperationSource(KeywordOp()), type="A", type_="B")


def test_keyword_matching_by_normalised_name() -> None:
    spec = SourceSpec(name="op", keywords=frozenset({"type_", "pool_name", "shipment_ids", "limit"}))
    assert spec.keyword_args({"type": 1, "poolName": 2, "shipmentIds": 3, "limit": 4, "other": 5}) == {
        "type_": 1,
        "pool_name": 2,
        "shipment_ids": 3,
        "limit": 4,
        "other": 5,  # unknown names pass as given (the generated function says what is wrong)
    }
    assert SourceSpec(name="path").keyword_args({"poolName": 1}) == {"poolName": 1}


# ---------------------------------------------------------------------------------------------
# 5. Short reprs


def test_pager_repr() -> None:
    pager: Pager[int] = paginate(Listing(10, name="GetProducts"), limit=4)
    assert repr(pager) == "Pager(source='GetProducts', style='offset', items=0)"
    assert [i for _, i in zip(range(3), pager, strict=False)] == [0, 1, 2]
    pager.close()
    assert repr(pager) == "Pager(source='GetProducts', style='offset', items=3)"
    assert sum(len(page) for page in pager.pages()) == 7
    assert repr(pager) == "Pager(source='GetProducts', style='offset', items=10)"


def test_pager_repr_hides_filters() -> None:
    spec_source = Listing(1, name="/events")
    spec_source.spec = SourceSpec(name="/events")
    pager = paginate(spec_source, secret_filter="s3cr3t")
    assert repr(pager) == "Pager(source='/events', style=None, items=0)"


async def test_async_pager_repr() -> None:
    pager: AsyncPager[int] = apaginate(AsyncListing(10, name="GetProducts"), limit=4)
    assert repr(pager) == "AsyncPager(source='GetProducts', style='offset', items=0)"
    got = []
    async for i in pager:
        got.append(i)
        if i == 4:
            break
    assert repr(pager) == "AsyncPager(source='GetProducts', style='offset', items=5)"
    assert sum([len(page) async for page in pager.pages()]) == 5
    assert repr(pager) == "AsyncPager(source='GetProducts', style='offset', items=10)"
