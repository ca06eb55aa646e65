"""Fixtures for every test directory: ``flavour`` runs a test body against the sync and the async client."""

from __future__ import annotations

import pytest
from both_clients import ASYNC, SYNC, Flavour
from hypothesis import HealthCheck, settings

# Property tests assert what holds, not how fast inputs come: on a 2-core machine shared with other
# suites (CI, parallel sessions) generation can be slow, so neither a deadline nor the too-slow check
# may fail a test. The examples' count and the seed handling stay Hypothesis's defaults.
settings.register_profile(
    "flexport", deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large]
)
settings.load_profile("flexport")


@pytest.fixture(params=[SYNC, ASYNC], ids=["sync", "async"])
def flavour(request: pytest.FixtureRequest) -> Flavour:
    """Run the test once per client flavour."""
    flavour: Flavour = request.param
    return flavour
