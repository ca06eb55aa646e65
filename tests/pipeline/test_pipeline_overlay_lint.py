"""Overlays (scripts/overlay.py) and the spec lint (scripts/spec_lint.py), on small documents."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
from pipeline_support import small_spec

from scripts.overlay import OverlayError, apply_overlay, load_overlay, node_at, select
from scripts.spec_lint import lint

P = "/logistics/api/2026-02"


def overlay_file(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "o.yaml"
    path.write_text(text, encoding="utf-8")
    return path


# -- JSONPath (RFC 9535) ----------------------------------------------------------------------------


def test_select_reads_rfc_9535() -> None:
    doc = small_spec("2026-02")
    products = f"$.paths['{P}/products']"
    assert [p[-1] for p in select(doc, products + ".*")] == ["get", "post"]
    assert [p[-1] for p in select(doc, "$.components.schemas[*]")][:2] == ["Product", "ProductInput"]
    limit = select(doc, products + ".get.parameters[?(@.name == 'limit')]")
    assert [node_at(doc, p)["name"] for p in limit] == ["limit"]
    assert len(select(doc, products + ".get.parameters[-1]")) == 1
    assert len(select(doc, "$..operationId")) == 4
    assert select(doc, "$.paths['/nope']") == []
    assert select(doc, "$") == [()]


def test_select_fixes_the_old_subsets_misreadings() -> None:
    doc = {
        "paths": {"/a": {"x": 1}, "/b": {"x": 2}},
        "l": [{"k": "None"}, {"j": 1}, {"k": True}, {"k": "True"}],
    }
    # a bracket union selects both members (the old subset matched nothing)
    assert select(doc, "$.paths['/a','/b']") == [("paths", "/a"), ("paths", "/b")]
    # == 'None' does not match an element that lacks the key, and 'True' is not the boolean true
    assert select(doc, "$.l[?@.k == 'None']") == [("l", 0)]
    assert select(doc, "$.l[?@.k == 'True']") == [("l", 3)]
    assert select(doc, "$.l[?@.k == true]") == [("l", 2)]


@pytest.mark.parametrize("expr", ["paths", "$.a,b", "$[?@.a = 1]", "$.paths['open", "$..", "$.a["])
def test_select_rejects_what_rfc_9535_does_not_define(expr: str) -> None:
    with pytest.raises(OverlayError, match="RFC 9535"):
        select({}, expr)


# -- actions ----------------------------------------------------------------------------------------


def test_actions_update_remove_rename_in_order(tmp_path: Path) -> None:
    doc = small_spec("2026-02")
    original = copy.deepcopy(doc)
    overlay = load_overlay(
        overlay_file(
            tmp_path,
            f"""
overlay: 1.0.0
info: {{title: t, version: "1"}}
actions:
  - target: "$.paths['{P}/products/{{productId}}']"
    x-reason: rename the template variable
    x-rename: "{P}/products/{{id}}"
  - target: "$.paths['{P}/products/{{id}}'].get.parameters[0]"
    description: follow the rename
    update: {{name: id}}
  - target: "$.paths['{P}/products'].get.parameters"
    x-reason: append a parameter
    update: {{name: sku, in: query, schema: {{type: string}}}}
  - target: "$.paths['{P}/events']"
    x-reason: drop it
    remove: true
  - target: "$.paths['{P}/gone']"
    x-reason: vendor fixed this long ago
    remove: true
