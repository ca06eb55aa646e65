"""`make test` runs conformance over our own cassettes, for every version they cover: a generated
client that cannot read the answers we recorded fails the suite."""

from __future__ import annotations

from pathlib import Path

import pytest

from flexport_facade._core.versions import load_registry
from flexport_facade.conformance.__main__ import main
from flexport_facade.conformance._cassettes import read_exchanges
from flexport_facade.conformance._check import check_exchanges, versions_covered

CASSETTES = Path(__file__).resolve().parent.parent / "cassettes"
EXCHANGES = read_exchanges([CASSETTES])
COVERED = versions_covered(EXCHANGES, load_registry())


def test_the_cassettes_cover_a_version() -> None:
    assert COVERED, "tests/cassettes holds no answer of a registered version"


@pytest.mark.parametrize("row", COVERED, ids=[r.id for r in COVERED])
def test_every_recorded_answer_parses_into_typed_models(row: object) -> None:
    report = check_exchanges(row.package, EXCHANGES, label=row.id)  # type: ignore[attr-defined]
    assert report.outcomes, "no 2xx JSON answer to judge"
    assert report.ok, report.render()


def test_the_command_prints_the_summary_last(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(CASSETTES)]) == 0
    last = capsys.readouterr().out.strip().splitlines()[-1]
    assert last.startswith("conformance ") and " OK " in last and last.endswith("unmatched 0")
