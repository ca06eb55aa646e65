"""The generated packages' Python API compared with griffe, folded and de-duplicated against the spec."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

import pytest
from specs import base

from flexport_facade._core.versions import ApiVersion
from flexport_facade.releases._compare import compare, compare_sources
from flexport_facade.releases._loading import SpecSource
from flexport_facade.releases._python_api import python_api_changes


def test_griffe_breakages_fold_to_one_per_object() -> None:
    # 2023-10 -> 2024-01 drops two query parameters of GET /events: 4 generated functions each
    changes = python_api_changes("flexport_logistics_v2023_10", "flexport_logistics_v2024_01", set(), {})
    assert sorted(c.python or "" for c in changes) == [
        "api.events.get_events(order_id)",
        "api.events.get_events(shipment_id)",
    ]
    assert {c.kind for c in changes} == {"python-parameter-removed"}


def test_what_the_spec_diff_already_names_is_not_repeated() -> None:
    report = compare("2023-10", "2024-01")
    assert report.skipped == []
    assert not [c for c in report.changes if c.kind.startswith("python-")]
    named = {c.python for c in report.breaking}
    assert {"api.events.get_events(order_id)", "api.events.get_events(shipment_id)"} <= named


def test_a_generator_only_rename_is_caught(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Same spec on both sides, but the generated class is named differently: only griffe sees it."""
    for package, cls in (("gen_old_pkg", "ProductModel"), ("gen_new_pkg", "Product")):
        models = tmp_path / package / "models"
        models.mkdir(parents=True)
        (tmp_path / package / "__init__.py").write_text("", encoding="utf-8")
        (models / "__init__.py").write_text(
            f"from .product import {cls}\n\n__all__ = ({cls!r},)\n", encoding="utf-8"
        )
        (models / "product.py").write_text(f"class {cls}:\n    name: str\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    importlib.invalidate_caches()

    def source(package: str) -> SpecSource:
        row = ApiVersion(package, "logistics", "stable", "", "x.json", package, "")
        return SpecSource(label=package, doc=base(), version=row)

    report = compare_sources(source("gen_old_pkg"), source("gen_new_pkg"))
    assert {(c.kind, c.python) for c in report.changes} == {("python-object-removed", "models.ProductModel")}
    assert report.breaking
    sys.modules.pop("gen_old_pkg", None)


def test_a_package_that_is_not_generated_is_skipped_not_fatal(monkeypatch: pytest.MonkeyPatch) -> None:
    row = ApiVersion("x", "logistics", "stable", "", "x.json", "no_such_generated_pkg", "")
    report = compare_sources(SpecSource("a", base(), row), SpecSource("b", base(), row))
    assert report.changes == []
    reason = "package no_such_generated_pkg is not generated (run `make generate`)"
    assert report.skipped == [f"generated Python API not compared: {reason}"]
