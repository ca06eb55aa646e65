"""The retry schedule, Retry-After, idempotency keys and per-call overrides, with a fake clock.

Every test that builds a client runs once with ``Flexport`` and once with ``AsyncFlexport`` (``flavour``).
"""

from __future__ import annotations

import email.utils
import importlib
import logging
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest
from both_clients import Flavour, maybe_await
from facade_support import TOKEN, FakeClock

from flexport_facade import NO_RETRY, AsyncFlexport, RetryEvent, RetryPolicy, errors

PRODUCT = {"logisticsSku": "D1", "name": "Mug"}
ORDER = {"id": "1", "externalOrderId": "e", "status": "CREATED"}
Step = httpx.Response | Exception


class Script:
    """A MockTransport handler answering from a list; records every request it sees."""

    def __init__(self, *steps: Step) -> None:
        self.steps: Iterator[Step] = iter(steps)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        step = next(self.steps)
        if isinstance(step, Exception):
            raise step
        return step


def make(flavour: Flavour, script: Script, policy: RetryPolicy, **kw: object) -> Any:
    """A sync or async client over the script (httpx.MockTransport serves both)."""
    return flavour.Flexport("2026-02", token=TOKEN, transport=httpx.MockTransport(script), retry=policy, **kw)  # type: ignore[arg-type]


def new_order() -> object:
    return importlib.import_module("fxtest_v2026_02.models").NewOrder(external_order_id="e")


def ok() -> httpx.Response:
    return httpx.Response(200, json=PRODUCT)


async def test_backoff_schedule_doubles_then_caps(
    flavour: Flavour, fake_clock: FakeClock, policy: RetryPolicy
) -> None:
    script = Script(*[httpx.Response(503)] * 5, ok())
    fx = make(flavour, script, policy.replace(attempts=6, backoff_base=1.0, backoff_cap=3.0))
    assert (await maybe_await(fx.products.get_product(logistics_sku="D1"))).name == "Mug"
    assert fake_clock.sleeps == [1.0, 2.0, 3.0, 3.0, 3.0]
    assert len(script.requests) == 6


async def test_jitter_only_shortens_the_wait(
    flavour: Flavour, fake_clock: FakeClock, policy: RetryPolicy
) -> None:
    fx = make(
        flavour, Script(httpx.Response(500), httpx.Response(502), ok()), policy.replace(rand=lambda: 1.0)
    )
    await maybe_await(fx.products.get_product(logistics_sku="D1"))
    assert fake_clock.sleeps == [0.375, 0.75]  # base 0.5, 1.0 scaled by (1 - 0.25)


async def test_attempts_exhausted_raise_the_last_error(
    flavour: Flavour, fake_clock: FakeClock, policy: RetryPolicy
) -> None:
    script = Script(*[httpx.Response(504, json={"message": "Endpoint request timed out"})] * 4)
    with pytest.raises(errors.GatewayTimeout):
        await maybe_await(make(flavour, script, policy).products.get_product(logistics_sku="D1"))
    assert len(script.requests) == 4 and fake_clock.sleeps == [0.5, 1.0, 2.0]


async def test_total_budget_stops_retrying(
    flavour: Flavour, fake_clock: FakeClock, policy: RetryPolicy
) -> None:
    script = Script(httpx.Response(503), httpx.Response(503), ok())
    with pytest.raises(errors.ServerError):
        await maybe_await(
            make(flavour, script, policy.replace(budget=1.2)).products.get_product(logistics_sku="D1")
        )
    assert fake_clock.sleeps == [0.5]  # 0.5 + 1.0 would pass the 1.2 s budget


async def test_non_retryable_status_is_not_retried(
    flavour: Flavour, fake_clock: FakeClock, policy: RetryPolicy
) -> None:
    script = Script(httpx.Response(400, json={"title": "Bad Request"}))
    with pytest.raises(errors.BadRequest):
        await maybe_await(make(flavour, script, policy).products.get_product(logistics_sku="D1"))
    assert len(script.requests) == 1 and fake_clock.sleeps == []


async def test_retry_after_seconds(flavour: Flavour, fake_clock: FakeClock, policy: RetryPolicy) -> None:
    fx = make(flavour, Script(httpx.Response(429, headers={"Retry-After": "3"}), ok()), policy)
    await maybe_await(fx.products.get_product(logistics_sku="D1"))
    assert fake_clock.sleeps == [3.0]


