"""`make generate` runs do not trip over each other, and a package is never missing while replaced."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from pipeline_support import logistics_row, make_openapi_dir, small_spec

from scripts import generate, run_lock, speclib
from scripts.dir_swap import exchange, remove_tree

pytestmark = pytest.mark.slow

A, B = "2026-02", "2025-03"
PKG_A, PKG_B = "lockfix_a_v2026_02", "lockfix_b_v2025_03"


@pytest.fixture
def root(tmp_path: Path) -> Path:
    openapi = make_openapi_dir(tmp_path, [logistics_row(A, PKG_A), logistics_row(B, PKG_B)])
    for v in (A, B):
        speclib.atomic_write(openapi / "logistics" / f"{v}.json", speclib.canonical_json(small_spec(v)))
    return tmp_path


def generate_cmd(root: Path, *extra: str) -> list[str]:
    script = speclib.ROOT / "scripts" / "generate.py"
    dirs = ["--openapi-dir", str(root / "openapi"), "--generated-dir", str(root / "generated")]
    return [sys.executable, str(script), *dirs, *extra]


def test_an_overlapping_run_waits_instead_of_breaking_the_first(root: Path) -> None:
    first = subprocess.Popen(generate_cmd(root, "--force", A), stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        # Wait until the first run is mid-generation (its temp dir exists), then start the second.
        for _ in range(600):
            if list((root / "generated").glob(".tmp-*")) or first.poll() is not None:
                break
            time.sleep(0.05)
        assert first.poll() is None, "the first run ended before the second could overlap it"
        second = subprocess.run(generate_cmd(root, "--force", A), capture_output=True, text=True, check=False)
    finally:
        out, err = first.communicate(timeout=300)
    assert first.returncode == 0, out.decode() + err.decode()
    assert second.returncode == 0, second.stdout + second.stderr
    assert f"make generate: waiting for pid {first.pid} on " in second.stderr
    assert [p.name for p in (root / "generated").iterdir()] == [PKG_A]


def test_a_busy_lock_names_its_holder(root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with run_lock.hold(root / "generated", "make generate", wait=0):
        code = generate.main(generate_cmd(root, "--lock-wait", "0.2")[2:])
    assert code == 2
    err = capsys.readouterr().err
    assert f"in use by pid {os.getpid()} on " in err and "(make generate, started " in err
    assert str(root / ".generated.lock") in err


def test_leftovers_of_a_killed_run_are_swept_but_not_the_lock(root: Path) -> None:
    stale = root / "generated" / ".tmp-generate-killed"
    (stale / PKG_A).mkdir(parents=True)
    old = time.time() - 60
    os.utime(stale, (old, old))
    assert generate.main(generate_cmd(root, A)[2:]) == 0
    assert [p.name for p in (root / "generated").iterdir()] == [PKG_A]
    assert (root / ".generated.lock").exists()  # beside generated/, so it never ships in the wheel


_watch: dict[str, object] = {}


def _audit(event: str, args: tuple[object, ...]) -> None:
    target = _watch.get("target")
    if isinstance(target, Path) and event in ("os.rename", "os.remove", "os.rmdir", "shutil.rmtree"):
        seen = _watch.setdefault("seen", [])
        assert isinstance(seen, list)
        seen.append((event, (target / "__init__.py").exists()))


sys.addaudithook(_audit)


@pytest.mark.skipif(not sys.platform.startswith(("linux", "darwin")), reason="needs an exchange syscall")
def test_swap_never_leaves_the_package_missing(tmp_path: Path) -> None:
    target = tmp_path / "generated" / "pkg"
    target.mkdir(parents=True)
    (target / "__init__.py").write_text("v = 0\n")
    probe_a, probe_b = tmp_path / "probe_a", tmp_path / "probe_b"
    probe_a.mkdir(), probe_b.mkdir()
    if not exchange(probe_a, probe_b):
        pytest.skip("this filesystem cannot exchange directories")
    missing = []
    stop = threading.Event()

    def watch() -> None:  # a reader polling as fast as it can, in parallel with the swaps
        while not stop.is_set():
            if not (target / "__init__.py").exists():
                missing.append(time.monotonic())

    reader = threading.Thread(target=watch)
    reader.start()
    _watch["target"] = target
    try:
        for i in range(1, 201):
            work = tmp_path / f"work{i}"
            (work / "pkg").mkdir(parents=True)
            (work / "pkg" / "__init__.py").write_text(f"v = {i}\n")
            generate.swap_in(work / "pkg", target, work)
            shutil.rmtree(work)
    finally:
        _watch.pop("target")
        stop.set()
        reader.join()
    seen = _watch.pop("seen", [])
    assert seen and all(present for _, present in seen), seen  # at every rename and removal
    assert missing == []
    assert (target / "__init__.py").read_text() == "v = 200\n"


def test_a_replaced_package_is_removed_whole_but_not_what_a_link_in_it_points_to(tmp_path: Path) -> None:
    old = tmp_path / "work" / "pkg.previous"
    for i in range(40):
        (old / "api" / f"tag{i % 4}").mkdir(parents=True, exist_ok=True)
        (old / "api" / f"tag{i % 4}" / f"op{i}.py").write_text("x = 1\n")
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "keep.txt").write_text("mine\n")
    (old / "to_dir").symlink_to(outside, target_is_directory=True)
    (old / "to_file").symlink_to(outside / "keep.txt")
    remove_tree(old)
    assert not old.exists()
    assert (outside / "keep.txt").read_text() == "mine\n"
    remove_tree(tmp_path / "never-there")  # like shutil.rmtree(ignore_errors=True): no error
