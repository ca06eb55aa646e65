"""`flexport-facade upgrade-check` on a fixture project that uses a renamed model and a removed field."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path
from typing import Any

from flexport_facade.cli import main

PROJECT = Path(__file__).parent / "fixture_project"


def expected(path: Path) -> dict[int, str]:
    """line -> what the `# expect:` marker on it says."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return {n: m.group(1) for n, line in enumerate(lines, 1) if (m := re.search(r"# expect: (.+)$", line))}


def run_json(capsys: Any, *argv: str) -> tuple[int, dict[str, Any]]:
    code = main(["upgrade-check", *argv, "--json"])
    return code, json.loads(capsys.readouterr().out)


def test_renamed_model_removed_field_and_new_scope_are_listed_with_their_lines(capsys: Any) -> None:
    code, out = run_json(capsys, "--from", "2024-04", "--to", "2024-07", str(PROJECT))
    assert code == 1
    replenish = PROJECT / "shop" / "replenish.py"
    found = {
        (f["line"], f["target"], f["change"]["kind"]) for f in out["findings"] if f["file"] == str(replenish)
    }
    marks = expected(replenish)
    assert {line for line, _, _ in found} == set(marks)  # every marked line, and no other
    assert {(7, "models.CreateReplenishmentOrderRequest", "schema-renamed")} <= found
    assert (11, "models.CreateReplenishmentOrderRequest", "schema-renamed") in found
    assert (12, "models.CreateReplenishmentOrderRequest.distribution_channel", "property-removed") in found
    assert (13, "models.CreateReplenishmentOrderRequest.order_items", "constraint-tightened") in found
    assert (16, "api.outbounds.outbounds_create_order", "scope-added") in found
    assert (17, "models.ReplenishmentOrder.distribution_channel", "property-removed") in found
    renamed = next(f for f in out["findings"] if f["change"]["kind"] == "schema-renamed")
    assert "CreateReplenishmentOrderRequestV2" in renamed["change"]["message"]
    # catalog.py is on 2024-07 and unaffected.py touches nothing that breaks
    assert {f["file"] for f in out["findings"]} == {str(replenish)}


def test_dimension_renamed_in_2025_03(capsys: Any) -> None:
    code, out = run_json(capsys, "--from", "2024-07", "--to", "2025-03", str(PROJECT / "shop"))
    assert code == 1
    catalog = PROJECT / "shop" / "catalog.py"
    lines = {f["line"] for f in out["findings"] if f["file"] == str(catalog)}
    assert lines == set(expected(catalog))
    assert all(f["target"] == "models.Dimension" for f in out["findings"] if f["file"] == str(catalog))
    assert "ProductsDimension" in out["findings"][0]["change"]["message"]


def test_text_output_is_one_file_line_per_use(capsys: Any) -> None:
    code = main(
        ["upgrade-check", "--from", "2024-04", "--to", "2024-07", str(PROJECT / "shop" / "replenish.py")]
    )
    out = capsys.readouterr().out
    assert code == 1
    assert re.search(
        r"replenish\.py:12: models\.CreateReplenishmentOrderRequest\.distribution_channel: .*removed", out
    )
    assert out.splitlines()[0].startswith("upgrade-check 2024-04 -> 2024-07: ")


def test_nothing_to_report_exits_0(capsys: Any) -> None:
    code, out = run_json(
        capsys, "--from", "2024-04", "--to", "2024-07", str(PROJECT / "shop" / "unaffected.py")
    )
    assert (code, out["findings"]) == (0, [])


def test_a_file_that_does_not_parse_is_named_not_fatal(tmp_path: Path, capsys: Any) -> None:
    shutil.copy(PROJECT / "shop" / "replenish.py", tmp_path / "good.py")
    (tmp_path / "broken.py").write_text("def f(:\n", encoding="utf-8")
    code, out = run_json(capsys, "--from", "2024-04", "--to", "2024-07", str(tmp_path))
    assert code == 1 and out["findings"]
    assert len(out["not_checked"]) == 1 and "broken.py" in out["not_checked"][0]


def test_a_missing_path_is_a_clear_error(capsys: Any) -> None:
    assert main(["upgrade-check", "--from", "2024-04", "--to", "2024-07", "no/such/dir"]) == 2
    assert "no such file or directory: no/such/dir" in capsys.readouterr().err


def test_code_is_never_imported(tmp_path: Path, capsys: Any) -> None:
    marker = tmp_path / "ran"
    (tmp_path / "evil.py").write_text(f"open({str(marker)!r}, 'w').write('x')\n", encoding="utf-8")
    code, _ = run_json(capsys, "--from", "2024-04", "--to", "2024-07", str(tmp_path))
    assert code == 0 and not marker.exists()
