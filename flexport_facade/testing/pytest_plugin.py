"""pytest plugin: a ``flexport_simulator`` fixture serving the simulator on loopback for one test.

Enable with ``pytest_plugins = ["flexport_facade.testing.pytest_plugin"]`` (or ``-p``). Configure
per test with ``@pytest.mark.flexport_simulator(version="2026-02", faults=Faults(...), spec=doc)``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from flexport_facade.testing._server import RunningSimulator, run_simulator

MARKER = "flexport_simulator"


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", f"{MARKER}(version=..., faults=..., spec=..., clock=...): configure the simulator fixture"
    )


@pytest.fixture
def flexport_simulator(request: pytest.FixtureRequest) -> Iterator[RunningSimulator]:
    """A running simulator (frozen clock): ``.url``, ``.api_url``, ``.token``, ``.faults``, ``.clock``
    and the admin methods (``advance_clock``, ``receive_inbound``, ``register_oauth_client``, ...).

        def test_first_order(flexport_simulator):
            fx = Flexport(version="2026-02", token=flexport_simulator.token, base_url=flexport_simulator.url)
            sku = fx.products.create_product(body={"name": "Mug", "merchantSku": "MUG-1"}).logistics_sku
            flexport_simulator.receive_inbound({sku: 10})   # stock, or the order is 422
    """
    marker = request.node.get_closest_marker(MARKER)
    options: dict[str, Any] = dict(marker.kwargs) if marker else {}
    with run_simulator(**options) as running:
        yield running
