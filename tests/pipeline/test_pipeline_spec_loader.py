"""flexport_facade/_core/spec_loader.py: YAML 1.2 scalars, bounds, and errors that name the place."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from flexport_facade._core.spec_loader import Limits, _yaml_loader, load_document, parse
from flexport_facade._exceptions import SpecLoadError
from scripts import speclib


def test_yaml_1_1_surprises_stay_what_json_would_make_them() -> None:
    notes: list[str] = []
    doc = parse(
        "when: 2024-01-01\nat: 2024-01-01T10:00:00Z\nanswers: [yes, no, on, off, y, n]\n"
        "octal: 010\nhex: 0x1F\nflag: true\nnothing: ~\nv: 1.10\n",
        source="t.yaml",
        fmt="yaml",
        warnings=notes,
    )
    assert doc == {
        "when": "2024-01-01",
        "at": "2024-01-01T10:00:00Z",
        "answers": ["yes", "no", "on", "off", "y", "n"],
        "octal": 10,
        "hex": 31,
        "flag": True,
        "nothing": None,
        "v": 1.1,
    }
    assert notes == [
        "t.yaml:4:8: 010 reads as the number 10; quote it ('010') if it is a version, code or identifier",
        "t.yaml:8:4: 1.10 reads as the number 1.1; quote it ('1.10') if it is a version, code or identifier",
    ]
    speclib.canonical_json(doc)  # the crash this replaces: datetime is not JSON serializable


@pytest.mark.parametrize(
    ("text", "where", "problem"),
    [
        ("a: [1\n", "t.yaml:2:1", "invalid YAML"),
        ("a: 1\na: 2\n", "t.yaml:2:1", "appears twice"),
        ("a: !!binary aGk=\n", "t.yaml:1:4", "no JSON equivalent"),
        ("a: !!python/object:os.system x\n", "t.yaml:1:4", "no JSON equivalent"),
        ("a: &a [*a]\n", "t.yaml:1:8", "refers to a node that contains it"),
    ],
)
def test_yaml_errors_name_file_line_and_fix(text: str, where: str, problem: str) -> None:
    with pytest.raises(SpecLoadError) as info:
        parse(text, source="t.yaml", fmt="yaml")
    assert str(info.value).startswith(where + ": ") and problem in str(info.value)
    assert info.value.fix


def test_json_errors_name_line_and_column() -> None:
    with pytest.raises(SpecLoadError, match=r"^t.json:3:7: invalid JSON"):
        parse('{\n "a": 1,\n "b": }', source="t.json")
    with pytest.raises(SpecLoadError, match="'a' appears twice"):
        parse('{"a": 1, "a": 2}', source="t.json")


def _billion_laughs(levels: int) -> str:
    lines = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for i in range(1, levels):
        lines.append(f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 10) + "]")
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize(
    ("data", "fmt", "limits", "env"),
    [
        (_billion_laughs(9), "yaml", Limits(), "FLEXPORT_SPEC_MAX_NODES"),
        ("[" * 5000 + "]" * 5000, "json", Limits(), "FLEXPORT_SPEC_MAX_DEPTH"),
        ("- " * 5000 + "x\n", "yaml", Limits(), "FLEXPORT_SPEC_MAX_DEPTH"),
        ("a: &x 1\n" + "".join(f"b{i}: *x\n" for i in range(20)), "yaml", Limits(max_aliases=10), "ALIASES"),
        ('{"a": "' + "x" * 2000 + '"}', "json", Limits(max_bytes=1000), "FLEXPORT_SPEC_MAX_BYTES"),
    ],
    ids=["alias-expansion", "json-depth", "yaml-depth", "alias-count", "size"],
)
def test_hostile_documents_are_refused_with_the_limit_to_raise(
    data: str, fmt: str, limits: Limits, env: str
) -> None:
    with pytest.raises(SpecLoadError) as info:  # never RecursionError or MemoryError
        parse(data, source="hostile", fmt=fmt, limits=limits)
    assert "exceeds the limit of" in str(info.value) and env in str(info.value)


def test_limits_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FLEXPORT_SPEC_MAX_DEPTH", "3")
    with pytest.raises(SpecLoadError, match=r"nesting depth 4 exceeds the limit of 3"):
        parse("[[[[1]]]]", source="t.json")
    monkeypatch.setenv("FLEXPORT_SPEC_MAX_DEPTH", "three")
    with pytest.raises(SpecLoadError, match="not a whole number"):
        parse("[]", source="t.json")


def test_aliases_are_unshared_so_an_overlay_edit_stays_local() -> None:
    doc = parse("a: &x {k: 1}\nb: *x\n", source="t.yaml", fmt="yaml")
    doc["a"]["k"] = 2
    assert doc["b"] == {"k": 1}


def test_load_document_names_a_non_object_and_missing_file(tmp_path: Path) -> None:
    (tmp_path / "list.json").write_text("[1]", encoding="utf-8")
    with pytest.raises(SpecLoadError, match=r"list\.json: the top level is list"):
        load_document(tmp_path / "list.json")
    with pytest.raises(SpecLoadError, match="cannot read it"):
        load_document(tmp_path / "nope.yaml")


JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(10**12), 10**12)
    | st.text(max_size=20)
    | st.floats(allow_nan=False, allow_infinity=False),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=20,
)


@settings(max_examples=150, deadline=None)
@given(JSON_VALUES)
def test_any_json_document_reads_the_same_as_json_and_as_yaml(value: Any) -> None:
    doc = {"root": value}
    text = json.dumps(doc)
    assert parse(text, source="t.json") == doc
    # JSON is YAML 1.2: read as YAML, it must give the same data (PyYAML's YAML 1.1 does not always).
    assert parse(text, source="t.yaml", fmt="yaml") == doc
    assert parse(json.dumps(doc, indent=1, ensure_ascii=False), source="t.yaml", fmt="yaml") == doc


class _Yaml12Dumper(yaml.SafeDumper):
    """A block-style YAML writer that quotes whatever a YAML 1.2 reader would not read as a string."""


_Yaml12Dumper.yaml_implicit_resolvers = _yaml_loader().yaml_implicit_resolvers

PRINTABLE = st.text(st.characters(min_codepoint=0x20, max_codepoint=0x7E), max_size=12)
YAML_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-(10**12), 10**12) | PRINTABLE,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(PRINTABLE, inner, max_size=4),
    max_leaves=20,
)


@settings(max_examples=150, deadline=None)
@given(YAML_VALUES)
def test_block_yaml_round_trips(value: Any) -> None:
    doc = {"root": value}
    text = yaml.dump(doc, Dumper=_Yaml12Dumper, default_flow_style=False)
    assert parse(text, source="t.yaml", fmt="yaml") == doc
