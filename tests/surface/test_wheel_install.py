"""The built wheel in a fresh virtualenv, as a service would install it: first alone, then with
[testing] beside a service pin one minor version older than ours (uvicorn), and a small integration.

Uses the machine's package index and cache (pip's own configuration), nothing else.
"""

from __future__ import annotations

import re
import subprocess
import sys
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LOCK = ROOT / "scripts" / "constraints.txt"

INTEGRATION = """
import json, subprocess, sys
from pathlib import Path
import flexport_facade
from flexport_facade import Flexport, VersionError
from flexport_facade.testing import run_simulator
import uvicorn

assert "site-packages" in flexport_facade.__file__, flexport_facade.__file__  # the wheel, not the checkout
try:
    Flexport(version="2025-04", token="t")
except VersionError as exc:
    assert "make " not in str(exc) and "pip install --upgrade flexport-facade" in str(exc), exc
address = {"address1": "1 Main St", "city": "Reno", "provinceCode": "NV", "zip": "89502", "countryCode": "US"}
with run_simulator("2026-02") as sim, Flexport(version="2026-02", token=sim.token, base_url=sim.url) as fx:
    sku = fx.products.create_product(body={"name": "Mug", "merchantSku": "MUG-1"}).logistics_sku
    sim.receive_inbound({sku: 5})
    lines = [{"logisticsSku": sku, "quantity": 1}]
    order = fx.orders.create_order(body={"externalOrderId": "W-1", "address": address, "lineItems": lines})
    sim.advance_clock(hours=1)
    status = fx.request("GET", f"/orders/{order.id}").json()["state"]["fulfillmentStatus"]
cli = Path(sys.executable).with_name("flexport-facade")
ops = json.loads(subprocess.run([str(cli), "operations", "2026-02", "--json"], capture_output=True, text=True,
                                check=True).stdout)
print("OK", uvicorn.__version__, status, len(ops))
"""


def one_minor_older(package: str) -> str:
    """``uvicorn==0.54.0`` in the lock -> ``uvicorn==0.53.*``."""
    found = re.search(rf"^{package}==(\d+)\.(\d+)\.", LOCK.read_text(), re.M)
    assert found, f"{package} is not in {LOCK}"
    major, minor = int(found.group(1)), int(found.group(2))
    assert minor > 0
    return f"{package}=={major}.{minor - 1}.*"


def pip(python: Path, *args: str) -> None:
    done = subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", *args],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]


@pytest.mark.slow
def test_wheel_installs_beside_an_older_uvicorn_and_runs(tmp_path: Path) -> None:
    # The facade and the one version this service pins: two distributions (scripts/build_dists.py).
    built = subprocess.run(
        [
            sys.executable,
            str(ROOT / "scripts" / "build_dists.py"),
            "--only",
            "2026-02",
            "--out",
            str(tmp_path / "dist"),
        ],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert built.returncode == 0, built.stderr[-3000:]
    (wheel,) = (tmp_path / "dist").glob("flexport_facade-*.whl")
    (pinned,) = (tmp_path / "dist").glob("flexport_logistics_v2026_02-*.whl")
    venv.create(tmp_path / "env", with_pip=True)
    python = tmp_path / "env" / "bin" / "python"

    pip(python, str(wheel), str(pinned))  # the clients alone: no simulator dependencies
    bare = subprocess.run(
        [str(python), "-c", "import flexport_facade.testing"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert bare.returncode == 1
    assert "pip install 'flexport-facade[testing]'" in bare.stderr.strip().splitlines()[-1]

    older = one_minor_older("uvicorn")
    pip(python, older, f"{wheel}[testing]")  # a service's pin and our extra, resolved together
    done = subprocess.run(
        [str(python), "-c", INTEGRATION],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    ok, version, status, operations = done.stdout.split()
    assert ok == "OK" and version.startswith(older.split("==")[1].rstrip("*"))
    assert status == "SHIPPED" and int(operations) > 50
