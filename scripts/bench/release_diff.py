"""`flexport-facade diff` speed: the spec diff of each consecutive pair of snapshots, against a deep copy
of the same two documents (one full walk of both trees, measured in the same run).

Goal: the classified diff costs at most 3 deep copies (it walks each document a few times: operations,
schema usage, rename pairing, named schemas). The griffe comparison of the generated packages, which
`diff` adds for registered versions, is reported on its own row with the same baseline.
"""

from __future__ import annotations

import copy
import functools
import time
from collections.abc import Callable
from itertools import pairwise
from typing import Any

from flexport_facade._core import snapshots
from flexport_facade._core.versions import known_versions
from flexport_facade.releases import compare, diff_documents
from scripts.bench._measure import Row, interleave, ratio_row

GOAL = 3.0


def _ms(fn: Callable[[], Any]) -> Callable[[], float]:
    def once() -> float:
        start = time.perf_counter()
        fn()
        return (time.perf_counter() - start) * 1000

    return once


def run(quick: bool) -> list[Row]:
    stable = [v.id for v in known_versions("logistics") if v.status == "stable"]
    docs = {v: snapshots.load_snapshot(v) for v in stable}
    rounds = 3 if quick else 9
    rows: list[Row] = []
    all_base: list[float] = []
    all_diff: list[float] = []
    label = "copy.deepcopy of both documents"
    for old, new in pairwise(stable):
        base, measured = interleave(
            _ms(functools.partial(copy.deepcopy, (docs[old], docs[new]))),
            _ms(functools.partial(diff_documents, docs[old], docs[new])),
            rounds,
        )
        all_base += base
        all_diff += measured
        rows.append(
            ratio_row(
                f"spec diff {old} -> {new}",
                baseline_label=label,
                baseline=base,
                ours=measured,
                unit="ms",
                goal=GOAL,
            )
        )
    rows.append(
        ratio_row(
            "spec diff, every pair",
            baseline_label=label,
            baseline=all_base,
            ours=all_diff,
            unit="ms",
            goal=GOAL,
            note="medians over every pair's samples",
        )
    )
    old, new = stable[-2], stable[-1]
    base, full = interleave(
        _ms(lambda: copy.deepcopy((docs[old], docs[new]))),
        _ms(lambda: compare(old, new)),
        max(1, rounds // 3),
    )
    rows.append(
        ratio_row(
            f"diff with griffe {old} -> {new}",
            baseline_label=label,
            baseline=base,
            ours=full,
            unit="ms",
            goal=None,
            note="loads both generated packages; no goal",
        )
    )
    return rows