async def test_retry_after_http_date(flavour: Flavour, fake_clock: FakeClock, policy: RetryPolicy) -> None:
    when = email.utils.format_datetime(datetime.now(UTC) + timedelta(seconds=7), usegmt=True)
    fx = make(flavour, Script(httpx.Response(503, headers={"Retry-After": when}), ok()), policy)
    await maybe_await(fx.products.get_product(logistics_sku="D1"))
    assert len(fake_clock.sleeps) == 1 and 5.0 <= fake_clock.sleeps[0] <= 7.0


async def test_retry_after_is_capped(flavour: Flavour, fake_clock: FakeClock, policy: RetryPolicy) -> None:
    fx = make(flavour, Script(httpx.Response(429, headers={"Retry-After": "3600"}), ok()), policy)
    await maybe_await(fx.products.get_product(logistics_sku="D1"))
    assert fake_clock.sleeps == [60.0]


async def test_429_without_retry_after_backs_off(
    flavour: Flavour, fake_clock: FakeClock, policy: RetryPolicy
) -> None:
    body = {"message": "Too Many Requests"}
    fx = make(flavour, Script(httpx.Response(429, json=body), httpx.Response(429, json=body), ok()), policy)
    await maybe_await(fx.products.get_product(logistics_sku="D1"))
    assert fake_clock.sleeps == [1.0, 1.0]  # backoff 0.5, 1.0 raised to the 1 s rate-limit floor


async def test_on_retry_hook_sees_each_retry(
    flavour: Flavour, fake_clock: FakeClock, policy: RetryPolicy
) -> None:
    events: list[RetryEvent] = []
    steps = (httpx.Response(429, headers={"Retry-After": "2"}), httpx.ConnectError("refused"), ok())
    await maybe_await(
        make(flavour, Script(*steps), policy.replace(on_retry=events.append)).products.get_product(
            logistics_sku="D1"
        )
    )
    assert [(e.attempt, e.status, e.error, e.delay, e.retry_after) for e in events] == [
        (1, 429, None, 2.0, 2.0),
        (2, None, "ConnectError", 1.0, None),
    ]
    assert events[0].path == "/logistics/api/2026-02/products/D1"


async def test_key_is_generated_once_and_reused_by_every_attempt(
    flavour: Flavour, policy: RetryPolicy
) -> None:
    script = Script(httpx.Response(503), httpx.ReadTimeout("slow"), httpx.Response(201, json=ORDER))
    assert (await maybe_await(make(flavour, script, policy).orders.create_order(body=new_order()))).id == "1"
    keys = {r.headers["idempotency-key"] for r in script.requests}
    assert len(script.requests) == 3 and len(keys) == 1

    script2 = Script(httpx.Response(201, json=ORDER))
    await maybe_await(make(flavour, script2, policy).orders.create_order(body=new_order()))
    assert script2.requests[0].headers["idempotency-key"] not in keys  # one key per logical call


async def test_callers_key_wins(flavour: Flavour, policy: RetryPolicy) -> None:
    script = Script(httpx.Response(500), httpx.Response(201, json=ORDER))
    await maybe_await(
        make(flavour, script, policy).orders.create_order(body=new_order(), idempotency_key="order-ext-1")
    )
    assert [r.headers["idempotency-key"] for r in script.requests] == ["order-ext-1", "order-ext-1"]


async def test_keyless_write_that_reached_the_server_is_not_retried(
    flavour: Flavour, policy: RetryPolicy
) -> None:
    script = Script(httpx.Response(503))
    with pytest.raises(errors.ServerError):
        await maybe_await(
            make(flavour, script, policy).orders.create_order(body=new_order(), idempotency_key=False)
        )
    assert len(script.requests) == 1 and "idempotency-key" not in script.requests[0].headers

    timeout = Script(httpx.ReadTimeout("no answer"))
    with pytest.raises(errors.RequestTimeout):
        await maybe_await(
            make(flavour, timeout, policy).orders.create_order(body=new_order(), idempotency_key=False)
        )
    assert len(timeout.requests) == 1


async def test_keyless_write_that_never_left_is_retried(flavour: Flavour, policy: RetryPolicy) -> None:
    script = Script(
        httpx.ConnectError("refused"), httpx.ConnectTimeout("slow"), httpx.Response(201, json=ORDER)
    )
    await maybe_await(
        make(flavour, script, policy).orders.create_order(body=new_order(), idempotency_key=False)
    )
    assert len(script.requests) == 3


async def test_reads_retry_timeouts_and_map_the_last_one(
    flavour: Flavour, fake_clock: FakeClock, policy: RetryPolicy
) -> None:
    script = Script(*[httpx.ReadTimeout("slow")] * 4)
    with pytest.raises(errors.RequestTimeout) as info:
        await maybe_await(make(flavour, script, policy).products.get_product(logistics_sku="D1"))
    assert len(script.requests) == 4 and isinstance(info.value.__cause__, httpx.ReadTimeout)
    assert info.value.path == "/logistics/api/2026-02/products/D1"


