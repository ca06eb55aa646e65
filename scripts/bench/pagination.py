"""Pagination on 2026-02 through the facade (``fx.paginate(fx.products.get_products)``, parsed models),
each row ours / baseline, against the minimal asyncio server with 20 ms latency per page.

1. Sequential, 50,000 records: records/s against the bound (pages x latency). Goal >= 0.92.
2. ``concurrency=8`` against a hand-written httpx loop with 8 threads that builds the same models.
   Goal >= 1.0.
3. ``concurrency=8`` against its bound (pages x latency / 8). Goal >= 0.8.
4. Memory over 1,000,000 records at ``concurrency=8`` (no latency): traced peak growth against one
   parsed page x concurrency. Goal <= 2.

``--quick``: 5,000 records and 100,000 for memory.
"""

from __future__ import annotations

import concurrent.futures
import json
import time
import tracemalloc
from typing import Any

import httpx

from scripts.bench._fixtures import PREFIX, TOKEN, VERSION, product_record
from scripts.bench._measure import Row, interleave, ratio_row
from scripts.bench._server import Pages, serving

LATENCY = 0.020
PAGE = 100
CONCURRENCY = 8


def _facade_walk(url: str, total: int, concurrency: int) -> float:
    """records/s of the facade's pager (models built)."""
    from flexport_facade import Flexport

    with Flexport(version=VERSION, token=TOKEN, base_url=url) as fx:
        fx.products.get_products(limit=1)  # connect outside the timing
        start = time.perf_counter()
        n = sum(1 for _ in fx.paginate(fx.products.get_products, limit=PAGE, concurrency=concurrency))
        elapsed = time.perf_counter() - start
    if n != total:
        raise AssertionError(f"walked {n} records, expected {total}")
    return total / elapsed


def _hand_written(url: str, total: int, concurrency: int) -> float:
    """records/s of what a user would write instead: N threads over known offsets, models built."""
    from flexport_logistics_v2026_02.models import ApiProductResponse

    client = httpx.Client(
        base_url=url,
        headers={"Authorization": f"Bearer {TOKEN}"},
        limits=httpx.Limits(max_connections=concurrency),
    )

    def page(offset: int) -> list[Any]:
        rows = client.get(f"{PREFIX}/products", params={"limit": PAGE, "offset": offset}).json()
        return [ApiProductResponse.from_dict(r) for r in rows]

    page(0)
    start = time.perf_counter()
    n = 0
    with concurrent.futures.ThreadPoolExecutor(concurrency) as pool:
        offset = 0
        while True:  # windows of `concurrency` pages; stop at the first empty page
            batch = list(pool.map(page, range(offset, offset + PAGE * concurrency, PAGE)))
            n += sum(len(b) for b in batch)
            offset += PAGE * concurrency
            if not batch[-1]:
                break
    elapsed = time.perf_counter() - start
    client.close()
    if n != total:
        raise AssertionError(f"walked {n} records, expected {total}")
    return total / elapsed


def _memory(url: str, total: int) -> tuple[float, float]:
    """(traced peak growth over the walk, one parsed page x concurrency), in MB."""
    from flexport_logistics_v2026_02.models import ApiProductResponse

    from flexport_facade import Flexport

    # One page as the walk holds it: decoded from the body the server sends, its models built, the
    # decoded JSON dropped. (Models built from copies of one record dict share its nested dicts and
    # strings, and would count about half of that.)
    body = Pages(product_record(), PAGE).body(0, PAGE)
    tracemalloc.start()
    before, _ = tracemalloc.get_traced_memory()
    one_page = [ApiProductResponse.from_dict(row) for row in json.loads(body)]
    page_bytes = tracemalloc.get_traced_memory()[0] - before
    del one_page
    with Flexport(version=VERSION, token=TOKEN, base_url=url) as fx:
        list(fx.paginate(fx.products.get_products, limit=PAGE, max_pages=3))  # warm caches
        tracemalloc.reset_peak()
        base, _ = tracemalloc.get_traced_memory()
        n = sum(1 for _ in fx.paginate(fx.products.get_products, limit=PAGE, concurrency=CONCURRENCY))
        _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    if n != total:
        raise AssertionError(f"walked {n} records, expected {total}")
    mb = 1024 * 1024
    return (peak - base) / mb, page_bytes * CONCURRENCY / mb


def run(quick: bool) -> list[Row]:
    total = 5_000 if quick else 50_000
    mem_total = 100_000 if quick else 1_000_000
    pages = -(-total // PAGE) + 1  # the last request is the empty page that ends the walk
    bound = total / (pages * LATENCY)
    size = f"{total:,} records, {PAGE}/page, {LATENCY * 1000:.0f} ms latency"
    rounds = 2 if quick else 3
    rows: list[Row] = []
    with serving(prefix=PREFIX, record=product_record(), total=total, latency=LATENCY) as url:
        _, seq = interleave(lambda: bound, lambda: _facade_walk(url, total, 1), rounds)
        rows.append(
            ratio_row(
                "sequential pagination",
                baseline_label="pages x latency (bound)",
                baseline=[bound] * rounds,
                ours=seq,
                unit="records/s",
                goal=0.92,
                better="higher",
                note=size,
            )
        )
        hand, conc = interleave(
            lambda: _hand_written(url, total, CONCURRENCY),
            lambda: _facade_walk(url, total, CONCURRENCY),
            rounds + 2,
        )
        rows.append(
            ratio_row(
                f"concurrency {CONCURRENCY}",
                baseline_label="hand-written httpx threads + models",
                baseline=hand,
                ours=conc,
                unit="records/s",
                goal=1.0,
                better="higher",
                note=size,
            )
        )
        rows.append(
            ratio_row(
                f"concurrency {CONCURRENCY}",
                baseline_label=f"pages x latency / {CONCURRENCY}",
                baseline=[bound * CONCURRENCY] * len(conc),
                ours=conc,
                unit="records/s",
                goal=0.8,
                better="higher",
                note=f"{size}; the gap is client CPU under the GIL (docs/pagination.md, How fast)",
            )
        )
    with serving(prefix=PREFIX, record=product_record(), total=mem_total) as url:
        peak, page_x_conc = _memory(url, mem_total)
    rows.append(
        ratio_row(
            f"{mem_total:,} records memory",
            baseline_label=f"one page x {CONCURRENCY}",
            baseline=[page_x_conc],
            ours=[peak],
            unit="MB",
            goal=2.0,
            note="tracemalloc peak growth over the walk",
        )
    )
    return rows
