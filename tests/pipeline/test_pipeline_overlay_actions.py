"""The overlay actions real defects need (scripts/overlay.py), and property tests of the RFC 9535
engine against a small reference evaluation written here from the RFC's definitions."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from scripts.overlay import OverlayError, apply_overlay, load_overlay, node_at, select


def run(doc: dict[str, Any], *actions: dict[str, Any]) -> dict[str, Any]:
    overlay = {"actions": [{"x-reason": "test", **a} for a in actions]}
    return apply_overlay(doc, overlay).document


SPEC: dict[str, Any] = {
    "openapi": "3.0.3",
    "paths": {
        "/shipments/:id": {"get": {"responses": {"200": {"description": "ok"}}}},
        "/shipments/:id/legs/:legId": {"get": {"parameters": [{"name": "legId", "in": "path"}]}},
        "/ports": {
            "post": {"responses": {"201": {"content": {"application/json": {"schema": {"$ref": "#/P"}}}}}}
        },
    },
    "components": {
        "schemas": {
            "A": {
                "properties": {
                    "p": {"$ref": "#/components/schemas/P"},
                    "q": {"$ref": "#/components/schemas/P"},
                }
            },
            "B": {"items": {"$ref": "#/components/schemas/P", "nullable": True, "description": "d"}},
            "P": {"type": "object", "properties": {"code": {"type": "string"}}},
        }
    },
}


def test_rename_keys_by_pattern_declares_the_path_parameters() -> None:
    out = run(
        SPEC,
        {
            "target": "$.paths",
            "x-rename-keys": {"pattern": r"/:(\w+)", "to": r"/{\1}", "declare-path-params": True},
        },
    )
    assert list(out["paths"]) == ["/shipments/{id}", "/shipments/{id}/legs/{legId}", "/ports"]
    assert out["paths"]["/shipments/{id}"]["parameters"] == [
        {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}
    ]
    # legId is declared by the operation already: only id is added
    assert [p["name"] for p in out["paths"]["/shipments/{id}/legs/{legId}"]["parameters"]] == ["id"]


def test_make_nullable_every_reference_in_one_action() -> None:
    out = run(SPEC, {"target": "$..[?@['$ref'] == '#/components/schemas/P']", "x-make-nullable": True})
    schemas = out["components"]["schemas"]
    assert schemas["A"]["properties"]["p"] == {
        "allOf": [{"$ref": "#/components/schemas/P"}],
        "nullable": True,
    }
    assert schemas["A"]["properties"]["q"] == schemas["A"]["properties"]["p"]
    assert schemas["B"]["items"] == {
        "allOf": [{"$ref": "#/components/schemas/P"}],
        "nullable": True,
        "description": "d",
    }
    assert schemas["P"] == SPEC["components"]["schemas"]["P"]  # the schema itself is untouched
    in_31 = run(
        {**SPEC, "openapi": "3.1.0"},
        {"target": "$.components.schemas.A.properties.p", "x-make-nullable": True},
    )
    assert in_31["components"]["schemas"]["A"]["properties"]["p"] == {
        "anyOf": [{"$ref": "#/components/schemas/P"}, {"type": "null"}]
    }
    plain = run(SPEC, {"target": "$.components.schemas.P.properties.code", "x-make-nullable": True})
    assert plain["components"]["schemas"]["P"]["properties"]["code"] == {"type": "string", "nullable": True}


def test_wrap_replace_and_copy() -> None:
    target = "$.paths[*][?@.responses].responses['201'].content['application/json'].schema"
    out = run(
        SPEC, {"target": target, "x-wrap": {"in": "data", "properties": {"total_count": {"type": "integer"}}}}
    )
    schema = out["paths"]["/ports"]["post"]["responses"]["201"]["content"]["application/json"]["schema"]
    assert schema == {
        "type": "object",
        "required": ["data"],
        "properties": {"data": {"$ref": "#/P"}, "total_count": {"type": "integer"}},
    }
    out = run(SPEC, {"target": "$.components.schemas.P", "x-replace": {"type": "string"}})
    assert out["components"]["schemas"]["P"] == {"type": "string"}  # replaced, not merged
    out = run(SPEC, {"target": "$.components.schemas.A", "x-copy": "$.components.schemas.P"})
    assert out["components"]["schemas"]["A"]["type"] == "object"
    assert set(out["components"]["schemas"]["A"]["properties"]) == {"p", "q", "code"}
    with pytest.raises(OverlayError, match="exactly one node"):
        run(SPEC, {"target": "$.components.schemas.A", "x-copy": "$.components.schemas[*]"})


def test_an_update_appending_the_same_item_twice_is_refused() -> None:
    params = "$.paths['/shipments/:id/legs/:legId'].get.parameters"
    with pytest.raises(OverlayError, match="a second time"):
        run(SPEC, {"target": params, "update": {"name": "legId", "in": "path"}})
    out = run(SPEC, {"target": params, "update": {"name": "x", "in": "query"}})
    assert len(out["paths"]["/shipments/:id/legs/:legId"]["get"]["parameters"]) == 2


def test_nothing_matched_is_reported_not_fatal() -> None:
    result = apply_overlay(SPEC, {"actions": [{"target": "$.nope", "x-reason": "r", "remove": True}]})
    assert result.applied == 0 and result.matches == [0]
    assert result.warnings == ["overlay action 1 (remove $.nope) matches nothing: drop it if fixed upstream"]


def test_a_yaml_error_in_an_overlay_names_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "o.yaml"
    path.write_text("overlay: 1.0.0\nactions:\n  - target: $.a\n    x-reason: a: b\n", encoding="utf-8")
    with pytest.raises(OverlayError, match=r"o.yaml:4:16: invalid YAML"):
        load_overlay(path)
    path.write_text(
        "overlay: 1.0.0\nactions:\n  - {target: $.a, x-reason: r, x-wrap: [1]}\n", encoding="utf-8"
    )
    with pytest.raises(OverlayError, match="action 1: x-wrap needs"):
        load_overlay(path)


# -- property tests: the engine against a reference evaluation ---------------------------------------

KEYS = ["a", "b", "c", "k"]
SCALARS = st.none() | st.booleans() | st.integers(-3, 3) | st.sampled_from(["v", "None", "True", "x"])
DOCS = st.recursive(
    SCALARS,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.sampled_from(KEYS), inner, max_size=4),
    max_leaves=25,
)
LITERALS = st.sampled_from(["'v'", "'None'", "'True'", "true", "null", "1", "'x'"])
# A query: segments of (kind, argument); rendered to RFC 9535 text below.
SEGMENT = st.one_of(
    st.tuples(st.just("name"), st.sampled_from(KEYS)),
    st.tuples(st.just("index"), st.integers(-2, 2)),
    st.tuples(st.just("wild"), st.none()),
    st.tuples(st.just("union"), st.lists(st.sampled_from(KEYS), min_size=1, max_size=3)),
    st.tuples(st.just("descend"), st.sampled_from(KEYS)),
    st.tuples(st.just("filter_eq"), st.tuples(st.sampled_from(KEYS), LITERALS)),
    st.tuples(st.just("filter_has"), st.sampled_from(KEYS)),
)
QUERIES = st.lists(SEGMENT, min_size=1, max_size=3)
VALUE = {"'v'": "v", "'None'": "None", "'True'": "True", "true": True, "null": None, "1": 1, "'x'": "x"}


def render(query: list[tuple[str, Any]]) -> str:
    out = "$"
    for kind, arg in query:
        out += {
            "name": lambda a: f".{a}",
            "index": lambda a: f"[{a}]",
            "wild": lambda a: "[*]",
            "union": lambda a: "[" + ",".join(f"'{k}'" for k in a) + "]",
            "descend": lambda a: f"..{a}",
            "filter_eq": lambda a: f"[?@.{a[0]} == {a[1]}]",
            "filter_has": lambda a: f"[?@.{a}]",
        }[kind](arg)
    return out


def children(node: Any, parts: tuple[Any, ...]) -> list[tuple[tuple[Any, ...], Any]]:
    if isinstance(node, dict):
        return [((*parts, k), v) for k, v in node.items()]
    if isinstance(node, list):
        return [((*parts, i), v) for i, v in enumerate(node)]
    return []


def descendants(node: Any, parts: tuple[Any, ...]) -> list[tuple[tuple[Any, ...], Any]]:
    out = [(parts, node)]
    for p, child in children(node, parts):
        out.extend(descendants(child, p))
    return out


def equal(a: Any, b: Any) -> bool:  # RFC 9535 comparison: JSON types, never True == 1
    if isinstance(a, bool) or isinstance(b, bool):
        return isinstance(a, bool) and isinstance(b, bool) and a == b
    return (type(a) is type(b) and a == b) or (
        isinstance(a, int | float) and isinstance(b, int | float) and a == b
    )


def reference(doc: Any, query: list[tuple[str, Any]]) -> set[tuple[Any, ...]]:
    nodes: list[tuple[tuple[Any, ...], Any]] = [((), doc)]
    for kind, arg in query:
        nxt: list[tuple[tuple[Any, ...], Any]] = []
        for parts, node in nodes:
            if kind == "name" and isinstance(node, dict) and arg in node:
                nxt.append(((*parts, arg), node[arg]))
            elif kind == "index" and isinstance(node, list) and -len(node) <= arg < len(node):
                nxt.append(((*parts, arg % len(node)), node[arg]))
            elif kind == "wild":
                nxt.extend(children(node, parts))
            elif kind == "union" and isinstance(node, dict):
                nxt.extend(((*parts, k), node[k]) for k in arg if k in node)
            elif kind == "descend":
                for p, d in descendants(node, parts):
                    if isinstance(d, dict) and arg in d:
                        nxt.append(((*p, arg), d[arg]))
            elif kind == "filter_eq":
                key, lit = arg
                nxt.extend(
                    (p, c)
                    for p, c in children(node, parts)
                    if isinstance(c, dict) and key in c and equal(c[key], VALUE[lit])
                )
            elif kind == "filter_has":
                nxt.extend((p, c) for p, c in children(node, parts) if isinstance(c, dict) and arg in c)
        nodes = nxt
    return {p for p, _ in nodes}


@settings(max_examples=400, deadline=None)
@given(st.dictionaries(st.sampled_from(KEYS), DOCS, max_size=4), QUERIES)
def test_select_agrees_with_the_reference(doc: dict[str, Any], query: list[tuple[str, Any]]) -> None:
    found = select(doc, render(query))
    assert len(found) == len(set(found))  # each node once
    assert set(found) == reference(doc, query), render(query)


@settings(max_examples=200, deadline=None)
@given(st.dictionaries(st.sampled_from(KEYS), DOCS, max_size=4), QUERIES, SCALARS)
def test_replace_sets_every_outermost_match(
    doc: dict[str, Any], query: list[tuple[str, Any]], value: Any
) -> None:
    expr = render(query)
    before = select(doc, expr)
    if not before or () in before:
        return
    out = run(doc, {"target": expr, "x-replace": value})
    outermost = [m for m in before if not any(m[:i] in set(before) for i in range(len(m)))]
    assert all(node_at(out, m) == value for m in outermost)


@settings(max_examples=200, deadline=None)
@given(st.dictionaries(st.sampled_from(KEYS), DOCS, max_size=4), QUERIES)
def test_remove_leaves_nothing_a_name_query_selects(
    doc: dict[str, Any], query: list[tuple[str, Any]]
) -> None:
    query = [(k, a) for k, a in query if k in ("name", "wild", "descend", "union")] or [("name", "a")]
    expr = render(query)
    original = copy.deepcopy(doc)
    out = run(doc, {"target": expr, "remove": True})
    assert doc == original  # the input is never modified
    assert select(out, expr) == []


@settings(max_examples=200, deadline=None)
@given(
    st.dictionaries(st.sampled_from(KEYS), DOCS, max_size=4),
    QUERIES,
    st.dictionaries(st.sampled_from(["y", "z"]), SCALARS, min_size=1, max_size=2),  # keys no query names
)
def test_an_object_update_is_idempotent(
    doc: dict[str, Any], query: list[tuple[str, Any]], patch: dict[str, Any]
) -> None:
    expr = render(query)
    if not select(doc, expr) or () in select(doc, expr):
        return
    once = run(doc, {"target": expr, "update": patch})
    try:
        twice = run(once, {"target": expr, "update": patch})
    except OverlayError:  # an array target: the second append is refused, as documented
        return
    assert twice == once
