"""Fault suite: `make generate` and `make specs` killed (SIGKILL, the whole process group) at random
points. After each kill every package and snapshot is complete (the old one or the new one, never a
mix), the manifest vouches for the files on disk, and the next run finishes the job and leaves no temp
files. The points come from a fixed seed, so a failure replays; a few trials keep it bounded."""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from pipeline_support import Route, SpecServer, logistics_row, make_openapi_dir, small_spec

from scripts import generate, speclib

pytestmark = pytest.mark.slow

SEED = 20261201
TRIALS = 3
A, B = "2026-02", "2025-03"
PKG_A, PKG_B = "killfix_a_v2026_02", "killfix_b_v2025_03"
REAL = ("2023-04", "2024-07", "2026-02")  # the vendor serves these repo snapshots in the specs trials


SCRIPTS = {"generate": "scripts/generate.py", "specs": "scripts/fetch_specs.py"}


def make(target: str, args: list[str], env: dict[str, str] | None = None) -> subprocess.Popen[bytes]:
    """What `make <target> ARGS=...` runs (the recipe's command), in its own process group so a kill
    takes the whole run. Not make itself: `make generate` then also rewrites the checkout's sync
    modules (scripts/unasync.py), which a kill test must never interrupt."""
    return subprocess.Popen(
        [sys.executable, SCRIPTS[target], *args],
        cwd=speclib.ROOT,
        env={**os.environ, **(env or {})},
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )


def timed(proc: subprocess.Popen[bytes]) -> tuple[float, str]:
    started = time.monotonic()
    out, _ = proc.communicate(timeout=300)
    assert proc.returncode == 0, out.decode()
    return time.monotonic() - started, out.decode()


def kill_at(proc: subprocess.Popen[bytes], seconds: float) -> None:
    try:
        proc.wait(timeout=seconds)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
    proc.communicate(timeout=60)


# -- make generate --------------------------------------------------------------------------------


def gen_args(root: Path, generated: Path) -> list[str]:
    return ["--openapi-dir", str(root / "openapi"), "--generated-dir", str(generated), "--force"]


@pytest.fixture(scope="module")
def gen_refs(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Path, float]:
    """openapi/ with the new specs, generated/ from the old ones, generated/ from the new, run time."""
    root = tmp_path_factory.mktemp("kill-gen")
    openapi = make_openapi_dir(root, [logistics_row(A, PKG_A), logistics_row(B, PKG_B)])
    for v in (A, B):
        speclib.atomic_write(openapi / "logistics" / f"{v}.json", speclib.canonical_json(small_spec(v)))
    old, new = root / "old", root / "new"
    timed(make("generate", gen_args(root, old)))
    for v in (A, B):
        doc = small_spec(v, extra_products=True)
        speclib.atomic_write(openapi / "logistics" / f"{v}.json", speclib.canonical_json(doc))
    seconds, _ = timed(make("generate", gen_args(root, new)))
    return root, old, new, seconds


@pytest.mark.parametrize("trial", range(TRIALS))
def test_killed_generate_leaves_every_package_whole(
    trial: int, gen_refs: tuple[Path, Path, Path, float], tmp_path: Path
) -> None:
    root, old, new, seconds = gen_refs
    at = random.Random(SEED + trial).uniform(0.0, seconds)
    generated = tmp_path / "generated"
    shutil.copytree(old, generated)
    kill_at(make("generate", gen_args(root, generated)), at)
    for pkg in (PKG_A, PKG_B):
        as_old = generate.diff_trees(generated / pkg, old / pkg)
        as_new = generate.diff_trees(generated / pkg, new / pkg)
        assert not as_old or not as_new, f"killed at {at:.2f}s: {pkg} is neither whole package: {as_new}"

    timed(make("generate", gen_args(root, generated)))  # the next run completes and cleans up
    assert sorted(p.name for p in generated.iterdir()) == sorted([PKG_A, PKG_B])
    for pkg in (PKG_A, PKG_B):
        assert generate.diff_trees(generated / pkg, new / pkg) == []


# -- make specs -----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def vendor() -> Iterator[SpecServer]:
    """A loopback "vendor" serving this repo's snapshots at their raw-spec URLs."""
    with SpecServer() as srv:
        for v in REAL:
            body = (speclib.OPENAPI_DIR / "logistics" / f"{v}.json").read_bytes()
            srv.routes[srv.spec_path(v)] = Route(body=body)
        yield srv


def seeded_openapi(root: Path) -> Path:
    openapi = make_openapi_dir(root, [logistics_row(v, f"pkg_{v.replace('-', '_')}") for v in REAL])
    manifest: dict[str, object] = {"versions": {}}
    for v in REAL:
        data = speclib.canonical_json(small_spec(v))
        entry = speclib.manifest_entry(
            snapshot=f"logistics/{v}.json",
            data=data,
            source_url="",
            provenance="reconstructed",
            date="2026-01-01",
            operation_count=4,
        )
        path = openapi / "logistics" / f"{v}.json"
        speclib.publish_snapshot(manifest, openapi / "MANIFEST.json", v, path, data, entry)
    return openapi


def specs_args(openapi: Path) -> list[str]:
    return ["--openapi-dir", str(openapi), "--attempts", "1", "--backoff", "0"]


@pytest.fixture(scope="module")
def specs_seconds(vendor: SpecServer, tmp_path_factory: pytest.TempPathFactory) -> float:
    openapi = seeded_openapi(tmp_path_factory.mktemp("kill-specs-ref"))
    seconds, _ = timed(make("specs", specs_args(openapi), {"FLEXPORT_SPEC_BASE_URL": vendor.base_url}))
    return seconds


@pytest.mark.parametrize("trial", range(TRIALS))
def test_killed_specs_leaves_snapshots_whole_and_the_manifest_true(
    trial: int, vendor: SpecServer, specs_seconds: float, tmp_path: Path
) -> None:
    openapi = seeded_openapi(tmp_path)
    env = {"FLEXPORT_SPEC_BASE_URL": vendor.base_url}
    at = random.Random(SEED + 100 + trial).uniform(0.0, specs_seconds)
    kill_at(make("specs", specs_args(openapi), env), at)
    manifest = json.loads((openapi / "MANIFEST.json").read_text())  # whole JSON, never half-written
    for v in REAL:
        data = (openapi / "logistics" / f"{v}.json").read_bytes()
        served = (speclib.OPENAPI_DIR / "logistics" / f"{v}.json").read_bytes()
        assert data in (speclib.canonical_json(small_spec(v)), served), f"killed at {at:.2f}s: {v} is torn"
        assert speclib.sha256_bytes(data) in speclib.vouched(manifest, v), f"killed at {at:.2f}s: {v}"

    timed(make("specs", specs_args(openapi), env))  # the next run settles and finishes
    settled = json.loads((openapi / "MANIFEST.json").read_text())
    assert "pending" not in settled
    for v in REAL:
        path = openapi / "logistics" / f"{v}.json"
        assert settled["versions"][v]["sha256"] == speclib.sha256_file(path)
        assert settled["versions"][v]["provenance"] == "fetched"
    assert not list(openapi.rglob(f"*{speclib.TMP_SUFFIX}"))
