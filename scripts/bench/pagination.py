"""Pagination throughput and memory, as ratios against baselines measured in the same run.

1. Sequential walk, 100 records per page, 20 ms server latency, against the sequential bound
   (pages x latency, as pages/s): goal >= 0.9 of the bound. The bound ignores the per-request cost
   of loopback HTTP itself, so the same walk as a hand-written httpx loop is measured too: the
   pager's own overhead is the ratio between those two (goal <= 1.05).
2. ``concurrency=4`` against that sequential walk, sync (threads) and async (tasks): goal >= 3x.
3. Memory over 1,000,000 records (in-process transport, no latency): growth of traced Python
   memory (tracemalloc peak) and of RSS while walking, against a 50 MB budget: goal <= 1.0.

Full run: 50,000 records (501 requests, about 10 s sequential) and 1,000,000 for memory.
``--quick``: 5,000 records and 100,000 for memory (the note says so).
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import json
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Iterator, Mapping
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx

from flexport_facade.pagination import AsyncPathSource, PathSource, Progress, apaginate, paginate
from scripts.bench import Row, row

LATENCY = 0.020
PAGE = 100
MB = 1024 * 1024
ROOT = Path(__file__).resolve().parents[2]


def _record(i: int) -> dict[str, Any]:
    return {
        "logisticsSku": f"D{i:010d}",
        "merchantSku": f"SKU-{i}",
        "name": f"Product {i}",
        "available": i % 97,
    }


@functools.lru_cache(maxsize=1024)
def _page(total: int, offset: int, limit: int) -> bytes:
    # Bodies are cached: the server's own JSON work is not what is measured.
    limit = min(limit, PAGE)
    return json.dumps([_record(i) for i in range(offset, min(offset + limit, total))]).encode()


def _page_body(total: int, params: Mapping[str, str]) -> bytes:
    return _page(total, int(params.get("offset", "0")), int(params.get("limit", "20")))


class _Handler(BaseHTTPRequestHandler):
    """Keep-alive HTTP/1.1 GETs, one thread per connection; the latency is a precise ``time.sleep``."""

    protocol_version = "HTTP/1.1"
    wbufsize = -1  # one write per response: split header/body writes meet Nagle + delayed ACK (40 ms)
    disable_nagle_algorithm = True
    total = 0

    def do_GET(self) -> None:
        time.sleep(LATENCY)
        body = _page_body(self.total, httpx.URL(self.path).params)
        self.send_response(200)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        pass


def _serve_forever(total: int) -> None:
    """The server process: prints its port, serves until killed."""
    _Handler.total = total
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    print(server.server_address[1], flush=True)
    server.serve_forever()


@contextlib.contextmanager
def _serve(total: int) -> Iterator[str]:
    """The server in its own process, so its work does not share the client's GIL; always stopped."""
    code = f"from scripts.bench.pagination import _serve_forever; _serve_forever({total})"
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True, cwd=ROOT)
    try:
        assert proc.stdout is not None
        port = int(proc.stdout.readline())
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 20
        while True:
            try:
                httpx.get(f"{url}/products", params={"limit": 1}, timeout=1)
                break
            except httpx.TransportError:
                if time.monotonic() > deadline:
                    raise RuntimeError("bench server did not start") from None
                time.sleep(0.05)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def _request(client: httpx.Client) -> Any:
    def request(method: str, path: str, *, params: Any = None, retry: Any = None) -> httpx.Response:
        return client.request(method, path, params=params)

    return request


def _sync_walk(url: str, total: int, concurrency: int) -> float:
    with httpx.Client(base_url=url, timeout=30) as client:
        source = PathSource(_request(client), "/products")
        client.get("/products", params={"limit": 1})  # connect outside the timing
        start = time.perf_counter()
        n = sum(1 for _ in paginate(source, style="offset", concurrency=concurrency))
        elapsed = time.perf_counter() - start
    if n != total:
        raise AssertionError(f"walked {n} records, expected {total}")
    return elapsed


def _raw_walk(url: str, total: int) -> float:
    """The hand-written loop the pager replaces: offset += rows, stop on an empty page."""
    with httpx.Client(base_url=url, timeout=30) as client:
        client.get("/products", params={"limit": 1})
        start = time.perf_counter()
        n = offset = 0
        while rows := client.get("/products", params={"limit": PAGE, "offset": offset}).json():
            n += len(rows)
            offset += len(rows)
        elapsed = time.perf_counter() - start
    if n != total:
        raise AssertionError(f"walked {n} records, expected {total}")
    return elapsed


