"""The async client on the same simulator: envelopes, errors, retries, pagination."""

from __future__ import annotations

import pytest

from flexport_facade import errors
from flexport_facade._core.retry import RetryPolicy
from flexport_facade.testing._v1 import V1Simulator
from flexport_facade.v1 import ArchivedPlace, AsyncFlexportV1, FlexportV1

from .conftest import KEY


async def _no_wait(seconds: float) -> None:
    return None


def client(sim: V1Simulator) -> AsyncFlexportV1:
    policy = RetryPolicy(attempts=3, async_sleep=_no_wait, rand=lambda: 0.0)
    return AsyncFlexportV1(token=KEY, base_url=sim.base_url, retry=policy)


async def test_async_round_trip(sim: V1Simulator) -> None:
    async with client(sim) as v1:
        created = await v1.products.create({"name": "Async mug"})
        assert (await v1.products.get(created["id"]))["name"] == "Async mug"
        assert sim.state.requests[-2].body == {"record": {"name": "Async mug"}}
        updated = await v1.purchase_orders.update(
            {
                "id": 123,
                "role": "buyer",
                "other_party_ref": "s",
                "currency_code": "USD",
                "transportation_mode": "air",
            },
            key="id",
        )
        assert updated["id"] == 123 and sim.state.requests[-1].query == {"key": "id"}
        assert [s["id"] for s in await v1.shipments.list()] == [12345]
        assert (await v1.invoices.list("paid"))[0]["id"] == 4321
        assert await v1.network.list() and await v1.currency_codes.list()
        await v1.products.delete(created["id"])


async def test_async_pagination(sim: V1Simulator) -> None:
    async with client(sim) as v1:
        ports = [p async for p in v1.paginate("/ports", per=7)]
        assert len(ports) == len(sim.state.ports)
        found = [p async for p in v1.paginate(v1.ports.search, q="SFO", per=50)]
        assert [p["id"] for p in found] == [567007]
        pos = [po async for po in v1.paginate(v1.purchase_orders.list)]
        assert [po["id"] for po in pos] == [123]


async def test_async_errors_and_retries(sim: V1Simulator) -> None:
    async with client(sim) as v1:
        sim.state.fail_next(429, times=1)
        assert await v1.currency_codes.list()
        with pytest.raises(ArchivedPlace) as caught:
            await v1.shipments.create({"name": "s", "origin_id": 551800})
        assert set(caught.value.replacement_ids()) == {"origin_id"}
    async with AsyncFlexportV1(token="bad-key-9999", base_url=sim.base_url) as bad:
        with pytest.raises(errors.Unauthorized):
            await bad.shipments.list()


async def test_async_paginate_refuses_what_it_cannot_walk(sim: V1Simulator) -> None:
    async with client(sim) as v1:
        with pytest.raises(TypeError, match="got int"):
            v1.paginate(3)  # type: ignore[arg-type]  # raised at the call, before any iteration
        with pytest.raises(TypeError, match="got coroutine; pass the method itself"):
            v1.paginate(v1.purchase_orders.list())  # type: ignore[arg-type]
        with pytest.raises(TypeError, match=r"AsyncShipments\.create, which is not a list method"):
            v1.paginate(v1.shipments.create)  # type: ignore[arg-type]
        with FlexportV1(token=KEY, base_url=sim.base_url) as sync_v1:
            with pytest.raises(TypeError, match="not a list method of AsyncFlexportV1"):
                v1.paginate(sync_v1.purchase_orders.list)  # type: ignore[arg-type]
            with pytest.raises(
                TypeError, match=r"AsyncPurchaseOrders\.list, which is not a list method of FlexportV1"
            ):
                sync_v1.paginate(v1.purchase_orders.list)  # type: ignore[arg-type]

            async def own_list() -> list[dict[str, object]]:
                return []

            with pytest.raises(TypeError, match="is a coroutine function: use AsyncFlexportV1"):
                sync_v1.paginate(own_list)  # type: ignore[arg-type]
