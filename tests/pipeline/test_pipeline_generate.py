"""`make generate` / `make check-generated` (scripts/generate.py) on fixture specs in temp dirs.

Each generator run takes about a second, so one module fixture generates two versions and the other
tests work on copies of that tree.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from pipeline_support import logistics_row, make_openapi_dir, small_spec

from scripts import generate, speclib

pytestmark = pytest.mark.slow

A, B = "2026-02", "2025-03"
PKG_A, PKG_B = "pipefix_a_v2026_02", "pipefix_b_v2025_03"


def write_snapshot(openapi: Path, version: str, doc: dict[str, Any]) -> None:
    speclib.atomic_write(openapi / "logistics" / f"{version}.json", speclib.canonical_json(doc))


def gen(root: Path, *extra: str) -> int:
    argv = ["--openapi-dir", str(root / "openapi"), "--generated-dir", str(root / "generated"), *extra]
    return generate.main(argv)


def tree(root: Path) -> dict[str, tuple[bytes, int]]:
    """Every file under ``root`` with its bytes and mtime: what "touches nothing" compares."""
    return {
        p.relative_to(root).as_posix(): (p.read_bytes(), p.stat().st_mtime_ns)
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def clone(src: Path, dst: Path) -> Path:
    shutil.copytree(src, dst, copy_function=shutil.copy2)  # keeps mtimes
    return dst


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("gen")
    openapi = make_openapi_dir(root, [logistics_row(A, PKG_A), logistics_row(B, PKG_B)])
    write_snapshot(openapi, A, small_spec(A))
    write_snapshot(openapi, B, small_spec(B))
    assert gen(root) == 0
    return root


def test_packages_carry_operations_index_stamp_and_py_typed(base: Path) -> None:
    pkg = base / "generated" / PKG_A
    assert (pkg / "py.typed").exists()
    index = json.loads((pkg / "operations.json").read_text())
    assert index["version"] == A and index["package"] == PKG_A
    ops = {o["operation_id"]: o for o in index["operations"]}
    assert set(ops) == {"GetProducts", "CreateProduct", "GetProduct", "GetEvents"}
    assert ops["GetProducts"] == {
        "operation_id": "GetProducts",
        "tag": "products",
        "function": "get_products",
        "method": "GET",
        "path": f"/logistics/api/{A}/products",
        "scopes": ["read_logistics_products"],
        "query": ["limit", "offset"],
        "path_params": [],
        "has_body": False,
        "pagination": "offset",
    }
    assert ops["GetEvents"]["pagination"] == "cursor" and ops["GetEvents"]["tag"] == "events"
    assert ops["GetProduct"]["path_params"] == ["productId"] and ops["GetProduct"]["pagination"] is None
    assert ops["CreateProduct"]["has_body"] is True
    for op in ops.values():  # the index names modules that exist
        assert (pkg / "api" / op["tag"] / f"{op['function']}.py").is_file()
    stamp = json.loads((pkg / "_stamp.json").read_text())
    assert stamp["inputs"]["snapshot"] == speclib.sha256_file(base / "openapi" / "logistics" / f"{A}.json")
    assert stamp["inputs"]["generator"] == "openapi-python-client 0.29.1"


def test_noop_run_touches_nothing(base: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = clone(base, tmp_path / "r")
    before = tree(root / "generated")
    capsys.readouterr()
    assert gen(root) == 0
    out = capsys.readouterr().out
    for version in (A, B):  # closing table: version, operations, models, seconds, result, warnings
        assert re.search(rf"^{version}\s+4\s+6\s+[\d.]+\s+skipped\s+0$", out, re.M), out
    assert tree(root / "generated") == before


def test_forced_rerun_is_byte_identical(
    base: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = clone(base, tmp_path / "r")
    assert gen(root, "--force") == 0
    assert "regenerated" in capsys.readouterr().out
    after = {k: v[0] for k, v in tree(root / "generated").items()}
    assert after == {k: v[0] for k, v in tree(base / "generated").items()}


def test_one_version_alone_generates_what_a_run_of_several_does(base: Path, tmp_path: Path) -> None:
    # One version runs the generator in this process and hands its parsed spec to the typed layer;
    # several run it in subprocesses and the typed layer parses the spec itself. Same bytes either way.
    root = clone(base, tmp_path / "r")
    assert gen(root, "--force", A) == 0
    assert generate.diff_trees(root / "generated" / PKG_A, base / "generated" / PKG_A) == []
    assert (root / "generated" / PKG_A / "facade.pyi").is_file()


def test_broken_snapshot_keeps_its_package_and_others_regenerate(
    base: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = clone(base, tmp_path / "r")
    broken = small_spec(B)
    del broken["info"]  # the generator refuses a document without info
    write_snapshot(root / "openapi", B, broken)
    write_snapshot(root / "openapi", A, small_spec(A, extra_products=True))
    package_b = tree(root / "generated" / PKG_B)
    capsys.readouterr()
    assert gen(root) == 1
    out = capsys.readouterr().out
    assert f"FAILED {B}: openapi-python-client exited 1" in out
    assert "generation failed for: 2025-03" in out
    assert tree(root / "generated" / PKG_B) == package_b
    assert (root / "generated" / PKG_A / "api" / "products" / "delete_product.py").is_file()
    assert sorted(p.name for p in (root / "generated").iterdir()) == sorted(
        [PKG_A, PKG_B]
    )  # no temp dirs left


def test_a_failed_job_still_lists_its_lint_findings(
    base: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = clone(base, tmp_path / "r")
    broken = small_spec(B)
    del broken["info"]  # the generator refuses it ...
    broken["paths"][f"/logistics/api/{B}/things/:id"] = {"get": {"responses": {"200": {"description": "ok"}}}}
    write_snapshot(root / "openapi", B, broken)
    capsys.readouterr()
    assert gen(root, B) == 1
    out = capsys.readouterr().out
    assert f"FAILED {B}" in out
    assert f"colon-path-param           /logistics/api/{B}/things/:id" in out  # ... and the lint says why


def test_a_yaml_snapshot_with_unquoted_timestamps_generates(base: Path, tmp_path: Path) -> None:
    import yaml

    root = clone(base, tmp_path / "r")
    openapi = root / "openapi"
    (openapi / "logistics" / f"{B}.json").unlink()
    # YAML 1.1 reads the unquoted timestamp as a datetime, and json.dumps then failed naming nothing.
    text = "x-published: 2024-05-01T10:00:00Z\n" + yaml.safe_dump(small_spec(B), sort_keys=False)
    (openapi / "logistics" / f"{B}.yaml").write_text(text, encoding="utf-8")
    registry = (openapi / "versions.toml").read_text(encoding="utf-8")
    (openapi / "versions.toml").write_text(registry.replace(f"{B}.json", f"{B}.yaml"), encoding="utf-8")
    assert gen(root, B) == 0


def test_overlay_fixes_a_colon_path_the_generator_would_drop(
    base: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = clone(base, tmp_path / "r")
    doc = small_spec(A)
    colon = f"/logistics/api/{A}/things/:thingId"
    doc["paths"][colon] = {
        "get": {
            "operationId": "GetThing",
            "parameters": [{"name": "thingId", "in": "path", "required": True, "schema": {"type": "string"}}],
            "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {}}}}},
        }
    }
    write_snapshot(root / "openapi", A, doc)
    capsys.readouterr()
    assert gen(root, A, "--strict") == 1  # dropped endpoint and lint findings, nothing answers them
    out = capsys.readouterr().out
    assert f"dropped by the generator: GET {colon}" in out
    assert f"generator: WARNING parsing GET {colon} within default. Endpoint will not be generated." in out
    assert f"colon-path-param           {colon}" in out
    assert "--strict: warnings in 2026-02" in out
    ops = json.loads((root / "generated" / PKG_A / "operations.json").read_text())["operations"]
    assert "GetThing" not in {o["operation_id"] for o in ops}

    fixed = f"/logistics/api/{A}/things/{{thingId}}"
    (root / "openapi" / "overlays").mkdir()
    (root / "openapi" / "overlays" / f"{A}.yaml").write_text(
        f"""overlay: 1.0.0
