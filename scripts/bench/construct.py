"""Import + construct of one pinned client, now and at a reference commit, against `import httpx`.

The typed layer is stubs (``facade.pyi``, ``_typed_versions.pyi``): a user who pins one version must
pay nothing for it at run time. "before" times the same statement on the files of ``BENCH_BEFORE``
(default: ``main``), unpacked with ``git archive`` into a temp dir, in the same run; each figure is a
median over fresh interpreters. Goal: the ratio does not grow (after <= before * 1.1).
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from scripts import speclib
from scripts.bench import Row, row

VERSION = "2026-02"
STATEMENT = f'from flexport_facade import Flexport\nFlexport("{VERSION}", token="bench").close()'


def _timed(statement: str) -> str:
    return f"import time\nt = time.perf_counter()\n{statement}\nprint(time.perf_counter() - t)\n"


def _sample(code: str, root: Path) -> float:
    """One fresh interpreter started in ``root``: ``python -c`` puts the working directory first on
    sys.path, so the checkout's own flexport_facade would otherwise shadow the unpacked one."""
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=_env(root), cwd=root
    ).stdout
    return float(out.strip().splitlines()[-1])


def _env(root: Path) -> dict[str, str]:
    """An interpreter that imports the facade and generated/ from ``root`` before the installed copy."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("FLEXPORT_")}
    return {**env, "PYTHONPATH": os.pathsep.join([str(root), str(root / "generated")])}


def _unpack(ref: str, into: Path) -> str | None:
    """The facade, generated/ and the registry of ``ref`` under ``into``; an error text when impossible."""
    paths = ["flexport_facade", "generated", "openapi/versions.toml"]
    try:
        archive = subprocess.run(
            ["git", "archive", "--format=tar", ref, *paths],
            cwd=speclib.ROOT,
            capture_output=True,
            check=True,
        ).stdout
        subprocess.run(["tar", "-x", "-C", str(into)], input=archive, capture_output=True, check=True)
    except (OSError, subprocess.CalledProcessError) as exc:
        return f"cannot unpack {ref}: {exc}"
    return None


def _modules(statement: str) -> str:
    return f"import sys\nbefore = set(sys.modules)\n{statement}\nprint(len(set(sys.modules) - before))\n"


def run(quick: bool) -> list[Row]:
    repeat = 5 if quick else 15
    ref = os.environ.get("BENCH_BEFORE", "main")
    work = Path(tempfile.mkdtemp(prefix="flexport-bench-before-"))
    try:
        problem = _unpack(ref, work)
        roots = [speclib.ROOT] if problem else [speclib.ROOT, work]
        baseline, *timed = _alternating_pair(roots, repeat)
        counts = [_sample(_modules(STATEMENT), r) for r in roots]
    finally:
        shutil.rmtree(work, ignore_errors=True)
    after, before = timed[0], (timed[1] if len(timed) > 1 else float("nan"))
    name = f"import + construct Flexport({VERSION!r})"
    rows = [
        row(name, baseline, after, None, "ms", "this checkout; baseline: import httpx (same run)"),
        row(
            f"{name} at {ref}",
            baseline,
            before,
            None,
            "ms",
            problem or f"before; after/before = {after / before:.2f} (goal <= 1.1)",
        ),
    ]
    if len(counts) == 2:
        rows.append(
            row(
                "modules imported by it, now vs " + ref,
                counts[1],
                counts[0],
                1.0,
                "modules",
                "deterministic: the stubs add no run-time import",
            )
        )
    return rows


def _alternating_pair(roots: list[Path], repeat: int) -> list[float]:
    """[import httpx, statement at each root] in milliseconds, sampled in turn."""
    codes = [_timed("import httpx"), *(_timed(STATEMENT) for _ in roots)]
    samples: list[list[float]] = [[] for _ in codes]
    for _ in range(repeat):
        samples[0].append(_sample(codes[0], roots[0]))
        for i, root in enumerate(roots, start=1):
            samples[i].append(_sample(codes[i], root))
    return [statistics.median(s) * 1000 for s in samples]