async def test_replayed_answer_is_returned_like_the_original(flavour: Flavour, policy: RetryPolicy) -> None:
    replay = httpx.Response(201, json=ORDER, headers={"idempotent-replayed": "true"})
    fx = make(
        flavour,
        Script(httpx.Response(502), replay, httpx.Response(201, json=ORDER, headers=replay.headers)),
        policy,
    )
    assert (await maybe_await(fx.orders.create_order(body=new_order(), idempotency_key="k1"))).id == "1"
    raw = await maybe_await(fx.orders.create_order.raw(body=new_order(), idempotency_key="k1"))
    assert raw.replayed and raw.parsed.id == "1"


async def test_per_call_retry_override(flavour: Flavour, fake_clock: FakeClock, policy: RetryPolicy) -> None:
    page_policy = policy.replace(statuses=policy.statuses - {504})  # how pagination fetches pages
    script = Script(httpx.Response(504, json={"message": "Endpoint request timed out"}), ok())
    fx = make(flavour, script, policy)
    with pytest.raises(errors.GatewayTimeout):
        await maybe_await(fx.products.get_products(limit=100, retry=page_policy))
    assert len(script.requests) == 1
    assert (await maybe_await(fx.products.get_product(logistics_sku="D1", retry=NO_RETRY))).name == "Mug"


async def test_timeouts_default_per_client_and_per_call(flavour: Flavour, policy: RetryPolicy) -> None:
    script = Script(ok(), ok(), ok(), ok())
    fx = make(flavour, script, policy)
    await maybe_await(fx.products.get_product(logistics_sku="D1"))
    await maybe_await(fx.products.get_product(logistics_sku="D1", timeout=2.5))
    await maybe_await(fx.request("GET", "/warehouses/active", timeout=httpx.Timeout(9.0, connect=1.0)))
    await maybe_await(make(flavour, script, policy, timeout=12.0).products.get_product(logistics_sku="D1"))
    got = [r.extensions["timeout"] for r in script.requests]
    assert got[0] == {"connect": 5.0, "read": 35.0, "write": 35.0, "pool": 35.0}  # above the 29 s gateway cut
    assert got[1]["read"] == 2.5 and got[2] == {"connect": 1.0, "read": 9.0, "write": 9.0, "pool": 9.0}
    assert got[3]["read"] == 12.0
    slow = make(flavour, Script(ok()), policy).with_options(timeout=1.0, retry=NO_RETRY)
    await maybe_await(slow.products.get_product(logistics_sku="D1"))


async def test_each_attempt_is_logged_without_secrets(
    flavour: Flavour, policy: RetryPolicy, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="flexport_facade")
    script = Script(httpx.Response(503), httpx.ConnectError("refused"), ok())
    await maybe_await(
        make(flavour, script, policy).request("GET", "/products/D1", params={"access_token": "abc123secret"})
    )
    records = [r for r in caplog.records if r.name == "flexport_facade"]
    lines = [r.getMessage() for r in records if r.levelno == logging.DEBUG]  # one per attempt
    assert len(lines) == 3
    assert "attempt 1/4 -> 503" in lines[0] and "ConnectError" in lines[1] and "-> 200" in lines[2]
    retries = [r.getMessage() for r in records if r.levelno == logging.INFO]  # one per retry
    assert len(retries) == 2 and "failed with 503" in retries[0] and "failed with ConnectError" in retries[1]
    assert all(TOKEN not in r.getMessage() and "abc123secret" not in r.getMessage() for r in records)


def test_policy_validation() -> None:
    with pytest.raises(ValueError, match="attempts"):
        RetryPolicy(attempts=0)
    with pytest.raises(ValueError, match="jitter"):
        RetryPolicy(jitter=2.0)


async def test_async_retries_with_the_same_core(fake_clock: FakeClock, policy: RetryPolicy) -> None:
    seen: list[httpx.Request] = []
    steps: list[Callable[[], httpx.Response]] = [
        lambda: httpx.Response(429, headers={"Retry-After": "4"}),
        lambda: httpx.Response(503),
        lambda: httpx.Response(201, json=ORDER),
    ]

    async def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return steps.pop(0)()

    async with AsyncFlexport(
        "2026-02", token=TOKEN, transport=httpx.MockTransport(handler), retry=policy
    ) as afx:
        order = await afx.orders.create_order(body=new_order())
    assert order.id == "1" and fake_clock.sleeps == [4.0, 1.0]
    assert len({r.headers["idempotency-key"] for r in seen}) == 1 and len(seen) == 3
