"""How busy and how fast the machine was while `make bench` ran, printed under the table and kept in
bench.json. A ratio whose baseline is measured in the same run cancels the machine out; a ratio
against a fixed bound (pages x latency / 8) does not, and neither does a shared VM whose neighbours
take CPU time (``steal``). These figures let a reader compare two runs.

- ``probe_ms``: a fixed pure-Python loop, timed before and after the run (lower is faster).
- ``load_1min``: the 1-minute load average before and after.
- ``busy_pct`` / ``steal_pct``: of all CPU time during the run, what was not idle, and what the
  hypervisor gave to other guests (``/proc/stat``, Linux only; absent elsewhere).
"""

from __future__ import annotations

import os
import platform
import time
from pathlib import Path
from typing import Any

PROC_STAT = Path("/proc/stat")
_PROBE_N = 300_000


def probe_ms() -> float:
    """The best of three timings of one fixed loop, in ms."""
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        total = 0
        for i in range(_PROBE_N):
            total += i * i % 7
        best = min(best, time.perf_counter() - start)
    return best * 1000


def cpu_ticks(text: str | None = None) -> dict[str, int] | None:
    """The aggregate ``cpu`` line of /proc/stat as named tick counts (None where there is none)."""
    if text is None:
        if not PROC_STAT.is_file():
            return None
        text = PROC_STAT.read_text(encoding="ascii")
    for line in text.splitlines():
        fields = line.split()
        if fields and fields[0] == "cpu":
            names = ("user", "nice", "system", "idle", "iowait", "irq", "softirq", "steal")
            return dict(zip(names, (int(v) for v in fields[1:9]), strict=False))
    return None


def snapshot() -> dict[str, Any]:
    load = round(os.getloadavg()[0], 2) if hasattr(os, "getloadavg") else None
    return {"probe_ms": probe_ms(), "load": load, "ticks": cpu_ticks()}


def report(before: dict[str, Any], after: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {
        "cpus": os.cpu_count(),
        "python": platform.python_version(),
        "probe_ms": [round(before["probe_ms"], 1), round(after["probe_ms"], 1)],
        "load_1min": [before["load"], after["load"]],
    }
    if before["ticks"] and after["ticks"]:
        spent = {k: after["ticks"][k] - before["ticks"].get(k, 0) for k in after["ticks"]}
        total = sum(spent.values())
        if total > 0:
            out["busy_pct"] = round(100 * (total - spent["idle"] - spent.get("iowait", 0)) / total, 1)
            out["steal_pct"] = round(100 * spent.get("steal", 0) / total, 1)
    return out


def describe(machine: dict[str, Any]) -> str:
    """One line for under the table."""
    probe, load = machine["probe_ms"], machine["load_1min"]
    parts = [f"{machine['cpus']} CPUs, Python {machine['python']}"]
    parts.append(f"speed probe {probe[0]:.1f} -> {probe[1]:.1f} ms (lower is faster)")
    if load[0] is not None:
        parts.append(f"load {load[0]:.2f} -> {load[1]:.2f}")
    if "busy_pct" in machine:
        parts.append(f"CPU busy {machine['busy_pct']}%, stolen by other guests {machine['steal_pct']}%")
    return "machine: " + "; ".join(parts)
