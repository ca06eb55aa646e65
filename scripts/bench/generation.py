"""`make generate` speed: a full regeneration of every version and a no-op rerun.

Runs scripts/generate.py into a temp dir (generated/ is not touched). The goals are absolute
(no-op <= 2 s, full <= 60 s on 2 cores); the ratio is measured / goal.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from flexport_facade._core.versions import load_registry
from scripts import speclib
from scripts.bench import Row, row

SCRIPT = speclib.ROOT / "scripts" / "generate.py"


def _seconds(*args: str) -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, str(SCRIPT), *args], capture_output=True, check=False)
    return time.perf_counter() - started


def run(quick: bool) -> list[Row]:
    cores = len(os.sched_getaffinity(0))
    with tempfile.TemporaryDirectory(prefix="bench-generate-") as tmp:
        out = str(Path(tmp) / "generated")
        full = _seconds("--generated-dir", out, "--force")
        noop = _seconds("--generated-dir", out)
    snapshots = sum(1 for v in load_registry() if (speclib.OPENAPI_DIR / v.snapshot).exists())
    return [
        row(
            "generate: full regeneration",
            60.0,
            full,
            1.0,
            "s",
            f"every version with a snapshot, {cores} cores; baseline = goal",
        ),
        row(
            "generate: no-op rerun",
            2.0,
            noop,
            1.0,
            "s",
            f"stamps match; baseline = goal; {snapshots} versions",
        ),
    ]
