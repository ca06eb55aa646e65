"""Benchmarks for `make bench`: every module here defining ``run(quick: bool) -> list[dict]``.

Each row: name, baseline, measured, ratio, goal, unit, note. Timings are compared with a baseline
measured in the same run, so results travel between machines as ratios.
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
