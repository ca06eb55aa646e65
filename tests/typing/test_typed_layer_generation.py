"""The generator step behind the typed layer: the overloads file is checked like generated/ is."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from flexport_facade._core.versions import known_versions
from scripts import generate
from scripts.generate import Printer, overloads_drift
from scripts.speclib import GENERATED_DIR, ROOT
from scripts.typed_layer import OVERLOADS, render_overloads

COMMITTED = ROOT / "flexport_facade" / OVERLOADS


def test_committed_overloads_are_what_generate_writes() -> None:
    typed = [(v.id, v.package) for v in known_versions() if (GENERATED_DIR / v.package).is_dir()]
    assert COMMITTED.read_text(encoding="utf-8") == render_overloads(typed)


def test_every_logistics_version_has_an_overload_for_each_client() -> None:
    text = COMMITTED.read_text(encoding="utf-8")
    for v in known_versions():
        for client in ("Flexport", "AsyncFlexport"):
            assert f'version: Literal["{v.id}"]' in text
            assert f") -> _{v.package}.{client}: ..." in text


def test_check_names_a_stale_overloads_file_and_write_mode_repairs_it(tmp_path: Path) -> None:
    stale = tmp_path / OVERLOADS
    stale.write_text("# an older generation\n", encoding="utf-8")
    rows = known_versions()
    assert overloads_drift(rows, GENERATED_DIR, stale, write=False, say=Printer()) == 1
    assert stale.read_text(encoding="utf-8") == "# an older generation\n"  # --check changes nothing
    assert overloads_drift(rows, GENERATED_DIR, stale, write=True, say=Printer()) == 0
    assert stale.read_text(encoding="utf-8") == COMMITTED.read_text(encoding="utf-8")
    assert overloads_drift(rows, GENERATED_DIR, stale, write=False, say=Printer()) == 0


def test_generate_names_the_overloads_file_as_the_typed_layer_does() -> None:
    assert generate.OVERLOADS == OVERLOADS  # generate.py names it without importing typed_layer


def test_a_run_renders_the_overloads_only_when_their_inputs_or_the_file_changed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out_root = tmp_path / "generated"
    rows = known_versions()
    for v in rows:
        (out_root / v.package).mkdir(parents=True)
    target = tmp_path / OVERLOADS
    renders: list[int] = []
    real = generate.overloads_drift

    def counted(*args: Any, **kwargs: Any) -> int:
        renders.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(generate, "overloads_drift", counted)
    generate.write_overloads(rows, out_root, target, Printer())
    assert target.read_text(encoding="utf-8") == COMMITTED.read_text(encoding="utf-8")
    generate.write_overloads(rows, out_root, target, Printer())
    assert len(renders) == 1  # same inputs, same file: the stamp beside generated/ answers

    target.write_text("# edited by hand\n", encoding="utf-8")
    generate.write_overloads(rows, out_root, target, Printer())
    assert target.read_text(encoding="utf-8") == COMMITTED.read_text(encoding="utf-8")

    (out_root / rows[-1].package).rmdir()  # a typed version fewer
    generate.write_overloads(rows, out_root, target, Printer())
    assert len(renders) == 3
    assert f"_{rows[-1].package}." not in target.read_text(encoding="utf-8")
