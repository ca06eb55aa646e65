"""The command line: the registry with provenance, and what changed between two releases."""

from __future__ import annotations

from typing import Any

from flexport_facade.cli import main


def test_versions_lists_every_registered_version_with_its_provenance(capsys: Any) -> None:
    assert main(["versions"]) == 0
    out = capsys.readouterr().out
    for version in ("2023-04", "2026-02", "unstable", "v1"):
        assert version in out
    assert "reconstructed" in out and "authored" in out


def test_diff_names_added_operations_and_event_types(capsys: Any) -> None:
    assert main(["diff", "2023-04", "2023-07", "--no-python"]) == 0
    out = capsys.readouterr().out
    assert "operation GET /products/inventory/all\n    - operation added" in out
    assert "operation POST /parcels/cancel\n    - operation added" in out
    assert main(["diff", "2025-03", "2026-02", "--no-python"]) == 0
    out = capsys.readouterr().out
    assert "operation added" not in out and "operation removed" not in out
    assert "event Order.PickingStarted\n    - event type added" in out


def test_unknown_version_is_a_clear_error(capsys: Any) -> None:
    assert main(["diff", "2025-03", "2099-01"]) == 2
    assert "unknown API version '2099-01'" in capsys.readouterr().err


def test_diff_refuses_versions_of_different_apis(capsys: Any) -> None:
    for old, new in (("v1", "2026-02"), ("2026-02", "v1")):
        assert main(["diff", old, new]) == 2
        captured = capsys.readouterr()
        assert captured.out == ""  # no bogus "+N -M operations" report
        assert f"cannot diff {old!r}" in captured.err and "must belong to the same API" in captured.err
        assert "openapi/versions.toml" in captured.err
