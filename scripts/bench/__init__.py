"""Benchmarks for `make bench`: every module here defining ``run(quick: bool) -> list[dict]``.

Rows come from ``_measure.ratio_row`` (ours / baseline, interleaved, medians with min-max); ``row``
below is the older single-number form. ``_server`` is the loopback server, ``_fixtures`` the 2026-02
record and the clean virtualenv the import rows run in.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
from typing import Any

Row = dict[str, Any]


def row(name: str, baseline: float, measured: float, goal: float | None, unit: str, note: str = "") -> Row:
    return {
        "name": name,
        "baseline": baseline,
        "measured": measured,
        "ratio": measured / baseline if baseline else float("nan"),
        "goal": goal,
        "unit": unit,
        "note": note,
    }


def fresh_python_seconds(code: str, repeat: int, env: dict[str, str] | None = None) -> float:
    """Median over ``repeat`` fresh interpreters of the time ``code`` prints (seconds, as a float)."""
    samples = []
    for _ in range(repeat):
        out = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env
        ).stdout
        samples.append(float(out.strip().splitlines()[-1]))
    return statistics.median(samples)
