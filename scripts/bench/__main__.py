"""`make bench`: run every benchmark module in scripts/bench/ and print one table.

    python -m scripts.bench [--quick] [name ...]

Results also go to .bench/results.json (git-ignored) for comparison between runs.
"""

from __future__ import annotations

import argparse
import importlib
import math
import pkgutil
import sys
from pathlib import Path

from scripts import bench, speclib
from scripts.bench import Row


def _fmt(value: object) -> str:
    if isinstance(value, float):
        return "-" if math.isnan(value) else f"{value:.3g}" if abs(value) < 1000 else f"{value:.0f}"
    return "-" if value is None else str(value)


def table(rows: list[Row]) -> str:
    cols = ["name", "baseline", "measured", "ratio", "goal", "unit", "note"]
    cells = [cols] + [[_fmt(r.get(c)) for c in cols] for r in rows]
    widths = [max(len(line[i]) for line in cells) for i in range(len(cols))]
    lines = ["  ".join(c.ljust(w) for c, w in zip(line, widths, strict=True)).rstrip() for line in cells]
    lines.insert(1, "-" * len(lines[0]))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m scripts.bench", description=__doc__)
    parser.add_argument("names", nargs="*", help="benchmark modules to run (default: all)")
    parser.add_argument("--quick", action="store_true", help="fewer repetitions, smaller workloads")
    args = parser.parse_args(argv)
    modules = sorted(m.name for m in pkgutil.iter_modules(bench.__path__) if not m.name.startswith("_"))
    unknown = set(args.names) - set(modules)
    if unknown:
        parser.error(f"unknown benchmark(s) {', '.join(sorted(unknown))}; have {', '.join(modules)}")
    rows: list[Row] = []
    for name in modules:
        if args.names and name not in args.names:
            continue
        module = importlib.import_module(f"{bench.__name__}.{name}")
        print(f"running {name} ...", file=sys.stderr, flush=True)
        rows.extend(module.run(args.quick))
    print(table(rows))
    out = speclib.ROOT / ".bench" / "results.json"
    speclib.atomic_write(Path(out), speclib.canonical_json({"quick": args.quick, "rows": rows}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
