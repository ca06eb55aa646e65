"""The async pager: the same walks over httpx.AsyncClient, sequential and with tasks."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import httpx
import pytest
from pager_fakes import AsyncFakeOp, arequest_fn, meta
from pager_server import State

from flexport_facade.pagination import (
    AsyncOperationSource,
    AsyncPathSource,
    CursorRejected,
    PageResult,
    apaginate,
)


@pytest.mark.parametrize("concurrency", [1, 4])
async def test_offset_every_row_once(state: State, ahttp: httpx.AsyncClient, concurrency: int) -> None:
    state.latency = 0.002
    pager = apaginate(AsyncPathSource(arequest_fn(ahttp), "/products"), concurrency=concurrency)
    ids = [item["id"] async for item in pager]
    assert ids == list(range(state.n_products))
    assert 504 in [code for _, code in state.statuses]
    if concurrency > 1:
        assert 1 < state.max_in_flight <= concurrency


async def test_cursor_operation(state: State, ahttp: httpx.AsyncClient) -> None:
    op = AsyncFakeOp(ahttp, meta("GetEvents", "/events", ["limit", "page_info", "type"], "cursor"))
    pages = [page async for page in apaginate(AsyncOperationSource(op), type="A").pages()]
    assert [e["seq"] for page in pages for e in page] == list(range(state.n_events))
    assert state.violations == []


async def test_dead_cursor_then_resume(state: State, ahttp: httpx.AsyncClient) -> None:
    state.poisoned = {100}
    source = AsyncPathSource(arequest_fn(ahttp), "/events")
    got = []
    with pytest.raises(CursorRejected) as info:
        async for e in apaginate(source, cursor_backoff=0.0):
            got.append(e["seq"])
    state.poisoned = set()
    rest = [e["seq"] async for e in apaginate(source, resume=json.loads(json.dumps(info.value.checkpoint)))]
    assert got + rest == list(range(state.n_events))


class CountingSource:
    """Wraps a source and counts fetches still running on the client side."""

    def __init__(self, inner: AsyncPathSource) -> None:
        self.inner = inner
        self.spec = inner.spec
        self.active = 0
        self.started = 0

    async def fetch(self, params: dict[str, Any]) -> PageResult:
        self.active += 1
        self.started += 1
        try:
            return await self.inner.fetch(params)
        finally:
            self.active -= 1


async def test_break_cancels_fetch_ahead(state: State, ahttp: httpx.AsyncClient) -> None:
    state.latency, state.cost = 0.05, None
    source = CountingSource(AsyncPathSource(arequest_fn(ahttp), "/products"))
    pager = apaginate(source, concurrency=4)
    async for item in pager:
        if item["id"] == 3:
            break
    for _ in range(500):  # the cancellation lands at the loop's next turns (bounded wait, not a timing check)
        if source.active == 0:
            break
        await asyncio.sleep(0.01)
    assert source.active == 0
    assert source.started <= 1 + 4
    assert pager.checkpoint["position"] + pager.checkpoint["index"] == 4


async def test_aclose_waits_for_cancelled_tasks(state: State, ahttp: httpx.AsyncClient) -> None:
    state.latency, state.cost = 0.05, None
    source = CountingSource(AsyncPathSource(arequest_fn(ahttp), "/products"))
    async with apaginate(source, concurrency=4) as pager:
        async for _item in pager:
            break
    assert source.active == 0
