"""`flexport-facade diff` speed: the spec diff of each consecutive pair of snapshots, against a deep copy
of the same two documents (one full walk of both trees, measured in the same run).

Goal: the classified diff costs at most 3 deep copies (it walks each document a few times: operations,
schema usage, rename pairing, named schemas). The griffe comparison of the generated packages, which
`diff` adds for registered versions, is reported on its own row with the same baseline.
"""

from __future__ import annotations

import copy
import functools
import statistics
import time
from collections.abc import Callable
from itertools import pairwise
from typing import Any

from flexport_facade._core import snapshots
from flexport_facade._core.versions import known_versions
from flexport_facade.releases import compare, diff_documents
from scripts.bench import Row, row

GOAL = 3.0


def _median_ms(fn: Callable[[], Any], repeat: int) -> float:
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def run(quick: bool) -> list[Row]:
    stable = [v.id for v in known_versions("logistics") if v.status == "stable"]
    docs = {v: snapshots.load_snapshot(v) for v in stable}
    repeat = 3 if quick else 9
    rows: list[Row] = []
    base_total = diff_total = 0.0
    for old, new in pairwise(stable):
        base = _median_ms(functools.partial(copy.deepcopy, (docs[old], docs[new])), repeat)
        measured = _median_ms(functools.partial(diff_documents, docs[old], docs[new]), repeat)
        base_total, diff_total = base_total + base, diff_total + measured
        note = "baseline: deepcopy of both"
        rows.append(row(f"spec diff {old} -> {new}", base, measured, GOAL, "ms", note))
    pairs = len(stable) - 1
    rows.append(row("spec diff, mean per pair", base_total / pairs, diff_total / pairs, GOAL, "ms", note))
    old, new = stable[-2], stable[-1]
    base = _median_ms(lambda: copy.deepcopy((docs[old], docs[new])), repeat)
    full = _median_ms(lambda: compare(old, new), max(1, repeat // 3))
    note = "loads both generated packages; no goal"
    rows.append(row(f"diff with griffe {old} -> {new}", base, full, None, "ms", note))
    return rows
