"""A minimal asyncio HTTP/1.1 server for the benchmarks: keep-alive, fixed bodies, optional latency.

Far cheaper per request than http.server's threads (which added about 500 us a call and hid the
client's own overhead), and concurrent, so a fetch-ahead pager sees real parallel latency. It runs in
its own process (``serving``) so its work does not share the client's GIL, and it is always stopped.

Routes (anything else is 404):
  GET {prefix}/products/<sku>              the product body given at start-up
  GET {prefix}/products?limit=&offset=     a page of ``total`` records (cap 100), after ``latency`` s
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import selectors
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

ROOT = Path(__file__).resolve().parents[2]
PAGE_CAP = 100


class Pages:
    """The list bodies served: ``total`` records from one, each with its own SKUs."""

    def __init__(self, record: dict[str, Any], total: int) -> None:
        self.record = record
        self.total = total
        self.cache: dict[tuple[int, int], bytes] = {}

    def body(self, offset: int, limit: int) -> bytes:
        key = (offset, min(limit, PAGE_CAP))
        if key not in self.cache:  # bodies are cached: the server's JSON work is not what is measured
            rows = []
            for i in range(offset, min(offset + key[1], self.total)):
                rows.append({**self.record, "logisticsSku": f"D{i:010d}", "merchantSku": f"SKU-{i}"})
            self.cache[key] = json.dumps(rows).encode()
        return self.cache[key]


def _reply(status: int, body: bytes) -> bytes:
    head = f"HTTP/1.1 {status} OK\r\ncontent-type: application/json\r\ncontent-length: {len(body)}\r\n\r\n"
    return head.encode() + body


async def _serve(prefix: str, product: bytes, pages: Pages, latency: float) -> None:
    loop = asyncio.get_running_loop()

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                due = loop.time() + latency
                target = head.split(b" ", 2)[1].decode()
                url = urlsplit(target)
                if url.path == f"{prefix}/products":
                    q = dict(parse_qsl(url.query))
                    # float(): the reconstructed specs type limit/offset as number (the client may send 20.0)
                    offset, limit = int(float(q.get("offset", 0))), int(float(q.get("limit", 20)))
                    out = _reply(200, pages.body(offset, limit))
                    if latency:  # answered `latency` after the request came; its body was made meanwhile
                        await asyncio.sleep(max(0.0, due - loop.time()))
                elif url.path.startswith(f"{prefix}/products/"):
                    out = _reply(200, product)
                else:
                    out = _reply(404, b'{"title": "not found"}')
                writer.write(out)
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            writer.close()

    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    print(server.sockets[0].getsockname()[1], flush=True)
    async with server:
        await server.serve_forever()


def main() -> None:
    config = json.loads(sys.stdin.readline())
    pages = Pages(config["record"], config["total"])
    product = json.dumps(config["record"]).encode()
    with asyncio.Runner(loop_factory=_precise_loop) as runner:
        runner.run(_serve(config["prefix"], product, pages, config["latency"]))


def _precise_loop() -> asyncio.AbstractEventLoop:
    """An event loop whose timers fire on time. epoll and poll take their timeout in whole milliseconds,
    rounded up, so a 20 ms page was held 20.9 ms on average (measured: request arrival to the answer's
    write); select() takes microseconds (20.4 ms). The bench opens a few dozen sockets at most."""
    return asyncio.SelectorEventLoop(selectors.SelectSelector())


@contextlib.contextmanager
def serving(*, prefix: str, record: dict[str, Any], total: int = 0, latency: float = 0.0) -> Iterator[str]:
    """Start the server in a child process; yield its base URL; stop it whatever happens."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "scripts.bench._server"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    try:
        assert proc.stdin is not None and proc.stdout is not None
        proc.stdin.write(
            json.dumps({"prefix": prefix, "record": record, "total": total, "latency": latency}) + "\n"
        )
        proc.stdin.flush()
        deadline = time.monotonic() + 20
        line = proc.stdout.readline()
        if not line.strip() or time.monotonic() > deadline:
            raise RuntimeError("bench server did not start")
        yield f"http://127.0.0.1:{int(line)}"
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


if __name__ == "__main__":
    main()
