"""Resume from a checkpoint taken mid-page yields exactly the rest, for every style and driver."""

from __future__ import annotations

import json

import httpx
import pytest
from pager_fakes import FakeOp, arequest_fn, meta, request_fn
from pager_server import State

from flexport_facade.pagination import AsyncPathSource, OperationSource, PathSource, apaginate, paginate


@pytest.mark.parametrize(
    ("path", "stop_at", "concurrency"),
    [
        ("/products", 137, 1),
        ("/products", 437, 4),
        ("/events", 250, 1),
        ("/events", 0, 1),
        ("/returns", 77, 1),
    ],
)
def test_resume_mid_page(state: State, http: httpx.Client, path: str, stop_at: int, concurrency: int) -> None:
    key = "seq" if path == "/events" else "id"
    total = state.n_products if path == "/products" else state.n_events
    source = PathSource(request_fn(http), path)
    pager = paginate(source, concurrency=concurrency)
    head = []
    saved = None
    for item in pager:
        head.append(item[key])
        if item[key] == stop_at:
            saved = json.dumps(pager.checkpoint)  # what a job would store next to the item
            break
    assert saved is not None
    rest = [item[key] for item in paginate(source, resume=json.loads(saved), concurrency=concurrency)]
    assert head + rest == list(range(total))


def test_resume_keeps_filters_and_page_size(state: State, http: httpx.Client) -> None:
    op = FakeOp(http, meta("GetAllInventory", "/products", ["limit", "offset", "poolName"], "offset"))
    pager = paginate(OperationSource(op), pool_name="PREP", limit=30)
    it = iter(pager)
    first = [next(it)["id"] for _ in range(45)]
    cp = json.loads(json.dumps(pager.checkpoint))
    assert cp["params"] == {"pool_name": "PREP"} and cp["page_size"] == 30
    rest = list(paginate(OperationSource(op), resume=cp))
    assert first + [r["id"] for r in rest] == list(range(state.n_products))
    assert {r["pool"] for r in rest} == {"PREP"}


def test_checkpoint_of_another_operation_is_refused(state: State, http: httpx.Client) -> None:
    pager = paginate(PathSource(request_fn(http), "/products"), max_items=3)
    list(pager)
    with pytest.raises(ValueError, match="checkpoint is for"):
        paginate(PathSource(request_fn(http), "/inbounds"), resume=pager.checkpoint)


async def test_async_resume_mid_page(state: State, ahttp: httpx.AsyncClient) -> None:
    source = AsyncPathSource(arequest_fn(ahttp), "/events")
    pager = apaginate(source, limit=40)
    head = []
    async for e in pager:
        head.append(e["seq"])
        if len(head) == 93:
            break
    rest = [e["seq"] async for e in apaginate(source, resume=json.loads(json.dumps(pager.checkpoint)))]
    assert head + rest == list(range(state.n_events))
