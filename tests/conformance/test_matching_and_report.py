"""Which operation an answer belongs to, and what a report shows of it."""

from __future__ import annotations

from pathlib import Path

from flexport_facade.conformance._cassettes import Exchange, read_cassette
from flexport_facade.conformance._check import Outcome, Report, excerpt
from flexport_facade.conformance._matching import Candidate, Matcher

OPS = Matcher(
    [
        Candidate("GET", "/api/orders/{orderId}", frozenset(), "by-id"),
        Candidate("GET", "/api/orders/rs", frozenset(), "literal"),
        Candidate("GET", "/api/orders", frozenset({"limit", "offset"}), "list"),
        Candidate("GET", "/api/orders", frozenset({"limit", "page_info"}), "cursor"),
        Candidate("GET", "/legacy/:id", frozenset(), "colon"),
    ]
)


def key(method: str, path: str, query: tuple[str, ...] = ()) -> str | None:
    found = OPS.match(method, path, query)
    return found.key if found else None


def test_literal_segments_beat_parameters_and_the_query_picks_among_equal_paths() -> None:
    assert key("GET", "/api/orders/rs") == "literal"
    assert key("GET", "/api/orders/123") == "by-id"
    assert key("GET", "/api/orders", ("limit", "page_info")) == "cursor"
    assert key("GET", "/api/orders", ("offset",)) == "list"
    assert key("GET", "/legacy/7") == "colon"  # a Rails-style template matches the real URL
    assert key("POST", "/api/orders") is None
    assert key("GET", "/proxy/v2/api/orders/9") == "by-id"  # under a base-URL prefix


def test_a_report_masks_secrets_and_ends_with_the_summary() -> None:
    ex = Exchange("c.yaml#1", "GET", "/x", (), 200, {"content-type": "application/json"}, b"{}")
    report = Report("2026-02", [Outcome(ex, "OK"), Outcome(ex, "ERROR", "GET /x", error="KeyError: 'id'")])
    lines = report.render().splitlines()
    assert lines[-1] == "conformance 2026-02: OK 1/2 degraded 0 errors 1 unmatched 0"
    assert not report.ok
    assert excerpt({"access_token": "s3cr3t-value", "n": 1}) == '{"access_token": "[REDACTED]", "n": 1}'
    assert "s3cr3t" not in excerpt("Bearer s3cr3tvalue123")


def test_cassettes_with_binary_bodies_read(tmp_path: Path) -> None:
    path = tmp_path / "c.yaml"
    path.write_text(
        "interactions:\n- request: {method: GET, uri: 'http://h/a?x=1'}\n"
        "  response:\n    status: {code: 200}\n    headers: {Content-Type: [application/octet-stream]}\n"
        "    body: {string: !!binary aGk=}\nversion: 1\n",
        encoding="utf-8",
    )
    [ex] = list(read_cassette(path))
    assert (ex.method, ex.path, ex.query, ex.body, ex.is_json) == ("GET", "/a", (("x", "1"),), b"hi", False)