info: {{title: fixes, version: "1"}}
actions:
  - target: "$.paths['{colon}']"
    x-reason: Rails-style :thingId; the generator drops the endpoint
    x-rename: "{fixed}"
  - target: "$.paths['{fixed}'].get.responses['200'].content['application/json'].schema"
    x-reason: the vendor left the schema empty
    update: {{$ref: "#/components/schemas/Product"}}
""",
        encoding="utf-8",
    )
    assert gen(root, A, "--strict") == 0
    out = capsys.readouterr().out
    assert "3 lint findings answered by its overlay" in out
    module = root / "generated" / PKG_A / "api" / "default" / "get_thing.py"
    source = module.read_text()
    assert f'"{fixed.replace("thingId", "thing_id")}".format(' in source
    assert "Product.from_dict(response.json())" in source
    ops = json.loads((root / "generated" / PKG_A / "operations.json").read_text())["operations"]
    thing = next(o for o in ops if o["operation_id"] == "GetThing")
    assert (thing["path"], thing["path_params"], thing["function"]) == (fixed, ["thingId"], "get_thing")


def _python(root: Path, code: str) -> str:
    env = {**os.environ, "PYTHONPATH": str(root / "generated")}
    proc = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


def test_lazy_models_import_only_what_an_endpoint_uses(base: Path) -> None:
    loaded = _python(
        base,
        f"import sys, {PKG_A}.api.products.get_product\n"
        f"print(sorted(m for m in sys.modules if m.startswith('{PKG_A}.models.')))",
    )
    modules = {m.rsplit(".", 1)[1] for m in json.loads(loaded.replace("'", '"'))}
    assert "product" in modules
    assert not modules & {"event", "event_data", "product_input"}  # unrelated models stay unloaded


def test_lazy_models_still_export_every_name(base: Path) -> None:
    out = _python(
        base,
        f"from {PKG_A}.models import Event, ProductStatus\n"
        f"import {PKG_A}.models as m\n"
        "e = Event.from_dict({'type': 'order.shipped', 'data': {'orderId': 'o1'}})\n"
        "print(e.data.order_id, ProductStatus('ACTIVE').value, 'EventData' in dir(m), len(m.__all__))\n"
        "try:\n    m.Nope\nexcept AttributeError as exc:\n    print('AttributeError', exc)\n",
    )
    first, second = out.splitlines()
    assert first == "o1 ACTIVE True 6"  # 6 models in the fixture spec
    assert second == f"AttributeError module '{PKG_A}.models' has no attribute 'Nope'"


def test_generated_packages_pass_mypy_strict(
    base: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = clone(base, tmp_path / "r")
    assert gen(root, "--typecheck") == 0
    assert "mypy --strict over 2 packages: ok" in capsys.readouterr().out


def test_check_names_drifted_versions(base: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = clone(base, tmp_path / "r")
    assert gen(root, "--check") == 0
    assert "generated/ matches what openapi/ generates" in capsys.readouterr().out
    before = tree(root / "generated")
    client = root / "generated" / PKG_B / "client.py"
    client.write_text(client.read_text() + "# hand edit\n")
    (root / "generated" / "stray_pkg").mkdir()
    assert gen(root, "--check") == 1
    out = capsys.readouterr().out
    assert f"drift {B}: generated/{PKG_B} differs: client.py" in out
    assert "drift: generated/stray_pkg belongs to no version" in out
    assert f"drift {A}" not in out
    before[f"{PKG_B}/client.py"] = tree(root / "generated")[f"{PKG_B}/client.py"]
    assert tree(root / "generated") == before  # --check writes nothing into generated/
