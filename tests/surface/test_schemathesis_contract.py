"""Contract run: schemathesis generates requests from each version's spec and checks that the
simulator's answers are what the same spec allows (no 5xx, documented bodies and content types).

Bounded: ``CONTRACT_EXAMPLES`` generated cases per operation (1 by default; 2 for the newest
version), positive data only, no shrinking and no example database. What it found and what stays
open is in docs/known-gaps.md; an operation listed there is reported, not failed.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

import pytest
import requests
import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import content_type_conformance, response_schema_conformance

from flexport_facade._core.versions import known_versions
from flexport_facade.testing import RunningSimulator, load_snapshot, run_simulator

ROOT = Path(__file__).resolve().parents[2]
GAPS = ROOT / "docs" / "known-gaps.md"
VERSIONS = [v.id for v in known_versions("logistics")]
NEWEST = VERSIONS[-2] if VERSIONS[-1] == "unstable" else VERSIONS[-1]
CHECKS = [not_a_server_error, response_schema_conformance, content_type_conformance]


def examples_for(version: str) -> int:
    base = int(os.environ.get("CONTRACT_EXAMPLES", "1"))
    return base * 2 if version == NEWEST else base


def known_gaps() -> set[tuple[str, str]]:
    """(version or '*', 'METHOD /path') rows from the table in docs/known-gaps.md."""
    rows = re.findall(r"^\|\s*`?([\w*-]+)`?\s*\|\s*`([A-Z]+ /[^`]+)`\s*\|", GAPS.read_text(), re.M)
    return {(version, label) for version, label in rows}


def describe(exc: BaseException) -> str:
    """One line per distinct failure: its class and the first line of its message."""
    parts = exc.exceptions if isinstance(exc, BaseExceptionGroup) else (exc,)
    return "; ".join(f"{type(e).__name__}: {(str(e).strip().splitlines() or [''])[0][:200]}" for e in parts)


def contract_failures(sim: RunningSimulator, doc: dict[str, Any], examples: int) -> dict[str, str]:
    """Operation label -> the first failure's first line, for every operation that failed a check."""
    schema = schemathesis.openapi.from_dict(doc)
    session = requests.Session()
    headers = {"Authorization": f"Bearer {sim.token}"}
    failures: dict[str, str] = {}
    for result in schema.get_all_operations():
        operation = result.ok()

        @given(operation.as_strategy())
        @settings(
            max_examples=examples,
            deadline=None,
            database=None,
            phases=[Phase.explicit, Phase.generate],
            suppress_health_check=list(HealthCheck),
        )
        def check(case: Any) -> None:
            response = case.call(base_url=sim.url, session=session, headers=headers, timeout=10)
            case.validate_response(response, checks=CHECKS)

        try:
            check()
        except (Exception, BaseExceptionGroup) as exc:  # a failed check, reported per operation
            failures[operation.label] = describe(exc)
    return failures


@pytest.mark.parametrize("version", VERSIONS)
def test_the_simulator_keeps_each_versions_contract(version: str) -> None:
    with run_simulator(version) as sim:
        failures = contract_failures(sim, load_snapshot(version), examples_for(version))
    gaps = known_gaps()
    unexpected = {
        label: why
        for label, why in failures.items()
        if (version, label) not in gaps and ("*", label) not in gaps
    }
    assert not unexpected, "\n".join(f"{label}: {why}" for label, why in sorted(unexpected.items()))


def test_the_contract_run_can_fail() -> None:
    """An outage (every answer 503) must be caught, or a green run above would mean nothing."""
    doc = load_snapshot(NEWEST)
    only = {"/logistics/api/" + NEWEST + "/warehouses/active"}
    doc = {**doc, "paths": {p: v for p, v in doc["paths"].items() if p in only}}
    with run_simulator(NEWEST) as sim:
        sim.outage(3600, status=503)
        failures = contract_failures(sim, doc, 1)
    assert list(failures) == [f"GET /logistics/api/{NEWEST}/warehouses/active"]
    assert next(iter(failures.values())).startswith("ServerError")
