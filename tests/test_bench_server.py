"""The loopback server ``make bench`` measures against (scripts/bench/_server.py) serves what it says.

The pagination rows compare the pager with pages x latency, so the server must hold each page for
its latency (never answer sooner) and serve exactly ``total`` records, each with its own SKU. No
timing upper bounds here: how close to the latency it answers is the bench's business.
"""

from __future__ import annotations

import time

import httpx

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
