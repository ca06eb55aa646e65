"""`make specs` (scripts/fetch_specs.py) against a local HTTP server."""

from __future__ import annotations

import datetime as dt
import json
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from pipeline_support import Route, SpecServer, logistics_row, make_openapi_dir, small_spec

from scripts import fetch_specs, speclib

V = "2026-02"


@pytest.fixture
def server() -> Iterator[SpecServer]:
    with SpecServer() as srv:
        yield srv


@pytest.fixture
def openapi(tmp_path: Path) -> Path:
    rows = [logistics_row(V, "pkg_a"), logistics_row("2025-03", "pkg_b")]
    rows.append(
        {"id": "v1", "api": "v1", "status": "legacy", "released": "", "snapshot": "legacy/v1.yaml"}
        | {"package": "pkg_v1", "source_url": ""}
    )
    return make_openapi_dir(tmp_path, rows)


def run(openapi: Path, server: SpecServer, *versions: str, timeout: float = 2.0) -> int:
    argv = ["--openapi-dir", str(openapi), "--base-url", server.base_url, "--timeout", str(timeout)]
    return fetch_specs.main([*argv, "--attempts", "2", "--backoff", "0", *versions])


def seed(openapi: Path, version: str, doc: dict[str, object]) -> None:
    """An existing snapshot and manifest entry, as `make reconstruct` would leave them."""
    data = speclib.canonical_json(doc)
    speclib.atomic_write(openapi / "logistics" / f"{version}.json", data)
    manifest = speclib.read_manifest(openapi / "MANIFEST.json")
    manifest["versions"][version] = speclib.manifest_entry(
        snapshot=f"logistics/{version}.json",
        data=data,
        source_url="",
        provenance="reconstructed",
        date="2026-01-01",
        operation_count=len(speclib.operations(doc)),
    )
    speclib.write_manifest(manifest, openapi / "MANIFEST.json")


def serve(server: SpecServer, version: str, doc: object, content_type: str = "application/json") -> None:
    server.routes[server.spec_path(version)] = Route(body=json.dumps(doc).encode(), content_type=content_type)


def test_good_spec_is_stored_canonically_and_recorded(
    openapi: Path, server: SpecServer, capsys: pytest.CaptureFixture[str]
) -> None:
    doc = small_spec(V)
    serve(server, V, doc)
    assert run(openapi, server, V) == 0
    snapshot = openapi / "logistics" / f"{V}.json"
    assert snapshot.read_bytes() == speclib.canonical_json(doc)
    entry = json.loads((openapi / "MANIFEST.json").read_text())["versions"][V]
    assert entry == {
        "snapshot": f"logistics/{V}.json",
        "sha256": speclib.sha256_file(snapshot),
        "source_url": f"{server.base_url}/logistics/api/{V}/documentation/raw",
        "provenance": "fetched",
        "date": dt.date.today().isoformat(),
        "operations": 4,
    }
    assert f"{V}    updated    +4 -0 operations (4 in all)" in capsys.readouterr().out


def test_unchanged_rerun_touches_nothing(
    openapi: Path, server: SpecServer, capsys: pytest.CaptureFixture[str]
) -> None:
    serve(server, V, small_spec(V))
    assert run(openapi, server, V) == 0
    files = [openapi / "logistics" / f"{V}.json", openapi / "MANIFEST.json"]
    before = [(p.read_bytes(), p.stat().st_mtime_ns) for p in files]
    capsys.readouterr()
    assert run(openapi, server, V) == 0
    assert [(p.read_bytes(), p.stat().st_mtime_ns) for p in files] == before
    assert f"{V}    unchanged  4 operations" in capsys.readouterr().out


def test_changed_spec_reports_added_and_removed_operations(
    openapi: Path, server: SpecServer, capsys: pytest.CaptureFixture[str]
) -> None:
    seed(openapi, V, small_spec(V))
    changed = small_spec(V, extra_products=True)  # + DELETE /products/{productId}
    del changed["paths"][f"/logistics/api/{V}/events"]  # - GET /events
    serve(server, V, changed)
    assert run(openapi, server, V) == 0
    assert f"{V}    updated    +1 -1 operations (4 in all)" in capsys.readouterr().out
    entry = json.loads((openapi / "MANIFEST.json").read_text())["versions"][V]
    assert entry["provenance"] == "fetched"
    assert entry["sha256"] == speclib.sha256_bytes(speclib.canonical_json(changed))


def test_yaml_answer_is_stored_as_canonical_json(openapi: Path, server: SpecServer) -> None:
    doc = small_spec(V)
    server.routes[server.spec_path(V)] = Route(
        body=yaml.safe_dump(doc).encode(), content_type="application/yaml"
    )
    assert run(openapi, server, V) == 0
    assert (openapi / "logistics" / f"{V}.json").read_bytes() == speclib.canonical_json(doc)


