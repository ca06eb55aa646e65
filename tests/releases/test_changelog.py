"""openapi/changes/<version>.md: committed, reproducible, and written by `make specs` for an update."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from typing import Any

import pytest
from specs import base, edited, schema

from flexport_facade._core import snapshots
from flexport_facade._core.versions import known_versions
from flexport_facade.releases import _changelog as changelog
from flexport_facade.releases._compare import compare_sources
from flexport_facade.releases._loading import SpecSource
from flexport_facade.releases._render import as_markdown

LOGISTICS = list(known_versions("logistics"))


@pytest.mark.parametrize("version", [v for v in LOGISTICS if changelog.predecessor(v)], ids=lambda v: v.id)
def test_committed_changes_are_what_the_snapshots_give(version: changelog.ApiVersion) -> None:
    """`make changes` reproduces every committed file byte for byte (else: run it and commit)."""
    old = changelog.predecessor(version)
    assert old is not None
    root = snapshots.openapi_dir()
    committed = changelog.changes_path(root, version)
    assert committed.is_file(), f"{committed} missing: run `make changes`"
    report = changelog.release_report(old, version, root)
    assert committed.read_text(encoding="utf-8") == changelog.render_changes(old, version, report), (
        f"{committed} is stale: run `make changes`"
    )


def test_predecessors_follow_the_registry() -> None:
    ids = {v.id: (p.id if (p := changelog.predecessor(v)) else None) for v in LOGISTICS}
    assert ids["2023-04"] is None
    assert ids["2023-07"] == "2023-04" and ids["2026-02"] == "2025-03"
    assert ids["unstable"] == "2026-02"  # the newest stable release


def test_make_specs_writes_the_changes_of_an_updated_version(tmp_path: Path) -> None:
    """The end-of-run step of scripts/fetch_specs.py, on a two-version registry."""
    from flexport_facade._core.versions import load_registry
    from scripts import fetch_specs

    openapi = tmp_path / "openapi"
    (openapi / "logistics").mkdir(parents=True)
    rows = []
    for version in ("2025-03", "2026-02"):
        rows.append(
            f'[[version]]\nid = "{version}"\napi = "logistics"\nstatus = "stable"\nreleased = "{version}"\n'
            f'snapshot = "logistics/{version}.json"\npackage = "pkg_{version[:4]}"\nsource_url = ""\n'
        )
    (openapi / "versions.toml").write_text("\n".join(rows), encoding="utf-8")
    (openapi / "logistics" / "2025-03.json").write_text(json.dumps(base("2025-03")), encoding="utf-8")

    def drop(d: dict[str, object]) -> None:
        del schema(d, "OrderShippedEvent")["properties"]["carrier"]

    (openapi / "logistics" / "2026-02.json").write_text(json.dumps(edited(drop, "2026-02")), encoding="utf-8")
    registry = load_registry(openapi / "versions.toml")
    fetch_specs.write_release_changes([r for r in registry if r.id == "2026-02"], openapi)
    written = (openapi / "changes" / "2026-02.md").read_text(encoding="utf-8")
    assert "## 2026-02: changes from 2025-03" in written
    assert "**1 breaking**" in written and "field `carrier` removed" in written
    assert not (openapi / "changes" / "2025-03.md").exists()  # nothing before it to compare with


def _pipeline_support() -> Any:
    path = Path(__file__).resolve().parents[1] / "pipeline" / "pipeline_support.py"
    spec = importlib.util.spec_from_file_location("pipeline_support_for_changes", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def test_make_specs_end_to_end_against_a_local_server(tmp_path: Path, capsys: Any) -> None:
    """scripts/fetch_specs.py downloads an updated 2026-02 and ends with its changes file."""
    from scripts import fetch_specs

    support = _pipeline_support()
    openapi = support.make_openapi_dir(
        tmp_path, [support.logistics_row("2025-03", "pkg_b"), support.logistics_row("2026-02", "pkg_a")]
    )
    (openapi / "logistics" / "2025-03.json").write_text(json.dumps(base("2025-03")), encoding="utf-8")

    def add_event(d: dict[str, Any]) -> None:
        d["x-webhooks"]["Order.Delivered"] = d["x-webhooks"]["Order.Shipped"]

    with support.SpecServer() as server:
        for version, doc in (("2025-03", base("2025-03")), ("2026-02", edited(add_event, "2026-02"))):
            server.routes[server.spec_path(version)] = support.Route(body=json.dumps(doc).encode())
        argv = ["--openapi-dir", str(openapi), "--base-url", server.base_url, "--attempts", "1"]
        assert fetch_specs.main(argv) == 0
    out = capsys.readouterr().out
    assert "2026-02    changes    changes/2026-02.md  2025-03 -> 2026-02: 0 breaking, 1 non-breaking" in out
    text = (openapi / "changes" / "2026-02.md").read_text(encoding="utf-8")
    assert "- **event Order.Delivered**\n  - event type added" in text
    assert not (openapi / "changes" / "2025-03.md").exists()


def test_markdown_of_no_change_says_so() -> None:
    report = compare_sources(SpecSource("a", base()), SpecSource("b", base()), python=False)
    assert as_markdown(report).endswith("No changes.\n")
