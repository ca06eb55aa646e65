"""What the model and enum templates do for parsing cost (scripts/generator/templates, not hand edits):
a model's referenced models are module globals imported once after the class, enum fields are read with
``Enum._parse``, a record without extra keys leaves no emptied dict behind, and all of it keeps the
upstream behaviour: cycles import, unknown values stay lenient only inside an answer parse, extra keys
are kept and sent back."""

from __future__ import annotations

import ast
import copy
import gc
import importlib
import subprocess
import sys
from pathlib import Path

import pytest
from flexport_logistics_v2026_02.models import ApiProductResponse, ProductsLengthUnit
from flexport_logistics_v2026_02.types import is_unknown_enum_member, lenient_enums

GENERATED = Path(__file__).resolve().parents[2] / "generated"

RECORD = {
    "barcodes": ["0001"],
    "dimsLocked": False,
    "logisticsSku": "D1",
    "merchantSku": "S1",
    "name": "P",
    "dimensions": {"height": 1, "length": 2, "lengthUnit": "in", "weight": 3, "weightUnit": "oz", "width": 4},
}


def _function_imports(path: Path) -> list[str]:
    """Import statements inside functions (what from_dict/to_dict used to run per record)."""
    tree = ast.parse(path.read_text())
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            found += [
                f"{path.name}:{n.lineno}"
                for n in ast.walk(node)
                if isinstance(n, ast.Import | ast.ImportFrom)
            ]
    return found


def test_no_generated_model_imports_inside_a_function() -> None:
    models = sorted(GENERATED.glob("*/models/*.py"))
    assert len(models) > 100
    assert [hit for path in models for hit in _function_imports(path)] == []


def test_every_model_of_every_version_imports_in_a_fresh_interpreter() -> None:
    """Cycles between models (a model referring back to one that refers to it) still import."""
    code = (
        "import importlib, pathlib, sys\n"
        "root = pathlib.Path(sys.argv[1])\n"
        "for path in sorted(root.glob('*/models/*.py')):\n"
        "    if path.name != '__init__.py':\n"
        "        importlib.import_module(f'{path.parent.parent.name}.models.{path.stem}')\n"
        "print('ok')\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(GENERATED)], capture_output=True, text=True, timeout=300, check=False
    )
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.strip() == "ok"


def test_nested_models_and_enums_parse_and_round_trip() -> None:
    model = ApiProductResponse.from_dict(RECORD)
    assert model.dimensions.length_unit is ProductsLengthUnit.IN  # type: ignore[union-attr]
    assert model.to_dict()["dimensions"] == RECORD["dimensions"]
    module = importlib.import_module(ApiProductResponse.__module__)
    assert "ProductsDimension" in vars(module)  # a module global, imported once


def test_enum_parse_is_the_member_and_stays_strict_outside_an_answer() -> None:
    assert ProductsLengthUnit._parse("cm") is ProductsLengthUnit.CM
    with pytest.raises(ValueError, match="is not a valid ProductsLengthUnit"):
        ProductsLengthUnit._parse("furlong")
    with pytest.raises(ValueError):
        ProductsLengthUnit._parse(["in"])  # unhashable: the full constructor's error, not a TypeError
    with lenient_enums():
        odd = ProductsLengthUnit._parse("furlong")
    assert odd == "furlong" and is_unknown_enum_member(odd)


def test_a_record_without_extra_keys_leaves_nothing_for_the_garbage_collector() -> None:
    """``additional_properties`` is the class's own empty dict, not the emptied copy of the record: the
    copy of a record holding lists or objects stays tracked by the collector, one more object per model
    for every collection to scan (docs/pagination.md, How fast)."""
    model = ApiProductResponse.from_dict(copy.deepcopy(RECORD))
    assert model.additional_properties == {} and model.additional_keys == []
    assert not gc.is_tracked(model.additional_properties)
    assert not gc.is_tracked(model.dimensions.additional_properties)  # type: ignore[union-attr]


def test_extra_keys_are_still_kept_and_sent_back() -> None:
    record = {**copy.deepcopy(RECORD), "futureField": {"nested": [1]}, "note": "x"}
    model = ApiProductResponse.from_dict(record)
    assert model.additional_properties == {"futureField": {"nested": [1]}, "note": "x"}
    assert model.to_dict()["futureField"] == {"nested": [1]}
    assert "futureField" not in ApiProductResponse.from_dict(copy.deepcopy(RECORD)).additional_properties
    # Two models never share one dict: adding a key to one leaves the other alone.
    a, b = (
        ApiProductResponse.from_dict(copy.deepcopy(RECORD)),
        ApiProductResponse.from_dict(copy.deepcopy(RECORD)),
    )
    a["extra"] = 1
    assert "extra" not in b
