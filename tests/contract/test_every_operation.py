"""Contract: one valid request to every operation of every version, each answered schema-valid.

Requests are built from the snapshot's own schemas; answers are checked against the same snapshot
with openapi-core. This holds the simulator to the spec, and through the spec the generated clients.
"""

from __future__ import annotations

from collections import Counter

import httpx
import pytest

from flexport_facade import NO_RETRY, Flexport
from flexport_facade._core.snapshots import load_snapshot
from flexport_facade._core.versions import known_versions
from flexport_facade.testing import Faults, run_simulator
from flexport_facade.testing._validation import SpecResponse, Validator
from tests.contract.generated_calls import arguments
from tests.contract.requests import METHODS, calls

VERSIONS = [v.id for v in known_versions("logistics")]
STATEFUL = (404, 409, 422)
# Six-digit codes are documented answers to state, not to shape: an unregistered client id (405002),
# a code that was never issued (405005). A synthesised request cannot hold a real client or code.
STATE_CODES = {405001, 405002, 405005, 407001}


@pytest.mark.parametrize("version", VERSIONS)
def test_every_operation_answers_schema_valid(version: str) -> None:
    doc = load_snapshot(version)
    validator = Validator(doc)
    statuses: Counter[str] = Counter()
    problems: list[str] = []
    seen: dict[str, str] = {}  # top-level fields of earlier 2xx answers, for later path parameters
    with run_simulator(version, faults=Faults(allow_http_loopback_webhooks=True)) as sim:
        auth = {"authorization": f"Bearer {sim.token}"}
        with httpx.Client(base_url=sim.url, headers=auth, timeout=10, follow_redirects=False) as client:
            for call in calls(doc):
                headers = {"content-type": call.content_type} if call.content_type else {}
                path = call.at(seen)
                response = client.request(
                    call.method, path, params=call.params, content=call.body, headers=headers
                )
                remember(seen, response)
                statuses[f"{response.status_code // 100}xx"] += 1
                declared = doc["paths"][call.template][call.method.lower()]["responses"]
                if str(response.status_code) not in declared:
                    problems.append(
                        f"{call.operation_id}: undeclared {response.status_code}: {response.text[:150]}"
                    )
                    continue
                spec_request = validator.request(
                    method=call.method,
                    path=path,
                    query=call.params,
                    headers={**auth, **headers},
                    body=call.body,
                    content_type=call.content_type or "application/json",
                )
                errors = validator.check_response(
                    spec_request,
                    SpecResponse(
                        data=response.content,
                        status_code=response.status_code,
                        content_type=response.headers.get("content-type", "application/json"),
                        headers=response.headers,
                    ),
                )
                if errors:
                    problems.append(f"{call.operation_id} -> {response.status_code}: {errors}")
                elif response.status_code >= 400 and not _state_answer(response):
                    # A valid request may still meet missing state: an unknown id (404), a duplicate
                    # (409), a reference to something that does not exist (422). 400 would mean the
                    # simulator and the spec disagree about what a valid request is.
                    problems.append(
                        f"{call.operation_id}: refused: {response.status_code} {response.text[:150]}"
                    )
    assert not problems, "\n".join(problems)
    assert statuses["2xx"] > len(calls(doc)) // 2, statuses


def remember(seen: dict[str, str], response: httpx.Response) -> None:
    """Keep a 2xx JSON object's top-level strings and numbers by field name (parcelId, logisticsSku;
    not a bare ``id``, which names a different thing in every family)."""
    if not response.is_success or "json" not in response.headers.get("content-type", ""):
        return
    body = response.json()
    if isinstance(body, dict):
        for key, value in body.items():
            if key != "id" and isinstance(value, str | int) and not isinstance(value, bool):
                seen[key] = str(value)


def _state_answer(response: httpx.Response) -> bool:
    if response.status_code in STATEFUL:
        return True
    try:
        code = response.json().get("code")
    except ValueError:
        return False
    return response.status_code == 400 and code in STATE_CODES


@pytest.mark.parametrize("version", VERSIONS)
def test_every_generated_operation_round_trips_through_the_facade(version: str) -> None:
    """The same, through ``fx.<tag>.<operation>.raw(...)``: the generated client serialises a request
    the simulator accepts, and parses every 2xx answer into its model."""
    doc = load_snapshot(version)
    problems: list[str] = []
    ok = 0
    with (
        run_simulator(version, faults=Faults(allow_http_loopback_webhooks=True)) as sim,
        Flexport(
            version=version, token=sim.token, base_url=sim.url, allow_unstable=True, retry=NO_RETRY
        ) as fx,
    ):
        seen: dict[str, str] = {}
        # In path order, as above: a create comes before the reads of what it made.
        for meta in sorted(fx.operations, key=lambda m: (m.path, METHODS.index(m.method.lower()))):
            bound = getattr(fx.tag(meta.tag), meta.function)
            answer = bound.raw(**arguments(bound.module, doc, meta.method, meta.path, seen))
            remember(seen, answer.http)
            if answer.ok and answer.parse_error is None:
                ok += 1
            elif answer.ok:
                problems.append(f"{meta.operation_id}: 2xx the model cannot read: {answer.parse_error!r}")
            elif not _state_answer(answer.http):
                problems.append(f"{meta.operation_id}: {answer.status_code} {answer.content[:150]!r}")
    assert not problems, "\n".join(problems)
    assert ok > len(doc["paths"]) // 2
