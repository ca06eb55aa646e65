"""Fixtures for every test directory: ``flavour`` runs a test body against the sync and the async client."""

from __future__ import annotations

import pytest
from both_clients import ASYNC, SYNC, Flavour


@pytest.fixture(params=[SYNC, ASYNC], ids=["sync", "async"])
def flavour(request: pytest.FixtureRequest) -> Flavour:
    """Run the test once per client flavour."""
    flavour: Flavour = request.param
    return flavour
