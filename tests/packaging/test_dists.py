"""One distribution per generated version: a service that pins 2026-02 installs two wheels, not ten versions.

Builds the facade wheel and the 2026-02 wheel with scripts/build_dists.py, installs them into a fresh
virtualenv (runtime dependencies from the package index, pinned by scripts/constraints.txt), and uses
them there as a service would.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.slow

USE = textwrap.dedent(
    """
    import importlib.util, json
    import httpx
    from flexport_facade import Flexport, VersionError

    def answer(request):
        assert request.url.path == "/logistics/api/2026-02/products/D1"
        return httpx.Response(200, json={"logisticsSku": "D1", "merchantSku": "M1", "name": "Mug",
                                         "barcodes": [], "dimsLocked": False})

    fx = Flexport(version="2026-02", token="wheel-test-token", transport=httpx.MockTransport(answer))
    product = fx.products.get_product(logistics_sku="D1")
    try:
        Flexport(version="2025-03", token="wheel-test-token")
        missing = None
    except VersionError as exc:
        missing = str(exc)
    others = [p for p in ("flexport_logistics_v2025_03", "flexport_logistics_unstable", "flexport_v1")
              if importlib.util.find_spec(p) is not None]
    print(json.dumps({"type": type(product).__name__, "name": product.name, "missing": missing,
                      "others": others}))
    """
)


@pytest.fixture(scope="module")
def wheels(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "build_dists.py"), "--only", "2026-02", "--out", str(out)],
        check=True, capture_output=True, timeout=300,
    )  # fmt: skip
    return sorted(out.glob("*.whl"))


def test_the_facade_wheel_carries_no_generated_version(wheels: list[Path]) -> None:
    names = {w.name.split("-")[0] for w in wheels}
    assert names == {"flexport_facade", "flexport_logistics_v2026_02"}
    facade = next(w for w in wheels if w.name.startswith("flexport_facade-"))
    tops = {n.split("/")[0] for n in zipfile.ZipFile(facade).namelist()}
    assert not any(t.startswith("flexport_logistics") or t == "flexport_v1" for t in tops), tops
    version = next(w for w in wheels if w.name.startswith("flexport_logistics_v2026_02-"))
    files = zipfile.ZipFile(version).namelist()
    assert "flexport_logistics_v2026_02/operations.json" in files
    assert {n.split("/")[0] for n in files} == {
        "flexport_logistics_v2026_02",
        "-".join(version.name.split("-")[:2]) + ".dist-info",
    }


def test_a_service_installs_the_facade_and_one_version(wheels: list[Path], tmp_path: Path) -> None:
    venv = tmp_path / "service"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=120)
    python = venv / "bin" / "python"
    subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", "-c", str(ROOT / "scripts" / "constraints.txt"),
         *map(str, wheels)],
        check=True, capture_output=True, timeout=600,
    )  # fmt: skip
    result = subprocess.run(
        [str(python), "-c", USE], check=True, capture_output=True, text=True, timeout=120, cwd=tmp_path
    )
    import json

    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen["type"] == "ApiProductResponse" and seen["name"] == "Mug"
    assert seen["others"] == []
    assert "flexport-logistics-v2025-03" in seen["missing"] and "pip install" in seen["missing"]
