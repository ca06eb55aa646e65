"""The facade's cost, as ratios against a baseline measured in the same run.

1. Per-call overhead: ``fx.products.get_product(...)`` against the bare generated
   ``get_product.sync(client=AuthenticatedClient(...))``, both over keep-alive loopback HTTP to the
   same server process (goal <= 1.05x).
2. Import time: ``import flexport_facade`` + pinning one version + importing one of its operations,
   against ``import httpx`` alone, each in a fresh interpreter (goal <= 2x).

Both use the facade's test fixture spec (tests/facade/spec_template.json), generated once into
.bench/overhead/, so the numbers do not move when the real snapshots change.
"""

from __future__ import annotations

import hashlib
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "tests" / "facade" / "spec_template.json"
WORK = ROOT / ".bench" / "overhead"
PACKAGE = "fxbench_v2026_02"
VERSION = "2026-02"
TOKEN = "bench-" + "token"  # sent only to the loopback server

_SERVER = r"""
import json, sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
BODY = json.dumps({"logisticsSku": "D0123456789", "name": "Mug", "merchantSku": "MUG-1"}).encode()
class H(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    wbufsize = -1  # one write per response: split header/body writes hit Nagle + delayed ACK (40 ms)
    disable_nagle_algorithm = True
    def do_GET(self):
        self.send_response(200)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(BODY)))
        self.end_headers()
        self.wfile.write(BODY)
    def log_message(self, *a):
        pass
srv = ThreadingHTTPServer(("127.0.0.1", 0), H)
print(srv.server_address[1], flush=True)
srv.serve_forever()
"""


def _prepare() -> Path:
    """Generate the fixture package (cached by the spec's hash) and a one-row registry."""
    spec = SPEC.read_text().replace("{VERSION}", VERSION)
    digest = hashlib.sha256(spec.encode()).hexdigest()[:12]
    out = WORK / digest
    if not (out / PACKAGE / "__init__.py").is_file():
        out.mkdir(parents=True, exist_ok=True)
        (out / "spec.json").write_text(spec)
        (out / "config.json").write_text(json.dumps({"package_name_override": PACKAGE}))
        bin_dir = Path(sys.executable).parent
        env = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}"}
        subprocess.run(
            [str(bin_dir / "openapi-python-client"), "generate", "--path", str(out / "spec.json"),
             "--meta", "none", "--output-path", str(out / PACKAGE), "--config", str(out / "config.json"),
             "--overwrite"],
            check=True, env=env, capture_output=True, timeout=300,
        )  # fmt: skip
    (out / "versions.toml").write_text(
        f'[[version]]\nid = "{VERSION}"\napi = "logistics"\nstatus = "stable"\nreleased = ""\n'
        f'snapshot = ""\npackage = "{PACKAGE}"\nsource_url = ""\n'
    )
    return out


def _env(out: Path) -> dict[str, str]:
    paths = [str(out), str(ROOT), os.environ.get("PYTHONPATH", "")]
    return {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(p for p in paths if p),
        "FLEXPORT_VERSIONS_FILE": str(out / "versions.toml"),
    }


def _per_call(out: Path, quick: bool) -> dict[str, Any]:
    sys.path.insert(0, str(out))
    os.environ["FLEXPORT_VERSIONS_FILE"] = str(out / "versions.toml")
    import importlib

    from flexport_facade import Flexport

    gen_client = importlib.import_module(f"{PACKAGE}.client")
    get_product = importlib.import_module(f"{PACKAGE}.api.products.get_product")

    server = subprocess.Popen([sys.executable, "-c", _SERVER], stdout=subprocess.PIPE, text=True)
    try:
        assert server.stdout is not None
        url = f"http://127.0.0.1:{int(server.stdout.readline())}"
        bare = gen_client.AuthenticatedClient(base_url=url, token=TOKEN)
        fx = Flexport(VERSION, token=TOKEN, base_url=url)
        bound = fx.products.get_product

        def run_bare(n: int) -> float:
            t = time.perf_counter()
            for _ in range(n):
                get_product.sync(logistics_sku="D0123456789", client=bare)
            return (time.perf_counter() - t) / n

        def run_fx(n: int) -> float:
            t = time.perf_counter()
            for _ in range(n):
                bound(logistics_sku="D0123456789")
            return (time.perf_counter() - t) / n

        rounds, per_round = (10, 50) if quick else (30, 200)
        run_bare(50), run_fx(50)  # warm both pools and imports
        base, meas = [], []
        for i in range(rounds):  # interleaved, alternating who goes first, so drift hits both
            pair = (run_bare, run_fx) if i % 2 == 0 else (run_fx, run_bare)
            results = {f: f(per_round) for f in pair}
            base.append(results[run_bare])
            meas.append(results[run_fx])
        fx.close()
        bare.get_httpx_client().close()
    finally:
        server.terminate()
        server.wait(timeout=10)
    # The fastest round of each: other load on the machine only ever adds time.
    b, m = min(base), min(meas)
    median_ratio = statistics.median(meas) / statistics.median(base)
    return {
        "name": "facade per-call overhead (GET, loopback)",
        "baseline": round(b * 1e6, 1),
        "measured": round(m * 1e6, 1),
        "ratio": round(m / b, 3),
        "goal": 1.05,
        "unit": "us/call",
        "note": f"best of {rounds} interleaved rounds x {per_round} calls (median ratio {median_ratio:.3f}); "
        "baseline: bare generated sync()",
    }


def _import_time(out: Path, quick: bool) -> dict[str, Any]:
    baseline_code = "import time; t=time.perf_counter(); import httpx; print(time.perf_counter()-t)"
    measured_code = (
        "import time, importlib; t=time.perf_counter()\n"
        "from flexport_facade import Flexport\n"
        f"fx = Flexport({VERSION!r}, token='bench-token')\n"
        "importlib.import_module(fx.operations[0].module)\n"
        "print(time.perf_counter()-t)"
    )
    env = _env(out)

    def sample(code: str) -> float:
        result = subprocess.run(
            [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True, timeout=60
        )
        return float(result.stdout.strip())

    runs = 5 if quick else 15
    base, meas = [], []
    for _ in range(runs):
        base.append(sample(baseline_code))
        meas.append(sample(measured_code))
    b, m = statistics.median(base), statistics.median(meas)
    return {
        "name": "import: facade + one version vs httpx",
        "baseline": round(b * 1000, 1),
        "measured": round(m * 1000, 1),
        "ratio": round(m / b, 3),
        "goal": 2.0,
        "unit": "ms",
        "note": f"median of {runs} fresh interpreters; measured includes pinning and one operation module",
    }


def run(quick: bool) -> list[dict[str, Any]]:
    out = _prepare()
    return [_per_call(out, quick), _import_time(out, quick)]


if __name__ == "__main__":
    for row in run(quick="--quick" in sys.argv):
        print(json.dumps(row))
