"""Import + construct of one pinned client, now and at a reference commit, each against `import httpx`.

The typed layer is stubs (``facade.pyi``, ``_typed_versions.pyi``): a user who pins one version must
pay nothing for it at run time. "before" runs the same statement on the files of ``BENCH_BEFORE``
(default: where this branch left main, ``git merge-base HEAD main``), unpacked with ``git archive``
into a temp dir; the three statements are sampled in turn, each in a fresh interpreter, so a busy
machine slows them alike. The module count is exact.
Goal: now / before <= 1.1 in time, and no extra module imported.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from scripts import speclib
from scripts.bench._measure import Row, ratio_row

VERSION = "2026-02"
STATEMENT = f'from flexport_facade import Flexport\nFlexport("{VERSION}", token="bench").close()'
TIMED = "import time\nt = time.perf_counter()\n{body}\nprint(time.perf_counter() - t)\n"
COUNTED = "import sys\nseen = set(sys.modules)\n{body}\nprint(len(set(sys.modules) - seen))\n"


def _sample(code: str, root: Path) -> float:
    """One fresh interpreter started in ``root`` with ``root`` first on the path (``python -c`` puts
    the working directory first, so the checkout's flexport_facade would shadow an unpacked one)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("FLEXPORT_")}
    env["PYTHONPATH"] = os.pathsep.join([str(root), str(root / "generated")])
    cmd = [sys.executable, "-c", code]
    out = subprocess.run(cmd, capture_output=True, text=True, check=True, env=env, cwd=root).stdout
    return float(out.strip().splitlines()[-1])


def _unpack(ref: str, into: Path) -> str | None:
    """The facade, generated/ and the registry of ``ref`` under ``into``; an error text when impossible."""
    paths = ["flexport_facade", "generated", "openapi/versions.toml"]
    try:
        archive = subprocess.run(
            ["git", "archive", "--format=tar", ref, *paths], cwd=speclib.ROOT, capture_output=True, check=True
        ).stdout
        subprocess.run(["tar", "-x", "-C", str(into)], input=archive, capture_output=True, check=True)
    except (OSError, subprocess.CalledProcessError) as exc:
        return f"cannot unpack {ref}: {exc}"
    return None


def _default_ref() -> str:
    """The commit this branch started from on main (main itself when that cannot be told)."""
    proc = subprocess.run(
        ["git", "merge-base", "HEAD", "main"], cwd=speclib.ROOT, capture_output=True, text=True, check=False
    )
    return proc.stdout.strip()[:12] if proc.returncode == 0 and proc.stdout.strip() else "main"


def run(quick: bool) -> list[Row]:
    rounds = 5 if quick else 15
    ref = os.environ.get("BENCH_BEFORE") or _default_ref()
    work = Path(tempfile.mkdtemp(prefix="flexport-bench-before-"))
    try:
        problem = _unpack(ref, work)
        if problem:
            nan = [float("nan")]
            return [ratio_row(f"import + construct, now vs {ref}", baseline_label=ref, baseline=nan,
                              ours=nan, unit="ms", goal=None, note=problem)]  # fmt: skip
        httpx_ms: list[float] = []
        now_ms: list[float] = []
        before_ms: list[float] = []
        for i in range(rounds):  # rotate the order every round
            runs = [(httpx_ms, "import httpx", speclib.ROOT), (now_ms, STATEMENT, speclib.ROOT)]
            runs.append((before_ms, STATEMENT, work))
            for samples, body, root in runs[i % 3 :] + runs[: i % 3]:
                samples.append(_sample(TIMED.format(body=body), root) * 1000)
        now_modules = _sample(COUNTED.format(body=STATEMENT), speclib.ROOT)
        before_modules = _sample(COUNTED.format(body=STATEMENT), work)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    name = f"import + construct Flexport({VERSION!r})"
    return [
        ratio_row(name, baseline_label="import httpx", baseline=httpx_ms, ours=now_ms, unit="ms", goal=None,
                  note="this checkout"),
        ratio_row(f"{name} at {ref}", baseline_label="import httpx", baseline=httpx_ms, ours=before_ms,
                  unit="ms", goal=None, note=f"before ({ref})"),
        ratio_row(f"{name}: now / {ref}", baseline_label=ref, baseline=before_ms, ours=now_ms, unit="ms",
                  goal=1.1, note="the typed layer is stubs: no run-time cost"),
        ratio_row(f"modules it imports: now / {ref}", baseline_label=ref, baseline=[before_modules],
                  ours=[now_modules], unit="modules", goal=1.0, note="exact count"),
    ]  # fmt: skip
