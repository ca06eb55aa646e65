"""Webhook deliveries per second through uvicorn, against a bare Starlette route (goal >= 0.8x).

Measured: ``Receiver.asgi`` served at ``hooks.route("/hooks")`` inside Starlette, with the durable
``SQLiteDeduper`` (a claim and a complete per delivery) and an async handler that returns at once.
Baseline: a Starlette route on the same server that parses the JSON body and answers 200. Both run
in a uvicorn subprocess; a load generator in another process keeps ``CONNECTIONS`` keep-alive
connections busy, each delivery with a fresh event id, and counts the 200 answers.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from scripts.bench._measure import Row, interleave, ratio_row

ROOT = Path(__file__).resolve().parents[2]
CONNECTIONS = 32
SECRET = "bench-hook-" + "token"  # loopback only

_SERVER = r"""
import json, socket, sys
import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route
from flexport_facade.webhooks import Receiver, SQLiteDeduper, TokenHeader

mode, db = sys.argv[1], sys.argv[2]

async def bare(request: Request) -> JSONResponse:
    payload = await request.json()
    return JSONResponse({"status": 200, "detail": "ok", "n": len(payload)})

class Raw:
    @classmethod
    def from_dict(cls, payload):
        return payload

if mode == "bare":
    app = Starlette(routes=[Route("/hooks", bare, methods=["POST"])])
else:
    receiver = Receiver(version="2026-02", auth=TokenHeader("X-Hook-Token", sys.argv[3]),
                        dedupe=SQLiteDeduper(db), models={"Order.Shipped": Raw})
    async def handle(event):
        return None
    hooks = receiver.asgi(handle)
    app = Starlette(routes=[hooks.route("/hooks")], lifespan=hooks.lifespan)

# proto=IPPROTO_TCP: only then does asyncio set TCP_NODELAY on accepted connections
sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
sock.bind(("127.0.0.1", 0))
print(sock.getsockname()[1], flush=True)
uvicorn.Server(uvicorn.Config(app, log_level="warning", access_log=False)).run(sockets=[sock])
"""

_LOAD = r"""
import asyncio, json, sys, time, uuid
port, seconds, conns, secret = int(sys.argv[1]), float(sys.argv[2]), int(sys.argv[3]), sys.argv[4]

def request(i):
    body = json.dumps({"logisticsAccountId": "acct-1", "logisticsEventId": f"evt-{uuid.uuid4().hex}",
                       "logisticsEventType": "Order.Shipped", "logisticsEventTime": "2026-02-01T00:00:00Z",
                       "orderId": str(i)}).encode()
    head = (f"POST /hooks HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
            f"X-Hook-Token: {secret}\r\nContent-Length: {len(body)}\r\n\r\n").encode()
    return head + body

async def worker(stop, counts):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    i = 0
    while time.perf_counter() < stop:
        writer.write(request(i)); i += 1
        status = int((await reader.readline()).split()[1])
        length = 0
        while (line := await reader.readline()) not in (b"\r\n", b""):
            if line.lower().startswith(b"content-length:"):
                length = int(line.split(b":")[1])
        await reader.readexactly(length)
        counts[status] = counts.get(status, 0) + 1
    writer.close()

async def main():
    counts = {}
    start = time.perf_counter()
    await asyncio.gather(*(worker(start + seconds, counts) for _ in range(conns)))
    print(json.dumps({"ok": counts.get(200, 0), "other": sum(v for k, v in counts.items() if k != 200),
                      "seconds": time.perf_counter() - start}))

asyncio.run(main())
"""


def _rate(mode: str, seconds: float, work: Path) -> tuple[float, int]:
    db = work / f"seen-{mode}-{time.monotonic_ns()}.db"
    server = subprocess.Popen(
        [sys.executable, "-c", _SERVER, mode, str(db), SECRET], stdout=subprocess.PIPE, text=True, cwd=ROOT
    )
    try:
        assert server.stdout is not None
        port = server.stdout.readline().strip()
        # A short warm-up (imports, first model, SQLite file creation), then the measured run.
        _load(port, 0.5)
        result = _load(port, seconds)
    finally:
        server.terminate()
        server.wait(timeout=30)
    return result["ok"] / result["seconds"], int(result["other"])


def _load(port: str, seconds: float) -> dict[str, Any]:
    out = subprocess.run(
        [sys.executable, "-c", _LOAD, port, str(seconds), str(CONNECTIONS), SECRET],
        capture_output=True,
        text=True,
        check=True,
        timeout=seconds + 60,
    ).stdout
    result: dict[str, Any] = json.loads(out.strip().splitlines()[-1])
    return result


def run(quick: bool) -> list[Row]:
    seconds, rounds = (2.0, 1) if quick else (3.0, 5)
    failed = 0
    with tempfile.TemporaryDirectory(prefix="fx-bench-hooks-") as tmp:

        def bare() -> float:
            return _rate("bare", seconds, Path(tmp))[0]

        def hooks() -> float:
            nonlocal failed
            rate, other = _rate("hooks", seconds, Path(tmp))
            failed += other
            return rate

        base, ours = interleave(bare, hooks, rounds)
    return [
        ratio_row(
            "webhook deliveries/s",
            baseline_label="bare Starlette route parsing the JSON",
            baseline=base,
            ours=ours,
            unit="deliveries/s",
            goal=0.8,
            better="higher",
            note=f"{rounds} rounds x {seconds:.0f} s, {CONNECTIONS} connections, uvicorn; ours: "
            f"Receiver.asgi, SQLiteDeduper on disk (claim + complete each); non-200 answers: {failed}",
        )
    ]


if __name__ == "__main__":
    for r in run("--quick" in sys.argv):
        print(r)
