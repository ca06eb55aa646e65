"""`flexport-facade diff` on versions and on spec files: text, --json, --markdown, --fail-on."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml
from specs import base, edited, schema

from flexport_facade.cli import main

CHANGE_KEYS = {
    "kind",
    "severity",
    "operation",
    "schema",
    "event",
    "location",
    "side",
    "old",
    "new",
    "python",
    "message",
}


def drop_weight(d: dict[str, Any]) -> None:
    del schema(d, "Product")["properties"]["weight"]
    schema(d, "Product")["properties"]["name"]["example"] = "Teapot"


@pytest.fixture
def pair(tmp_path: Path) -> tuple[Path, Path]:
    """The old spec as JSON, the new one as YAML (a freshly downloaded spec, not registered)."""
    old, new = tmp_path / "old.json", tmp_path / "new.yaml"
    old.write_text(json.dumps(base()), encoding="utf-8")
    new.write_text(yaml.safe_dump(edited(drop_weight)), encoding="utf-8")
    return old, new


def test_json_output_has_the_documented_shape(pair: tuple[Path, Path], capsys: Any) -> None:
    assert main(["diff", str(pair[0]), str(pair[1]), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert set(out) == {"schema_version", "old", "new", "summary", "skipped", "changes"}
    assert out["schema_version"] == 1
    assert out["summary"] == {"breaking": 1, "non-breaking": 0, "note": 1}
    assert out["skipped"] == ["generated Python API not compared: a spec file has no generated package"]
    first, second = out["changes"]  # breaking first
    assert set(first) == CHANGE_KEYS
    assert first | {"message": ""} == {
        "kind": "property-removed",
        "severity": "breaking",
        "operation": None,
        "schema": "Product",
        "event": None,
        "location": "/components/schemas/Product/properties/weight",
        "side": "old",
        "old": "weight",
        "new": None,
        "python": "models.Product.weight",
        "message": "",
    }
    assert (second["kind"], second["severity"], second["old"], second["new"]) == (
        "example-changed",
        "note",
        "Mug",
        "Teapot",
    )


def test_fail_on_breaking_exits_1(pair: tuple[Path, Path], capsys: Any) -> None:
    assert main(["diff", str(pair[0]), str(pair[1]), "--fail-on", "breaking"]) == 1
    assert main(["diff", str(pair[1]), str(pair[0]), "--fail-on", "breaking"]) == 0  # weight added back
    capsys.readouterr()


def test_text_groups_breaking_first_with_locations(pair: tuple[Path, Path], capsys: Any) -> None:
    assert main(["diff", str(pair[0]), str(pair[1])]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"{pair[0]} -> {pair[1]}: 1 breaking, 0 non-breaking, 1 notes\n")
    assert out.index("Breaking:") < out.index("Notes:")
    assert (
        "  schema Product\n    - field `weight` removed  [property-removed] /components/schemas/Product"
        in out
    )


def test_markdown_for_a_pull_request(pair: tuple[Path, Path], capsys: Any) -> None:
    assert main(["diff", str(pair[0]), str(pair[1]), "--markdown", "--no-notes"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("## API changes ")
    assert "**1 breaking**, 0 non-breaking, 0 notes." in out
    assert "### Breaking\n\n- **schema Product**\n  - field `weight` removed" in out
    assert "### Notes" not in out


def test_registered_versions_and_files_mix(tmp_path: Path, capsys: Any) -> None:
    from flexport_facade._core import snapshots

    copy = tmp_path / "2026-02-download.json"
    copy.write_text(json.dumps(snapshots.load_snapshot("2026-02")), encoding="utf-8")
    assert main(["diff", "2026-02", str(copy), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["changes"] == []


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "invalid JSON"),
        ("[1, 2]", "not an OpenAPI document (top level is list)"),
        ('{"openapi": "3.0.3"}', "no `paths` or webhooks"),
    ],
)
def test_a_bad_spec_file_is_a_clear_error(tmp_path: Path, capsys: Any, content: str, message: str) -> None:
    bad = tmp_path / "spec"
    bad.write_text(content, encoding="utf-8")
    assert main(["diff", str(bad), "2026-02"]) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and message in captured.err and str(bad) in captured.err


def test_a_missing_spec_file_is_named(capsys: Any) -> None:
    assert main(["diff", "nowhere/spec.json", "2026-02"]) == 2
    assert "nowhere/spec.json: no such file" in capsys.readouterr().err
