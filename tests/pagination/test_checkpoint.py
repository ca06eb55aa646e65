"""Resume from a checkpoint taken mid-page yields exactly the rest, for every style and driver.

Tests on ``kit`` run with ``Pager`` and with ``AsyncPager`` (by ``flavour``).
"""

from __future__ import annotations

import json

import httpx
import pytest
from both_clients import collect, each
from pager_fakes import PagerKit, arequest_fn, meta
from pager_server import State

from flexport_facade.pagination import AsyncPathSource, apaginate


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
async def test_resume_mid_page(
    state: State, kit: PagerKit, path: str, stop_at: int, concurrency: int
) -> None:
    key = "seq" if path == "/events" else "id"
    total = state.n_products if path == "/products" else state.n_events
    source = kit.path(path)
    pager = kit.paginate(source, concurrency=concurrency)
    head = []
    saved = None
    async for item in each(pager):
        head.append(item[key])
        if item[key] == stop_at:
            saved = json.dumps(pager.checkpoint)  # what a job would store next to the item
            break
    assert saved is not None
    resumed = kit.paginate(source, resume=json.loads(saved), concurrency=concurrency)
    rest = [item[key] for item in await collect(resumed)]
    assert head + rest == list(range(total))


async def test_resume_keeps_filters_and_page_size(state: State, kit: PagerKit) -> None:
    op = kit.fake_op(meta("GetAllInventory", "/products", ["limit", "offset", "poolName"], "offset"))
    pager = kit.paginate(kit.operation(op), pool_name="PREP", limit=30)
    first = [item["id"] for item in await collect(pager, limit=45)]
    cp = json.loads(json.dumps(pager.checkpoint))
    assert cp["params"] == {"pool_name": "PREP"} and cp["page_size"] == 30
    rest = await collect(kit.paginate(kit.operation(op), resume=cp))
    assert first + [r["id"] for r in rest] == list(range(state.n_products))
    assert {r["pool"] for r in rest} == {"PREP"}


async def test_checkpoint_of_another_operation_is_refused(state: State, kit: PagerKit) -> None:
    pager = kit.paginate(kit.path("/products"), max_items=3)
    await collect(pager)
    with pytest.raises(ValueError, match="checkpoint is for"):
        kit.paginate(kit.path("/inbounds"), resume=pager.checkpoint)


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
