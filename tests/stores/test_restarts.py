"""Redis or PostgreSQL restarting mid-test: the stores raise StoreUnavailable (not a driver
traceback), the webhook endpoint answers 503 so the sender retries, and nothing is lost."""

from __future__ import annotations

import asyncio
import json
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest

from flexport_facade.errors import StoreUnavailable
from flexport_facade.stores import (
    PostgresDeduper,
    PostgresTokenStore,
    RedisDeduper,
    RedisRateLimiter,
    RedisTokenStore,
)
from flexport_facade.webhooks import Claim, Receiver, TokenHeader
from tests.stores import workers
from tests.stores.test_token_stores import SECRET_TOKEN, token

ORDER_SHIPPED = Path(__file__).parents[1] / "webhooks" / "payloads" / "2026-02" / "Order.Shipped.json"


def delivery(event_id: str) -> bytes:
    return json.dumps({**json.loads(ORDER_SHIPPED.read_text()), "logisticsEventId": event_id}).encode()


class Sender:
    """Flexport's side: POST each delivery, keep the ones not acknowledged with 2xx for a retry."""

    def __init__(self, app: Any) -> None:
        self.client = httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://receiver")
        self.app = app

    async def send(self, event_ids: list[str]) -> dict[str, int]:
        async def post(event_id: str) -> int:
            headers = {workers.HOOK_HEADER: workers.HOOK_SECRET}
            return (await self.client.post("/hook", content=delivery(event_id), headers=headers)).status_code

        statuses = await asyncio.gather(*(post(event_id) for event_id in event_ids))  # all at once
        await self.app.drain()
        return dict(zip(event_ids, statuses, strict=True))

    async def retry_until_acknowledged(self, event_ids: list[str], rounds: int = 50) -> None:
        """The sender's retry schedule, compressed: resend what got 503 until acknowledged (bounded)."""
        pending = list(event_ids)
        for _ in range(rounds):
            answers = await self.send(pending)
            assert set(answers.values()) <= {200, 503}
            pending = [e for e, status in answers.items() if status != 200]
            if not pending:
                return
            await asyncio.sleep(0.2)  # a pool reconnecting after the restart backs off for a moment
        pytest.fail(f"still 503 after {rounds} retries: {pending}")


def eventually(call: Callable[[], Any], attempts: int = 50) -> Any:
    """What a caller does with StoreUnavailable: retry, here boundedly, while a pool reconnects."""
    for _ in range(attempts - 1):
        try:
            return call()
        except StoreUnavailable:
            time.sleep(0.2)
    return call()


def assert_clear(exc: StoreUnavailable, server: str) -> None:
    text = str(exc)
    assert "unavailable" in text and server in text and "retry" in text
    assert exc.__cause__ is None and exc.__suppress_context__  # no driver traceback chained on
    assert SECRET_TOKEN not in text


async def _recorded_as_done(deduper: Any, ids: list[str], attempts: int = 100) -> None:
    """The endpoint records ``complete`` just after its 200 (webhooks/_asgi.py); an outage that lands
    first leaves the id in flight until its lease ends (redeliveries get 503 meanwhile, none is lost).
    Wait for those writes, so the outage below starts from handled ids."""
    for _ in range(attempts):
        if [await deduper.aclaim(e) for e in ids] == [Claim.DONE] * len(ids):
            return
        await asyncio.sleep(0.05)
    raise AssertionError(f"the endpoint never recorded {ids} as done")


async def _outage_round_trip(deduper: Any, server: Any, host: str) -> None:
    handled: list[str] = []

    async def handler(event: Any) -> None:
        handled.append(event.logistics_event_id)

    receiver = Receiver(
        version="2026-02", auth=TokenHeader(workers.HOOK_HEADER, workers.HOOK_SECRET), dedupe=deduper
    )
    sender = Sender(receiver.asgi(handler))
    before = [f"evt-{n}" for n in range(5)]
    during = [f"evt-{n}" for n in range(5, 10)]
    assert set((await sender.send(before)).values()) == {200}
    await _recorded_as_done(deduper, before)

    server.stop()
    answers = await sender.send(during + before)
    assert set(answers.values()) == {503}  # the sender will retry every one of them
    with pytest.raises(StoreUnavailable) as caught:
        await deduper.aclaim("evt-x")
    assert_clear(caught.value, host)

    server.start()
    await sender.retry_until_acknowledged(during)  # the sender's retries of what got 503
    assert set((await sender.send(before + during)).values()) == {200}  # plain duplicates now
    assert Counter(handled) == Counter(dict.fromkeys(before + during, 1))  # each exactly once, none lost


async def test_redis_restart(own_redis: Any) -> None:
    deduper = RedisDeduper(own_redis.url)
    store = RedisTokenStore(own_redis.url, key=workers.TOKEN_KEY)
    limiter = RedisRateLimiter(own_redis.url, key="acct", limit=5)
    store.put(token())
    host = f"127.0.0.1:{own_redis.port}"
    await _outage_round_trip(deduper, own_redis, host)

    own_redis.stop()
    for call in (
        lambda: store.get("acct-1"),
        lambda: store.put(token()),
        limiter.acquire,
        lambda: deduper.claim("e"),
    ):
        with pytest.raises(StoreUnavailable) as caught:
            call()
        assert_clear(caught.value, host)
    own_redis.start()
    assert eventually(lambda: store.get("acct-1")) == token()  # written before both restarts, still there
    limiter.acquire()
    await deduper.aclose()


async def test_postgres_restart(own_postgres: Any) -> None:
    deduper = PostgresDeduper(own_postgres.url, timeout=0.5)
    store = PostgresTokenStore(own_postgres.url, key=workers.TOKEN_KEY, timeout=0.5)
    store.put(token())
    host = f"127.0.0.1:{own_postgres.port}"
    await _outage_round_trip(deduper, own_postgres, host)

    own_postgres.stop()
    for call in (
        lambda: store.get("acct-1"),
        lambda: store.mark_inactive("acct-1", "401"),
        lambda: deduper.claim("e"),
    ):
        with pytest.raises(StoreUnavailable) as caught:
            call()
        assert_clear(caught.value, host)
    own_postgres.start()
    assert eventually(lambda: store.get("acct-1")) == token()
    assert store.try_mark_inactive("acct-1", "401", access_token=SECRET_TOKEN) is True
    store.close()
    deduper.close()
    await deduper.aclose()
