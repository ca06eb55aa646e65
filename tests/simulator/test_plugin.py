"""The shipped pytest fixture and the Faults presets."""

from __future__ import annotations

import httpx
import pytest

from flexport_facade.testing import Faults, RunningSimulator


@pytest.mark.flexport_simulator(version="2026-02", faults=Faults(throttle_next=1, throttle_retry_after=None))
def test_fixture_serves_with_marker_options(flexport_simulator: RunningSimulator) -> None:
    auth = {"authorization": f"Bearer {flexport_simulator.token}"}
    with httpx.Client(base_url=flexport_simulator.api_url, headers=auth) as client:
        assert client.get("/warehouses/active").status_code == 429
        assert client.get("/warehouses/active").status_code == 200
    assert flexport_simulator.token not in repr(flexport_simulator)


def test_field_preset_and_update() -> None:
    faults = Faults.field(duplicate_every=0)
    assert faults.short_pages and faults.gateway_cost_threshold and faults.duplicate_every == 0
    with pytest.raises(ValueError, match="unknown fault switches"):
        faults.update({"bogus": True})
    assert faults.take("drop_next") is False
