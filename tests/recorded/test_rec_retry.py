"""The retry loop against recorded misbehaviour: each attempt is one recorded exchange.

The faults exist only while recording against the simulator; on replay the cassette alone makes
the first attempt fail and the next one succeed, so the same assertions hold with no server.
"""

from __future__ import annotations

import httpx
import pytest
from rec_retries import Retries
from rec_target import SimControl

from flexport_facade import AsyncFlexport, Flexport, RetryEvent
from flexport_facade._core.retry import IDEMPOTENCY_HEADER
from flexport_facade.errors import GatewayTimeout

pytestmark = [pytest.mark.vcr, pytest.mark.simulator_only]

PRODUCT = {
    "name": "Recorded mug",
    "merchantSku": "REC-MUG-1",
    "dimensions": {"weight": 1, "weightUnit": "lb", "height": 4, "width": 3, "length": 3, "lengthUnit": "in"},
}


@pytest.mark.faults(throttle_next=1, throttle_retry_after=1)
def test_429_then_200_waits_retry_after(fx: Flexport, retries: Retries, sent: list[httpx.Request]) -> None:
    response = fx.request("GET", "/products", params={"limit": 5})
    assert response.status_code == 200
    assert [(e.status, e.delay) for e in retries.events] == [(429, 1.0)]
    assert retries.sleeps == [1.0] and len(sent) == 2


@pytest.mark.faults(throttle_next=1, throttle_retry_after=None)
def test_gateway_429_without_retry_after_waits_the_floor(fx: Flexport, retries: Retries) -> None:
    assert fx.request("GET", "/products", params={"limit": 5}).status_code == 200
    # No Retry-After from the gateway: backoff (0.5 s) raised to the rate-limit floor.
    assert [(e.status, e.retry_after, e.delay) for e in retries.events] == [(429, None, 1.0)]


@pytest.mark.faults(throttle_next=1)
async def test_async_429_then_200(afx: AsyncFlexport, retries: Retries) -> None:
    response = await afx.request("GET", "/products", params={"limit": 5})
    assert response.status_code == 200 and [e.status for e in retries.events] == [429]


def test_503_then_200_when_the_outage_ends(
    fx: Flexport, retries: Retries, sim: SimControl, sent: list[httpx.Request]
) -> None:
    sim.outage(seconds=0.5, status=503)

    # While recording, the simulator's frozen clock moves by the wait the client chose.
    def wait_out(event: RetryEvent) -> None:
        retries.events.append(event)
        sim.advance(event.delay)

    policy = retries.policy(on_retry=wait_out)
    response = fx.request("GET", "/products", params={"limit": 5}, retry=policy)
    assert response.status_code == 200
    assert [(e.status, e.delay) for e in retries.events] == [(503, 0.5)] and len(sent) == 2


@pytest.mark.faults(gateway_cost_threshold=1)
def test_504_every_attempt_raises_gateway_timeout(fx: Flexport, retries: Retries) -> None:
    with pytest.raises(GatewayTimeout) as caught:
        fx.request("GET", "/products", params={"limit": 50, "offset": 500}, retry=retries.policy(attempts=3))
    assert caught.value.status == 504 and caught.value.body_excerpt is not None
    assert [e.status for e in retries.events] == [504, 504]
    assert retries.sleeps == [0.5, 1.0]  # exponential backoff, no jitter


@pytest.mark.faults(throttle_next=1)
def test_keyed_write_retried_with_the_same_idempotency_key(
    fx: Flexport, retries: Retries, sent: list[httpx.Request]
) -> None:
    response = fx.request("POST", "/products", json=PRODUCT)
    assert response.status_code == 201 and response.json()["merchantSku"] == "REC-MUG-1"
    keys = [r.headers[IDEMPOTENCY_HEADER] for r in sent]
    assert len(keys) == 2 and keys[0] == keys[1]
