"""What the benchmarks serve and call: the 2026-02 spec's own product record, and a clean interpreter."""

from __future__ import annotations

import functools
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
VERSION = "2026-02"
PREFIX = f"/logistics/api/{VERSION}"
TOKEN = "bench-" + "token"  # sent only to the loopback server
CLEAN_VENV = ROOT / ".bench" / "clean-venv"
RUNTIME_DEPS = ("httpx", "attrs", "python-dateutil")  # pyproject [project].dependencies


@functools.cache
def product_record() -> dict[str, Any]:
    """An ``ApiProductResponse`` built from the snapshot's schema, checked to parse into the model."""
    from flexport_facade._core.snapshots import load_snapshot
    from flexport_facade.testing._synth import Schemas

    doc = load_snapshot(VERSION)
    record: dict[str, Any] = Schemas(doc).example_for({"$ref": "#/components/schemas/ApiProductResponse"})
    from flexport_logistics_v2026_02.models import ApiProductResponse

    model = ApiProductResponse.from_dict(record)
    # Every field typed (dates come back as +00:00 rather than Z, hence keys, not values).
    assert set(model.to_dict()) == set(record), "the synthesized record does not parse into the model"
    return record


def clean_python() -> Path:
    """A virtualenv with only the runtime dependencies (no rich/click/pygments riding along with httpx),
    and byte-code compiled, as a service's install would be. Created once under .bench/."""
    python = CLEAN_VENV / "bin" / "python"
    if not python.exists():
        shutil.rmtree(CLEAN_VENV, ignore_errors=True)
        subprocess.run([sys.executable, "-m", "venv", str(CLEAN_VENV)], check=True)
        subprocess.run(
            [
                str(python),
                "-m",
                "pip",
                "install",
                "--quiet",
                "-c",
                str(ROOT / "scripts" / "constraints.txt"),
                *RUNTIME_DEPS,
            ],
            check=True,
        )
    # The checkout has no .pyc (PYTHONDONTWRITEBYTECODE is set on these machines): compile what is timed.
    subprocess.run(
        [
            str(python),
            "-m",
            "compileall",
            "-q",
            str(ROOT / "flexport_facade"),
            str(ROOT / "generated" / "flexport_logistics_v2026_02"),
        ],
        check=True,
        env=clean_env(),
    )
    return python


def clean_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in {"PYTHONDONTWRITEBYTECODE", "PYTHONPATH"}}
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), str(ROOT / "generated")])
    return env
