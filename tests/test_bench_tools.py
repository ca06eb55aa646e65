"""The tools ``make bench`` relies on: its loopback server (scripts/bench/_server.py) serves what it
says, and the machine report (scripts/bench/_machine.py) reads /proc/stat right.

The pagination rows compare the pager with pages x latency, so the server must hold each page for
its latency (never answer sooner) and serve exactly ``total`` records, each with its own SKU. No
timing upper bounds here: how close to the latency it answers is the bench's business.
"""

from __future__ import annotations

import time

import httpx

from scripts.bench import _machine
from scripts.bench._server import PAGE_CAP, serving

PREFIX = "/logistics/api/2026-02"
RECORD = {"logisticsSku": "D0", "merchantSku": "SKU", "name": "Mug"}


def test_pages_cover_total_once_and_never_come_early() -> None:
    latency = 0.03
    served = serving(prefix=PREFIX, record=RECORD, total=250, latency=latency)
    with served as url, httpx.Client(base_url=url) as http:
        skus: list[str] = []
        for offset in range(0, 300, PAGE_CAP):
            started = time.monotonic()
            page = http.get(f"{PREFIX}/products", params={"limit": 500, "offset": offset}).json()
            assert time.monotonic() - started >= latency  # held for its latency, counted from arrival
            assert len(page) <= PAGE_CAP
            skus += [row["logisticsSku"] for row in page]
            assert all(row["name"] == "Mug" for row in page)
        assert len(skus) == len(set(skus)) == 250  # the last page is short, the one after it empty


def test_product_and_unknown_routes() -> None:
    with serving(prefix=PREFIX, record=RECORD, total=5) as url, httpx.Client(base_url=url) as http:
        assert http.get(f"{PREFIX}/products/D0").json() == RECORD
        missing = http.get(f"{PREFIX}/orders")
        assert missing.status_code == 404 and missing.json() == {"title": "not found"}
        # float offsets and limits (the reconstructed specs type them as number) are read as ints
        page = http.get(f"{PREFIX}/products", params={"limit": "2.0", "offset": "4.0"}).json()
        assert [row["merchantSku"] for row in page] == ["SKU-4"]


STAT_BEFORE = "cpu  1000 0 200 5000 100 0 10 40 0 0\ncpu0 500 0 100 2500 50 0 5 20 0 0\nintr 1\n"
STAT_AFTER = "cpu  1300 0 250 5500 100 0 10 90 0 0\ncpu0 650 0 125 2750 50 0 5 45 0 0\nintr 2\n"


def test_machine_report_reads_busy_and_stolen_time() -> None:
    before = {"probe_ms": 10.0, "load": 0.5, "ticks": _machine.cpu_ticks(STAT_BEFORE)}
    after = {"probe_ms": 12.0, "load": 1.5, "ticks": _machine.cpu_ticks(STAT_AFTER)}
    ticks = before["ticks"]
    assert ticks is not None and (ticks["user"], ticks["idle"], ticks["steal"]) == (1000, 5000, 40)
    machine = _machine.report(before, after)
    # 900 ticks passed: 500 idle, 50 stolen, 350 user + system
    assert machine["busy_pct"] == 44.4 and machine["steal_pct"] == 5.6
    assert machine["probe_ms"] == [10.0, 12.0] and machine["load_1min"] == [0.5, 1.5]
    line = _machine.describe(machine)
    assert "stolen by other guests 5.6%" in line and "10.0 -> 12.0 ms" in line


def test_machine_report_without_proc_stat() -> None:
    assert _machine.cpu_ticks("intr 1\n") is None
    snap = {"probe_ms": 10.0, "load": None, "ticks": None}
    machine = _machine.report(snap, snap)
    assert "busy_pct" not in machine and "load" not in _machine.describe(machine)
    assert _machine.probe_ms() > 0
