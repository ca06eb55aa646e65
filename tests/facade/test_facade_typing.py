"""The typed path: mypy checks the arguments and the result of ``fx.call(op.sync_detailed, ...)``."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

SNIPPET = """
from flexport_facade import AsyncFlexport, Flexport
from fxtest_v2026_02.api.products import get_product

fx = Flexport("2026-02", token="t")
product = fx.call(get_product.sync_detailed, logistics_sku="D1", client=fx.client)
reveal_type(product)
raw = fx.call_raw(get_product.sync_detailed, logistics_sku="D1", client=fx.client)
reveal_type(raw.parsed)
from fxtest_v2026_02.models import Product
assert isinstance(product, Product)
print(product.name.upper())
fx.call(get_product.sync_detailed, logistics_sku=123, client=fx.client)
fx.call(get_product.sync_detailed, sku="D1", client=fx.client)

async def main(afx: AsyncFlexport) -> None:
    reveal_type(await afx.call(get_product.asyncio_detailed, logistics_sku="D1", client=afx.client))
"""


@pytest.mark.slow
def test_mypy_checks_arguments_and_result(generated_root: Path, tmp_path: Path) -> None:
    (tmp_path / "snippet.py").write_text(SNIPPET)
    env = {**os.environ, "MYPYPATH": str(generated_root)}
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--follow-imports=silent",
         "--cache-dir", str(tmp_path / "cache"), str(tmp_path / "snippet.py")],
        env=env, capture_output=True, text=True, timeout=300, cwd=Path(__file__).parents[2],
    )  # fmt: skip
    out = result.stdout
    lines = [line.split(": ", 1)[1] for line in out.splitlines() if ": " in line and "snippet.py" in line]
    # The generated union, kept whole (mypy cannot subtract None from it); narrowed with isinstance.
    union = "fxtest_v2026_02.models.problem.Problem | fxtest_v2026_02.models.product.Product | None"
    assert sum(f'Revealed type is "{union}"' in line for line in lines) == 3, out
    assert any('Argument "logistics_sku"' in line and '"int"' in line for line in lines), out
    assert any('Unexpected keyword argument "sku"' in line for line in lines), out
    assert "Found 2 errors in 1 file" in out, out  # and nothing else: narrowing works
