"""`make generate` speed, as ratios against a baseline measured interleaved in the same run.

- one version generated: ``generate.py --force 2026-02`` vs a bare openapi-python-client run on the
  same spec with the same config (its ruff post hooks included) and templates: what our pipeline
  (stamps, lint, overlay, index, swap) adds to the generator itself.
- no-op `make generate`: every stamp matches, vs ``python -c "import yaml"`` (an interpreter that
  loads one library): what deciding "nothing to do" costs.
- full regeneration: ``generate.py --force`` (every version, in parallel) vs the bare generator run over
  every version one after another: what a fresh checkout's first `make generate` costs.

Everything runs in temp dirs; generated/ is only read (copied for the no-op row).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from scripts import speclib
from scripts.bench._measure import Row, interleave, ratio_row

SCRIPT = speclib.ROOT / "scripts" / "generate.py"
VERSION = "2026-02"
GENERATOR = speclib.ROOT / "scripts" / "generator"


# Both sides find the venv's tools (the generator's ruff post hooks) as `make bench` does, even when the
# bench is started as `.venv/bin/python -m scripts.bench` with the venv's bin/ not on PATH: without
# ruff the bare run skips its formatting and the ratio reads worse than it is.
_ENV = {**os.environ, "PATH": os.pathsep.join([str(Path(sys.executable).parent), os.environ.get("PATH", "")])}


def _wall(cmd: list[str]) -> Callable[[], float]:
    def once() -> float:
        started = time.perf_counter()
        proc = subprocess.run(cmd, capture_output=True, check=False, cwd=speclib.ROOT, env=_ENV)
        elapsed = time.perf_counter() - started
        if proc.returncode != 0:
            raise RuntimeError(f"{' '.join(cmd)} failed: {proc.stderr.decode()[-800:]}")
        return elapsed

    return once


def _bare_generator(spec: Path, target: Path) -> float:
    """Seconds of one plain openapi-python-client run on ``spec`` (our config and templates)."""
    cmd = [sys.executable, "-m", "openapi_python_client", "generate", "--path", str(spec)]
    cmd += ["--meta", "none", "--output-path", str(target), "--config", str(GENERATOR / "config.yaml")]
    cmd += ["--custom-template-path", str(GENERATOR / "templates")]
    return _wall(cmd)()


def one_version_row(tmp: Path, rounds: int) -> Row:
    spec = speclib.OPENAPI_DIR / "logistics" / f"{VERSION}.json"
    out = tmp / "one" / "generated"
    counter = iter(range(1_000_000))

    def bare() -> float:
        return _bare_generator(spec, tmp / "bare" / str(next(counter)))

    ours = _wall([sys.executable, str(SCRIPT), "--generated-dir", str(out), "--force", VERSION])
    ours()  # the first run creates the package; the measured ones replace it, as a real rerun does
    base, mine = interleave(bare, ours, rounds)
    return ratio_row(
        f"one version generated ({VERSION})",
        baseline_label="bare openapi-python-client, same spec/config/templates",
        baseline=base,
        ours=mine,
        unit="s",
        goal=1.1,
        note="ours = generate.py --force <version>: lint, overlay, generator, one ruff pass, index, swap",
    )


def noop_row(tmp: Path, rounds: int) -> Row:
    generated = tmp / "noop" / "generated"
    shutil.copytree(speclib.GENERATED_DIR, generated, ignore=shutil.ignore_patterns("__pycache__"))
    ours = _wall([sys.executable, str(SCRIPT), "--generated-dir", str(generated)])
    ours()  # if generated/ is stale, this regenerates the copy; every measured run is then a no-op
    base, mine = interleave(_wall([sys.executable, "-c", "import yaml"]), ours, rounds)
    return ratio_row(
        "no-op `make generate`",
        baseline_label='python -c "import yaml"',
        baseline=[b * 1000 for b in base],
        ours=[m * 1000 for m in mine],
        unit="ms",
        goal=3.0,
        note="fresh interpreters, start-up included on both sides; every stamp matches",
    )


def full_row(tmp: Path) -> Row:
    cores = len(os.sched_getaffinity(0))
    # The raw snapshots (ours applies each overlay first; the bare generator reads them as they are).
    specs = sorted((speclib.OPENAPI_DIR / "logistics").glob("*.json"))
    specs.append(speclib.OPENAPI_DIR / "legacy" / "v1.yaml")
    counter = iter(range(1_000_000))

    def bare() -> float:
        n = next(counter)
        return sum(_bare_generator(spec, tmp / "bare-all" / str(n) / spec.stem) for spec in specs)

    def ours() -> float:
        return _wall(
            [
                sys.executable,
                str(SCRIPT),
                "--generated-dir",
                str(tmp / "full" / str(next(counter))),
                "--force",
            ]
        )()

    base, mine = interleave(bare, ours, 2)
    return ratio_row(
        "full regeneration",
        baseline_label=f"bare openapi-python-client, the {len(specs)} specs one after another",
        baseline=base,
        ours=mine,
        unit="s",
        goal=1.0,
        note=f"ours = generate.py --force: every version, {cores} cores, into an empty directory",
    )


def run(quick: bool) -> list[Row]:
    with tempfile.TemporaryDirectory(prefix="bench-generate-") as name:
        tmp = Path(name)
        rows = [one_version_row(tmp, 3 if quick else 5), noop_row(tmp, 7 if quick else 15)]
        if not quick:
            rows.append(full_row(tmp))
        return rows
