"""versions.toml is read without tomllib when it is in its plain form (``registry_file.simple_rows``),
and that reading never differs from tomllib's: for any text it either gives tomllib's rows or declines
(None), and then tomllib reads the file, errors included."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pipeline_support import logistics_row, make_openapi_dir

from flexport_facade import VersionError
from flexport_facade._core.registry_file import read_rows, simple_rows
from flexport_facade._core.versions import load_registry
from scripts import speclib

REGISTRY = speclib.ROOT / "openapi" / "versions.toml"


def _tomllib_rows(text: str) -> list[dict[str, object]] | None:
    try:
        return list(tomllib.loads(text).get("version", []))
    except tomllib.TOMLDecodeError:
        return None


def test_the_real_registry_is_read_in_the_plain_form_as_tomllib_reads_it() -> None:
    text = REGISTRY.read_text(encoding="utf-8")
    assert simple_rows(text) is not None
    assert simple_rows(text) == _tomllib_rows(text)


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            '[[version]]\nid = "a" # note\n\n# comment\n[[version]]\r\nid = "b#c"\r\n',
            [{"id": "a"}, {"id": "b#c"}],
        ),
        ('[[version]]\n  id\t=\t"a\tb"  \n', [{"id": "a\tb"}]),
        ("# only comments\n", []),
    ],
)
def test_plain_forms(text: str, rows: list[dict[str, str]]) -> None:
    assert simple_rows(text) == rows == _tomllib_rows(text)


@pytest.mark.parametrize(
    "text",
    [
        'id = "outside a row"\n',
        '[[version]]\nid = "a"\nid = "b"\n',  # repeated key: a TOML error
        '[[version]]\nid = "a\\u0041"\n',  # an escape
        "[[version]]\nid = 'literal'\n",
        '[[version]]\nid = """multi\nline"""\n',
        "[[version]]\nid = 2023\n",
        '[[version]]\n"id" = "quoted key"\n',
        '[[version]]\nid.sub = "dotted"\n',
        '[[version]]\nid = "a" trailing\n',
        '[version]\nid = "a"\n',
        '[[version]]\nid = "a\x00"\n',
        '\ufeff[[version]]\nid = "a"\n',
        '[[version]]\n\x0cid = "a"\n',
        '[[version]]\nid = "a"\rb = "c"\n',
        '[[version]]\nid = "a\u00a0b"\n',
    ],
)
def test_anything_else_is_left_to_tomllib(text: str) -> None:
    assert simple_rows(text) is None


FRAGMENTS = [
    "[[version]]", "[version]", "[[ version ]]", "id", "api", "a-b_c", '"id"", "a.b', " ", "\t", "=", " = ",
    '"', '""', '"x"', "'x'", '"a#b"', "#", "# c", "\\", "\\n", "\\u0041", '"""', "1", "true", "\r", "\x00",
    "\u00e9", "\u00a0", "\ufeff", "[", "]", "{", "}",
]  # fmt: skip


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.lists(st.sampled_from(FRAGMENTS), max_size=6).map("".join), max_size=8))
def test_the_plain_reading_never_differs_from_tomllib(lines: list[str]) -> None:
    text = "\n".join(lines)
    simple = simple_rows(text)
    if simple is not None:
        assert simple == _tomllib_rows(text)


def test_a_file_outside_the_plain_form_still_loads_through_tomllib(tmp_path: Path) -> None:
    openapi = make_openapi_dir(tmp_path, [logistics_row("2026-02", "pkg_a")])
    path = openapi / "versions.toml"
    path.write_text(
        path.read_text(encoding="utf-8").replace('id = "2026-02"', "id = '2026-02'"), encoding="utf-8"
    )
    assert simple_rows(path.read_text(encoding="utf-8")) is None
    assert [r.id for r in read_rows(path)] == ["2026-02"]
    path.write_text(path.read_text(encoding="utf-8") + 'id = "again"\n', encoding="utf-8")
    with pytest.raises(tomllib.TOMLDecodeError):
        load_registry(path)
    with pytest.raises(VersionError, match="missing"):  # the row checks run on either reading
        path.write_text('[[version]]\nid = "x"\n', encoding="utf-8")
        load_registry(path)


def test_building_a_client_does_not_import_tomllib() -> None:
    code = (
        "import sys\nimport flexport_facade\n"
        "flexport_facade.Flexport(version='2026-02', token='t')\nprint('tomllib' in sys.modules)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True
    )
    assert out.stdout.strip() == "False"
