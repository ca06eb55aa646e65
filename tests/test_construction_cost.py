"""What construction and each answer cost the process: the owned httpx client is built on the first
request (not by ``Flexport()``), answers are freed without waiting for the cyclic GC, and the pager
asks for the next page before it builds the models of the current one."""

from __future__ import annotations

import gc
import json
import subprocess
import sys
import threading
import weakref
from typing import Any

import httpx

from flexport_facade import AsyncFlexport, Flexport

RECORD = {"barcodes": [], "dimsLocked": False, "logisticsSku": "D1", "merchantSku": "S1", "name": "P"}


def _products(request: httpx.Request) -> httpx.Response:
    if request.url.path.endswith("/products"):
        offset, limit = int(float(request.url.params["offset"])), int(float(request.url.params["limit"]))
        rows = [{**RECORD, "logisticsSku": f"D{i}"} for i in range(offset, min(offset + limit, 250))]
        return httpx.Response(200, json=rows)
    return httpx.Response(200, json=RECORD)


def test_construction_loads_no_transport() -> None:
    code = (
        "import sys\n"
        "import flexport_facade\n"
        "fx = flexport_facade.Flexport(version='2026-02', token='t')\n"
        "print(sorted(m for m in ('httpcore', 'certifi', 'h11') if m in sys.modules))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True
    )
    assert out.stdout.strip() == "[]"


def test_the_client_is_built_on_the_first_request_and_shared_by_views() -> None:
    fx = Flexport(version="2026-02", token="t", transport=httpx.MockTransport(_products))
    view = fx.at("2025-03")
    assert not fx._pipeline._slot.built
    view.products.get_product(logistics_sku="D1")  # the view's first request builds the one client
    assert fx._pipeline._slot.built and fx._pipeline.client is view._pipeline.client
    fx.close()
    assert fx._pipeline.client.is_closed


def test_closing_an_unused_client_builds_nothing() -> None:
    fx = Flexport(version="2026-02", token="t")
    fx.close()
    assert not fx._pipeline._slot.built


async def test_async_client_is_built_lazily_too() -> None:
    fx = AsyncFlexport(version="2026-02", token="t", transport=httpx.MockTransport(_products))
    assert not fx._pipeline._slot.built
    assert (await fx.products.get_product(logistics_sku="D1")).logistics_sku == "D1"
    await fx.aclose()
    assert fx._pipeline.client.is_closed


def test_an_answer_is_freed_without_the_cyclic_gc() -> None:
    with Flexport(version="2026-02", token="t", transport=httpx.MockTransport(_products)) as fx:
        gc.disable()
        try:
            answer = fx.products.get_product.raw(logistics_sku="D1")
            ref = weakref.ref(answer.http)
            del answer
            assert ref() is None  # httpx's response <-> stream cycle is broken once the body is read
        finally:
            gc.enable()


def test_the_next_page_is_requested_before_this_page_is_handed_over() -> None:
    asked: dict[int, threading.Event] = {o: threading.Event() for o in range(0, 300, 100)}

    def handler(request: httpx.Request) -> httpx.Response:
        offset = int(float(request.url.params.get("offset", 0)))
        if offset in asked:
            asked[offset].set()
        return _products(request)

    seen: list[Any] = []
    with Flexport(version="2026-02", token="t", transport=httpx.MockTransport(handler)) as fx:
        for item in fx.paginate(fx.products.get_products):
            if not seen:  # the first item of the first page: page two is already on its way
                assert asked[100].wait(30)
            seen.append(item)
    assert [p.logistics_sku for p in seen] == [f"D{i}" for i in range(250)]
    assert json.dumps(seen[0].to_dict())  # models, not raw records
