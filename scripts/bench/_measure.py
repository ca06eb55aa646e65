"""Interleaved A/B measurement: both sides measured in the same run, alternately, reported as medians.

A B A B ... with the order flipped every round, so drift on a busy 2-core machine (another process, CPU
frequency, a warm cache) falls on both sides alike. A row quotes each side's median with its min-max and
the ratio of medians, plus the range of the per-round ratios; ``met`` compares that ratio with the goal.
"""

from __future__ import annotations

import statistics
from collections.abc import Callable
from typing import Any

Row = dict[str, Any]


def interleave(
    baseline: Callable[[], float], ours: Callable[[], float], rounds: int
) -> tuple[list[float], list[float]]:
    """``rounds`` samples of each callable (one measured quantity each), alternating who goes first."""
    base: list[float] = []
    mine: list[float] = []
    for i in range(rounds):
        if i % 2 == 0:
            base.append(baseline())
            mine.append(ours())
        else:
            mine.append(ours())
            base.append(baseline())
    return base, mine


def _spread(values: list[float]) -> list[float]:
    return [min(values), max(values)]


def ratio_row(
    name: str,
    *,
    baseline_label: str,
    baseline: list[float],
    ours: list[float],
    unit: str,
    goal: float | None,
    better: str = "lower",
    note: str = "",
) -> Row:
    """One table row: ours / baseline of medians. ``better`` says which way the goal points."""
    b, m = statistics.median(baseline), statistics.median(ours)
    ratio = m / b if b else float("nan")
    per_round = [o / x for o, x in zip(ours, baseline, strict=True) if x]
    met = None
    if goal is not None and b:
        met = ratio <= goal if better == "lower" else ratio >= goal
    return {
        "name": name,
        "baseline_label": baseline_label,
        "unit": unit,
        "baseline": b,
        "baseline_range": _spread(baseline),
        "measured": m,
        "measured_range": _spread(ours),
        "ratio": ratio,
        "ratio_range": _spread(per_round) if per_round else None,
        "goal": None if goal is None else f"{'<=' if better == 'lower' else '>='} {goal}",
        "met": met,
        "samples": len(ours),
        "note": note,
    }