""",
        )
    )
    result = apply_overlay(doc, overlay)
    out = result.document
    assert doc == original  # the input is not modified
    assert list(out["paths"]) == [f"{P}/products", f"{P}/products/{{id}}"]
    assert out["paths"][f"{P}/products/{{id}}"]["get"]["parameters"][0]["name"] == "id"
    assert [p["name"] for p in out["paths"][f"{P}/products"]["get"]["parameters"]] == [
        "limit",
        "offset",
        "sku",
    ]
    assert result.applied == 4
    assert result.warnings == [
        f"overlay action 5 (remove $.paths['{P}/gone']) matches nothing: drop it if fixed upstream"
    ]


def test_update_merges_objects_recursively() -> None:
    doc: dict[str, Any] = {"openapi": "3.0.3", "components": {"schemas": {"A": {"type": "object", "x": 1}}}}
    overlay = {
        "actions": [{"target": "$.components.schemas.A", "x-reason": "r", "update": {"nullable": True}}]
    }
    assert apply_overlay(doc, overlay).document["components"]["schemas"]["A"] == {
        "type": "object",
        "x": 1,
        "nullable": True,
    }


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("overlay: 1.0.0\nactions:\n  - {target: $.a, remove: true}\n", "no x-reason or description"),
        ("openapi: 3.0.3\n", "not an Overlay"),
        ("overlay: 1.0.0\nactions:\n  - {target: $.a, x-reason: r}\n", "exactly one of"),
        ("overlay: 1.0.0\nactions:\n  - {target: 'a.b', x-reason: r, remove: true}\n", "must start with"),
        ("overlay: 1.0.0\nactions: []\n", "non-empty"),
    ],
)
def test_bad_overlays_are_rejected(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(OverlayError, match=message):
        load_overlay(overlay_file(tmp_path, text))


# -- lint -------------------------------------------------------------------------------------------


def codes(doc: dict[str, Any], **kw: Any) -> list[tuple[str, str]]:
    return [(f.code, f.where) for f in lint(doc, **kw)]


def test_clean_spec_has_no_findings() -> None:
    assert lint(small_spec("2026-02"), path_prefix=f"{P}/") == []


def test_lint_finds_what_the_generator_passes_over() -> None:
    doc = small_spec("2026-02")
    paths = doc["paths"]
    paths["/things/:id"] = {"get": {"operationId": "GetThing", "responses": {"200": {"description": "ok"}}}}
    item = paths.pop(f"{P}/products/{{productId}}")
    item["get"]["parameters"][0]["name"] = "product_id"  # template says productId
    paths[f"{P}/products/{{productId}}"] = item
    del paths[f"{P}/events"]["get"]["operationId"]
    paths[f"{P}/products"]["get"]["responses"]["200"]["content"]["application/json"] = {}
    paths[f"{P}/products"]["post"]["responses"]["201"] = {
        "description": "label",
        "content": {"application/pdf": {"schema": {"type": "string", "format": "binary"}}},
    }
    schemas = doc["components"]["schemas"]
    schemas["Product"]["properties"]["dimensions"] = {
        "$ref": "#/components/schemas/Dimensions",
        "nullable": True,
    }
    schemas["Product"]["properties"]["extra"] = {"$ref": "#/components/schemas/Missing"}
    schemas["Loose"] = {"description": "anything"}
    found = codes(doc, path_prefix=f"{P}/")
    assert ("colon-path-param", "/things/:id") in found
    assert ("path-outside-version", "/things/:id") in found
    assert ("undeclared-path-param", f"GET {P}/products/{{productId}}") in found
    assert ("unused-path-param", f"GET {P}/products/{{productId}}") in found
    assert ("missing-operation-id", f"GET {P}/events") in found
    assert ("response-without-schema", f"GET {P}/products") in found
    assert ("unsupported-content-type", f"POST {P}/products") in found
    assert ("nullable-beside-ref", "#/components/schemas/Product/properties/dimensions") in found
    assert ("unresolved-ref", "#/components/schemas/Product/properties/extra") in found
    assert ("schema-without-type", "Loose") in found
    # The shared config maps application/pdf to bytes, which answers that finding.
    overrides = {"application/pdf": "application/octet-stream"}
    assert ("unsupported-content-type", f"POST {P}/products") not in codes(
        doc, content_type_overrides=overrides
    )


def test_binary_text_download_and_duplicate_ids() -> None:
    doc = small_spec("2026-02")
    doc["paths"][f"{P}/events"]["get"]["operationId"] = "GetProducts"
    doc["paths"][f"{P}/events"]["get"]["responses"]["200"]["content"] = {
        "text/csv": {"schema": {"type": "string", "format": "binary"}}
    }
    found = codes(doc)
    assert ("binary-as-text", f"GET {P}/events") in found
    assert ("duplicate-operation-id", "GetProducts") in found
    assert ("binary-as-text", f"GET {P}/events") not in codes(
        doc, content_type_overrides={"text/csv": "application/octet-stream"}
    )


def test_property_named_like_its_model_is_reported_until_config_renames_the_module() -> None:
    doc = small_spec("2026-02")
    doc["components"]["schemas"]["LogisticsSkus"] = {
        "type": "object",
        "properties": {"logisticsSkus": {"type": "array", "items": {"type": "string"}}},
    }
    assert ("property-shadows-model", "LogisticsSkus.logisticsSkus") in codes(doc)
    renamed = codes(doc, module_overrides={"LogisticsSkus": "logistics_skus_model"})
    assert ("property-shadows-model", "LogisticsSkus.logisticsSkus") not in renamed