def _truncated() -> Route:
    return Route(body=json.dumps(small_spec(V)).encode()[:500])


FAILURES = {
    "404": (Route(404, b'{"error": "not found"}'), "HTTP 404"),
    "500": (Route(500, b"oops", "text/plain"), "HTTP 500"),
    "timeout": (Route(delay=3.0, body=b"{}"), "timed out after 0.3s"),
    "html": (
        Route(200, b"<!DOCTYPE html><html><body>Maintenance</body></html>", "text/html"),
        "an HTML page",
    ),
    "truncated": (_truncated(), "invalid JSON"),
    "other-version": (Route(body=json.dumps(small_spec("2025-03")).encode()), "paths are not under"),
    "not-openapi": (Route(body=b'{"swagger": "2.0", "paths": {}}'), "not an OpenAPI 3 document"),
    "invalid": (Route(body=json.dumps({"openapi": "3.0.3", "paths": {}}).encode()), "invalid OpenAPI"),
}


@pytest.mark.parametrize("case", sorted(FAILURES))
def test_failed_version_keeps_snapshot_and_manifest(
    case: str, openapi: Path, server: SpecServer, capsys: pytest.CaptureFixture[str]
) -> None:
    route, reason = FAILURES[case]
    seed(openapi, V, small_spec(V))
    files = [openapi / "logistics" / f"{V}.json", openapi / "MANIFEST.json"]
    before = [(p.read_bytes(), p.stat().st_mtime_ns) for p in files]
    server.routes[server.spec_path(V)] = route
    assert run(openapi, server, V, timeout=0.3) == 1
    captured = capsys.readouterr()
    line = next(ln for ln in captured.out.splitlines() if ln.startswith(V))
    assert "failed" in line and reason in line
    assert f"failed for {V};" in captured.err
    assert [(p.read_bytes(), p.stat().st_mtime_ns) for p in files] == before
    assert not list((openapi / "logistics").glob(".*.tmp"))


def test_server_errors_are_retried_but_not_found_is_not(openapi: Path, server: SpecServer) -> None:
    server.routes[server.spec_path(V)] = Route(503, b"busy", "text/plain")
    assert run(openapi, server, V, "2025-03") == 1
    assert server.hits[server.spec_path(V)] == 2  # --attempts 2
    assert server.hits[server.spec_path("2025-03")] == 1  # 404: retrying would not help


def test_one_failure_leaves_others_updated(
    openapi: Path, server: SpecServer, capsys: pytest.CaptureFixture[str]
) -> None:
    seed(openapi, "2025-03", small_spec("2025-03"))
    entry_before = json.loads((openapi / "MANIFEST.json").read_text())["versions"]["2025-03"]
    serve(server, V, small_spec(V))
    server.routes[server.spec_path("2025-03")] = Route(500, b"")
    assert run(openapi, server) == 1
    versions = json.loads((openapi / "MANIFEST.json").read_text())["versions"]
    assert versions["2025-03"] == entry_before
    assert versions[V]["provenance"] == "fetched"
    out = capsys.readouterr().out
    assert "v1         skipped    no published spec" in out
    assert not (openapi / "legacy").exists()


def test_unreachable_host_fails_clearly_and_fast(openapi: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with socket.socket() as s:  # a port nothing listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    argv = ["--openapi-dir", str(openapi), "--base-url", f"http://127.0.0.1:{port}", "--backoff", "0"]
    assert fetch_specs.main(argv) == 1
    out = capsys.readouterr().out
    assert "cannot connect" in out
    assert "not retried" in out  # the second version does not wait through its retries again
    assert not (openapi / "MANIFEST.json").exists()


def test_discover_reports_answering_ids_and_adds_none(
    openapi: Path, server: SpecServer, capsys: pytest.CaptureFixture[str]
) -> None:
    registry = (openapi / "versions.toml").read_bytes()
    serve(server, "2026-08", small_spec("2026-08"))
    argv = ["--openapi-dir", str(openapi), "--base-url", server.base_url, "--discover", "--attempts", "1"]
    assert fetch_specs.main(argv) == 0
    out = capsys.readouterr().out
    assert "2026-05    no answer  HTTP 404" in out
    assert "2026-08    ANSWERS    valid OpenAPI, 4 operations" in out
    assert "new version(s) 2026-08" in out
    assert set(server.hits) == {server.spec_path(v) for v in ("2026-05", "2026-08", "2026-11", "2027-02")}
    assert (openapi / "versions.toml").read_bytes() == registry
    assert not (openapi / "logistics" / "2026-08.json").exists()


def test_next_quarters_roll_over_the_year() -> None:
    assert fetch_specs.next_quarters("2025-11", 3) == ["2026-02", "2026-05", "2026-08"]
