"""`make bench`: run every benchmark module in scripts/bench/ and print one table.

    python -m scripts.bench [--quick] [name ...]

Every row is ours / baseline, both measured in the same run and interleaved (scripts/bench/_measure.py);
the table goes to stdout and, as JSON, to bench.json (git-ignored) for comparison between runs, with how
busy and how fast the machine was meanwhile (scripts/bench/_machine.py). Each
module runs in a fresh interpreter (as pyperf runs each benchmark in worker processes): what an earlier
module imported or left on the heap (griffe's loaded packages, the generator, the simulator) would make
every garbage collection of the next one slower, a cost of the bench and not of what it measures.
"""

from __future__ import annotations

import argparse
import importlib
import json
import math
import pkgutil
import subprocess
import sys
import tempfile
import traceback
from pathlib import Path

from scripts import bench, speclib
from scripts.bench import _machine
from scripts.bench._measure import Row


def _num(value: float) -> str:
    return "-" if math.isnan(value) else f"{value:.3g}" if abs(value) < 1000 else f"{value:.0f}"


def _cell(row: Row, key: str) -> str:
    value = row.get(key)
    if value is None:
        return "-"
    if isinstance(value, float):
        spread = row.get(f"{key}_range")
        return _num(value) + (f" [{_num(spread[0])}-{_num(spread[1])}]" if spread else "")
    return str(value)


def table(rows: list[Row]) -> str:
    """One line per row: ours / baseline, medians with [min-max], the goal and whether it is met."""
    cols = ["name", "baseline_label", "baseline", "measured", "unit", "ratio", "goal", "met"]
    heads = ["row", "baseline", "baseline median", "ours median", "unit", "ratio", "goal", "met"]
    cells = [heads] + [[_cell(r, c) if c != "met" else {True: "yes", False: "NO", None: "-"}[r.get("met")]
                        for c in cols] for r in rows]  # fmt: skip
    widths = [max(len(line[i]) for line in cells) for i in range(len(cols))]
    lines = ["  ".join(c.ljust(w) for c, w in zip(line, widths, strict=True)).rstrip() for line in cells]
    lines.insert(1, "-" * len(lines[0]))
    return "\n".join(lines)


def _isolated(name: str, quick: bool) -> list[Row]:
    """The rows of one module, measured in a child interpreter (``--one``)."""
    with tempfile.TemporaryDirectory(prefix="fx-bench-") as tmp:
        out = Path(tmp) / "rows.json"
        cmd = [sys.executable, "-m", bench.__name__, "--one", name, "--rows-to", str(out)]
        done = subprocess.run(cmd + (["--quick"] if quick else []), cwd=speclib.ROOT, check=False)
        if done.returncode != 0 or not out.is_file():
            raise RuntimeError(f"benchmark {name} exited with {done.returncode} (its traceback is above)")
        rows: list[Row] = json.loads(out.read_text(encoding="utf-8"))
        return rows


def _one(name: str, quick: bool, rows_to: Path) -> int:
    module = importlib.import_module(f"{bench.__name__}.{name}")
    rows_to.write_text(json.dumps(module.run(quick)), encoding="utf-8")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m scripts.bench", description=__doc__)
    parser.add_argument("names", nargs="*", help="benchmark modules to run (default: all)")
    parser.add_argument("--quick", action="store_true", help="fewer repetitions, smaller workloads")
    parser.add_argument("--one", help=argparse.SUPPRESS)  # the child interpreter of one module
    parser.add_argument("--rows-to", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.one:
        return _one(args.one, args.quick, args.rows_to)
    modules = sorted(m.name for m in pkgutil.iter_modules(bench.__path__) if not m.name.startswith("_"))
    unknown = set(args.names) - set(modules)
    if unknown:
        parser.error(f"unknown benchmark(s) {', '.join(sorted(unknown))}; have {', '.join(modules)}")
    rows: list[Row] = []
    failed: list[str] = []
    before = _machine.snapshot()
    for name in modules:
        if args.names and name not in args.names:
            continue
        print(f"running {name} ...", file=sys.stderr, flush=True)
        try:
            rows.extend(_isolated(name, args.quick))
        except Exception:  # one broken benchmark must not discard the rows the others measured
            traceback.print_exc()
            failed.append(name)
            rows.append({"name": f"{name}: FAILED (traceback above)", "met": False})
    machine = _machine.report(before, _machine.snapshot())
    print(table(rows))
    print(_machine.describe(machine))
    out = speclib.ROOT / "bench.json"  # git-ignored; compare two runs by diffing their bench.json
    speclib.atomic_write(
        Path(out),
        speclib.canonical_json({"quick": args.quick, "rows": rows, "failed": failed, "machine": machine}),
    )
    print(f"wrote {out.relative_to(speclib.ROOT)}", file=sys.stderr)
    if failed:
        print(f"benchmark(s) failed: {', '.join(failed)}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
