"""Writes with an idempotency key: a repeat is answered from the first write, not done twice."""

from __future__ import annotations

import httpx
import pytest

from flexport_facade import Flexport
from flexport_facade._core.retry import IDEMPOTENCY_HEADER, REPLAYED_HEADER
from flexport_facade.errors import UnprocessableEntity

pytestmark = pytest.mark.vcr

DIMENSIONS = {"weight": 1, "weightUnit": "lb", "height": 4, "width": 3, "length": 3, "lengthUnit": "in"}


def product(run_id: str) -> dict[str, object]:
    return {"name": "Recorded idempotent mug", "merchantSku": f"rec-{run_id}-mug", "dimensions": DIMENSIONS}


def test_same_key_and_body_is_idempotent_replayed(
    fx: Flexport, run_id: str, sent: list[httpx.Request]
) -> None:
    key = f"rec-{run_id}-create-mug"
    first = fx.request("POST", "/products", json=product(run_id), idempotency_key=key)
    again = fx.request("POST", "/products", json=product(run_id), idempotency_key=key)
    assert first.status_code == again.status_code == 201
    assert REPLAYED_HEADER not in first.headers
    assert again.headers[REPLAYED_HEADER] == "true"
    assert again.json()["logisticsSku"] == first.json()["logisticsSku"]
    assert [r.headers[IDEMPOTENCY_HEADER] for r in sent] == [key, key]


@pytest.mark.simulator_only  # the live status for a reused key is not documented (422 in the simulator)
def test_same_key_other_body_is_rejected(fx: Flexport, run_id: str) -> None:
    key = f"rec-{run_id}-create-cup"
    fx.request("POST", "/products", json=product(run_id), idempotency_key=key)
    with pytest.raises(UnprocessableEntity) as caught:
        fx.request("POST", "/products", json={**product(run_id), "name": "Another"}, idempotency_key=key)
    assert "idempotency-key" in str(caught.value)
