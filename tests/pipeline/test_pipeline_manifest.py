"""MANIFEST.json stays true to the snapshots on disk, even when a `make specs` run dies half-way."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pipeline_support import Route, SpecServer, logistics_row, make_openapi_dir, small_spec

from scripts import fetch_specs, run_lock, speclib

A, B = "2026-02", "2025-03"


@pytest.fixture
def server() -> Iterator[SpecServer]:
    with SpecServer() as srv:
        for v in (A, B):
            srv.routes[srv.spec_path(v)] = Route(body=json.dumps(small_spec(v, extra_products=True)).encode())
        yield srv


@pytest.fixture
def openapi(tmp_path: Path) -> Path:
    openapi = make_openapi_dir(tmp_path, [logistics_row(A, "pkg_a"), logistics_row(B, "pkg_b")])
    manifest: dict[str, Any] = {"versions": {}}
    for v in (A, B):
        data = speclib.canonical_json(small_spec(v))
        entry = speclib.manifest_entry(
            snapshot=f"logistics/{v}.json",
            data=data,
            source_url="",
            provenance="reconstructed",
            date="2026-01-01",
            operation_count=4,
        )
        speclib.publish_snapshot(manifest, openapi / "MANIFEST.json", v, snapshot(openapi, v), data, entry)
    return openapi


def snapshot(openapi: Path, version: str) -> Path:
    return openapi / "logistics" / f"{version}.json"


def manifest(openapi: Path) -> dict[str, Any]:
    return dict(json.loads((openapi / "MANIFEST.json").read_text()))


def fetch(openapi: Path, server: SpecServer) -> int:
    argv = ["--openapi-dir", str(openapi), "--base-url", server.base_url, "--attempts", "1", "--backoff", "0"]
    return fetch_specs.main(argv)


class Killed(BaseException):
    """Stands in for SIGKILL at one exact point (the fault suite kills real processes at random ones)."""


def test_a_run_killed_after_one_version_leaves_its_manifest_entry_current(
    openapi: Path, server: SpecServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = fetch_specs.fetch_one
    calls = []

    def dies_on_second(*args: Any, **kwargs: Any) -> tuple[dict[str, Any], bytes]:
        calls.append(args[2])
        if len(calls) == 2:
            raise Killed
        return real(*args, **kwargs)

    monkeypatch.setattr(fetch_specs, "fetch_one", dies_on_second)
    with pytest.raises(Killed):
        fetch(openapi, server)
    first = calls[0]
    served = speclib.canonical_json(small_spec(first, extra_products=True))
    assert snapshot(openapi, first).read_bytes() == served
    assert manifest(openapi)["versions"][first]["sha256"] == speclib.sha256_file(snapshot(openapi, first))


@pytest.mark.parametrize("renamed", [False, True], ids=["before-rename", "after-rename"])
def test_a_kill_between_manifest_and_snapshot_is_vouched_for_then_settled(
    renamed: bool, openapi: Path, server: SpecServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_write = speclib.atomic_write

    def dies_writing_the_snapshot(path: Path, data: bytes, mode: int = 0o644) -> None:
        if path.name != "MANIFEST.json":
            if renamed:
                real_write(path, data, mode)
            raise Killed
        real_write(path, data, mode)

    monkeypatch.setattr(speclib, "atomic_write", dies_writing_the_snapshot)
    with pytest.raises(Killed):
        fetch(openapi, server)
    monkeypatch.undo()
    left = manifest(openapi)
    for v in (A, B):  # at the instant of the kill, the manifest vouches for whatever is on disk
        assert speclib.sha256_file(snapshot(openapi, v)) in speclib.vouched(left, v)
    assert left.get("pending")

    assert fetch(openapi, server) == 0  # the next run settles it, then fetches as usual
    settled = manifest(openapi)
    assert "pending" not in settled
    for v in (A, B):
        assert settled["versions"][v]["sha256"] == speclib.sha256_file(snapshot(openapi, v))


def test_temp_files_of_a_killed_write_are_removed_by_the_next_run(openapi: Path, server: SpecServer) -> None:
    leftover = openapi / "logistics" / f".{A}.json.k1ll3d{speclib.TMP_SUFFIX}"
    leftover.write_bytes(b"x" * 100_000)  # a full-size temp file a kill inside atomic_write leaves
    old = leftover.stat().st_mtime - 60
    os.utime(leftover, (old, old))
    stray_manifest = openapi / f".MANIFEST.json.k1ll3d{speclib.TMP_SUFFIX}"
    stray_manifest.write_bytes(b"{")
    os.utime(stray_manifest, (old, old))
    assert fetch(openapi, server) == 0
    assert not list(openapi.rglob(f"*{speclib.TMP_SUFFIX}"))


def test_a_snapshot_changed_behind_the_manifest_is_rehashed_and_flagged(
    openapi: Path, server: SpecServer, capsys: pytest.CaptureFixture[str]
) -> None:
    edited = small_spec(A)
    edited["info"]["title"] = "edited by hand"
    snapshot(openapi, A).write_bytes(speclib.canonical_json(edited))
    server.routes[server.spec_path(A)] = Route(500, b"")  # so the run cannot simply overwrite it
    assert fetch(openapi, server) == 1
    assert "MANIFEST.json disagreed with logistics/2026-02.json" in capsys.readouterr().out
    entry = manifest(openapi)["versions"][A]
    assert entry["sha256"] == speclib.sha256_file(snapshot(openapi, A)) and entry["repaired"] is True


def test_a_second_run_waits_for_the_lock_and_names_the_holder(
    openapi: Path, server: SpecServer, capsys: pytest.CaptureFixture[str]
) -> None:
    with run_lock.hold(openapi, "make specs", wait=0):
        argv = ["--openapi-dir", str(openapi), "--base-url", server.base_url, "--lock-wait", "0.3"]
        assert fetch_specs.main(argv) == 2
    err = capsys.readouterr().err
    assert f"is in use by pid {os.getpid()} on " in err and "(make specs, started " in err
    assert "--lock-wait SECONDS" in err
    assert fetch(openapi, server) == 0  # released: the next run proceeds
