"""Every script in examples/ runs to the end and prints what it promises."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
MINE = {
    "first_order.py": ["before stock: 422 insufficient inventory", "stocked: 10 available", ": SHIPPED"],
    "retries_and_logging.py": [
        "retry after attempt 1 of GET /logistics/api/2026-02/warehouses/active: 429",
        "retry after attempt 1 of POST /logistics/api/2026-02/products: RemoteProtocolError",
        "(replayed=True); products on the server: 1",
        "INFO flexport_facade] retrying GET",
    ],
    "inventory_pages.py": ["120 products, 120 distinct, in order: True"],
    "webhook_receiver.py": ["2 deliveries sent, 1 handled: ['InventoryAdjustedEvent']"],
    "partner_oauth.py": ["authorized; 0 products; token stored"],
}


@pytest.mark.parametrize("script", sorted(MINE))
def test_example_runs(script: str) -> None:
    env = {**os.environ, "FLEXPORT_LOG": "info"}
    done = subprocess.run(
        [sys.executable, str(EXAMPLES / script)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    for expected in MINE[script]:
        assert expected in done.stdout + done.stderr, (expected, done.stdout, done.stderr)


def test_every_example_of_this_table_exists() -> None:
    assert set(MINE) <= {p.name for p in EXAMPLES.glob("*.py")}
