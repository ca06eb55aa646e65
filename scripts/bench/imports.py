"""Import cost of one endpoint module of one generated version, against `import httpx, attrs`.

Both are timed inside fresh interpreters (median of several), so interpreter start-up is left out
and the ratio shows what the generated package itself adds. Goal: ratio <= 1.5 (lazy models).
"""

from __future__ import annotations

import json
import os

from flexport_facade._core.versions import load_registry
from scripts import speclib
from scripts.bench import Row, fresh_python_seconds, row

GOAL = 1.5


def _timed(statement: str) -> str:
    return f"import time\nt = time.perf_counter()\n{statement}\nprint(time.perf_counter() - t)\n"


def pick_package() -> tuple[str, str, int] | None:
    """The generated package with the most models, and one endpoint module of it."""
    best: tuple[int, str, str] | None = None
    for version in load_registry():
        pkg = speclib.GENERATED_DIR / version.package
        index = pkg / "operations.json"
        if not index.exists():
            continue
        ops = json.loads(index.read_text(encoding="utf-8"))["operations"]
        models = len(list((pkg / "models").glob("*.py"))) - 1
        if ops and (best is None or models > best[0]):
            op = ops[0]
            best = (models, version.id, f"{version.package}.api.{op['tag']}.{op['function']}")
    return None if best is None else (best[1], best[2], best[0])


def run(quick: bool) -> list[Row]:
    picked = pick_package()
    if picked is None:
        return [
            row("import one endpoint module", 0.0, 0.0, GOAL, "ms", "no generated package; make generate")
        ]
    version, module, models = picked
    repeat = 5 if quick else 15
    env = {**os.environ, "PYTHONPATH": str(speclib.GENERATED_DIR)}
    baseline = fresh_python_seconds(_timed("import httpx, attrs"), repeat, env) * 1000
    endpoint = fresh_python_seconds(_timed(f"import {module}"), repeat, env) * 1000
    package = module.split(".")[0]
    eager = fresh_python_seconds(_timed(f"from {package}.models import *"), repeat, env) * 1000
    return [
        row(
            f"import one endpoint module ({version})",
            baseline,
            endpoint,
            GOAL,
            "ms",
            f"baseline: import httpx, attrs; {module}",
        ),
        row(
            f"import every model ({version})",
            baseline,
            eager,
            None,
            "ms",
            f"what an eager models/__init__ costs ({models} models)",
        ),
    ]