def _async_walk(url: str, total: int, concurrency: int) -> float:
    async def main() -> float:
        async with httpx.AsyncClient(base_url=url, timeout=30) as client:

            async def request(
                method: str, path: str, *, params: Any = None, retry: Any = None
            ) -> httpx.Response:
                return await client.request(method, path, params=params)

            await client.get("/products", params={"limit": 1})
            start = time.perf_counter()
            n = 0
            async for _ in apaginate(
                AsyncPathSource(request, "/products"), style="offset", concurrency=concurrency
            ):
                n += 1
            elapsed = time.perf_counter() - start
        if n != total:
            raise AssertionError(f"walked {n} records, expected {total}")
        return elapsed

    return asyncio.run(main())


def _rss() -> int:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    return 0


def _memory(total: int) -> tuple[float, float]:
    """(traced peak growth, RSS growth) in MB over a walk of ``total`` records."""

    def handler(request: httpx.Request) -> httpx.Response:
        params = request.url.params
        offset, limit = int(params.get("offset", "0")), int(params.get("limit", "20"))
        return httpx.Response(200, content=_page.__wrapped__(total, offset, limit))  # uncached: flat

    with httpx.Client(transport=httpx.MockTransport(handler), base_url="http://bench") as client:
        source = PathSource(_request(client), "/products")
        list(paginate(source, style="offset", max_pages=5))  # warm caches outside the measurement
        rss0 = peak_rss = _rss()

        def sample(progress: Progress) -> None:
            nonlocal peak_rss
            if progress.pages % 50 == 0:
                peak_rss = max(peak_rss, _rss())

        tracemalloc.start()
        base, _ = tracemalloc.get_traced_memory()
        n = sum(1 for _ in paginate(source, style="offset", on_progress=sample))
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    if n != total:
        raise AssertionError(f"walked {n} records, expected {total}")
    return (peak - base) / MB, (max(peak_rss, _rss()) - rss0) / MB


def run(quick: bool) -> list[Row]:
    total = 5_000 if quick else 50_000
    mem_total = 100_000 if quick else 1_000_000
    pages = -(-total // PAGE) + 1  # the last request is the empty page that ends the walk
    bound = pages * LATENCY
    size = f"{total:,} records, {PAGE}/page, {LATENCY * 1000:.0f} ms latency"
    with _serve(total) as url:
        raw = _raw_walk(url, total)
        seq = _sync_walk(url, total, 1)
        conc = _sync_walk(url, total, 4)
        aseq = _async_walk(url, total, 1)
        aconc = _async_walk(url, total, 4)
    traced, rss = _memory(mem_total)
    return [
        row(
            "pagination: sequential vs bound",
            pages / bound,
            pages / seq,
            0.9,
            "pages/s",
            f"{size}; bound = pages x latency = {bound:.2f} s, took {seq:.2f} s (ratio >= goal)",
        ),
        row(
            "pagination: pager vs hand-written loop",
            raw,
            seq,
            1.05,
            "s",
            "the same sequential walk with plain httpx: the pager's own overhead (ratio <= goal)",
        ),
        row(
            "pagination: concurrency=4 vs sequential",
            pages / seq,
            pages / conc,
            3.0,
            "pages/s",
            f"sync, threads; {conc:.2f} s vs {seq:.2f} s (ratio >= goal)",
        ),
        row(
            "pagination: async concurrency=4 vs sequential",
            pages / aseq,
            pages / aconc,
            3.0,
            "pages/s",
            f"async, tasks; {aconc:.2f} s vs {aseq:.2f} s (ratio >= goal)",
        ),
        row(
            "pagination: memory growth vs 50 MB",
            50.0,
            max(traced, rss),
            1.0,
            "MB",
            f"{mem_total:,} records{' (quick)' if quick else ''}; traced peak {traced:.1f} MB, "
            f"RSS {rss:.1f} MB (ratio <= goal)",
        ),
    ]


if __name__ == "__main__":
    for r in run("--quick" in sys.argv):
        print(r)
