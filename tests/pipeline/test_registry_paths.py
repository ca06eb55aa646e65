"""A versions.toml row cannot point `make specs` or `make generate` outside openapi/ or generated/."""

from __future__ import annotations

from pathlib import Path

import pytest
from pipeline_support import logistics_row, make_openapi_dir

from flexport_facade import VersionError
from flexport_facade._core.versions import load_registry
from scripts import fetch_specs, generate

BAD = {
    "snapshot-dotdot": ("snapshot", "../outside/2026-02.json"),
    "snapshot-nested-dotdot": ("snapshot", "logistics/../../outside.json"),
    "snapshot-absolute": ("snapshot", "/tmp/outside.json"),
    "package-dotdot": ("package", "../outside"),
    "package-absolute": ("package", "/tmp/outside_pkg"),
    "package-nested": ("package", "pkg/sub"),
}


@pytest.mark.parametrize("case", sorted(BAD))
def test_escaping_row_is_refused_when_the_registry_loads(case: str, tmp_path: Path) -> None:
    field, value = BAD[case]
    row = logistics_row("2026-02", "pkg_a") | {field: value}
    openapi = make_openapi_dir(tmp_path / "repo", [logistics_row("2025-03", "pkg_b"), row])
    with pytest.raises(VersionError) as info:
        load_registry(openapi / "versions.toml")
    message = str(info.value)
    assert "version '2026-02'" in message and f"{field} = {value!r}" in message
    assert "must be" in message  # and says what it must be


@pytest.mark.parametrize("case", ["snapshot-dotdot", "package-dotdot"])
def test_make_specs_and_generate_refuse_it_and_write_nothing(
    case: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    field, value = BAD[case]
    root = tmp_path / "repo"
    openapi = make_openapi_dir(root, [logistics_row("2026-02", "pkg_a") | {field: value}])
    before = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*"))
    argv = ["--openapi-dir", str(openapi), "--base-url", "http://127.0.0.1:9", "--attempts", "1"]
    assert fetch_specs.main(argv) == 2
    assert generate.main(["--openapi-dir", str(openapi), "--generated-dir", str(root / "generated")]) == 2
    err = capsys.readouterr().err
    assert err.count(f"{field} = {value!r} must be") == 2
    assert sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*")) == before


def test_the_real_registry_loads() -> None:
    assert len(load_registry()) >= 10
