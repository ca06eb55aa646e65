"""Replay recorded 2xx JSON answers through one version's generated parsers and judge each."""

from __future__ import annotations

import importlib
import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from flexport_facade._core.operations import index_for
from flexport_facade._core.redact import redact_text
from flexport_facade.conformance._audit import Issue, audit
from flexport_facade.conformance._cassettes import Exchange, read_exchanges
from flexport_facade.conformance._matching import Candidate, Matcher

VERDICTS = ("OK", "DEGRADED", "ERROR", "UNMATCHED")


@dataclass
class Outcome:
    exchange: Exchange
    verdict: str
    operation: str = ""
    issues: list[Issue] = field(default_factory=list)
    error: str = ""


@dataclass
class Report:
    label: str
    outcomes: list[Outcome] = field(default_factory=list)

    @property
    def counts(self) -> Counter[str]:
        return Counter(o.verdict for o in self.outcomes)

    @property
    def ok(self) -> bool:
        return all(o.verdict == "OK" for o in self.outcomes)

    def summary_line(self) -> str:
        c = self.counts
        return (
            f"conformance {self.label}: OK {c['OK']}/{len(self.outcomes)} degraded {c['DEGRADED']} "
            f"errors {c['ERROR']} unmatched {c['UNMATCHED']}"
        )

    def render(self, worst: int = 8) -> str:
        lines = []
        by_op: Counter[tuple[str, str]] = Counter((o.operation or "-", o.verdict) for o in self.outcomes)
        for (op, verdict), n in sorted(by_op.items()):
            lines.append(f"  {verdict:9} {n:4}  {op}")
        bad = [o for o in self.outcomes if o.verdict != "OK"]
        rank = {"ERROR": 0, "DEGRADED": 1, "UNMATCHED": 2}
        bad.sort(key=lambda o: (rank[o.verdict], -len(o.issues), o.exchange.source))
        if bad:
            lines.append(f"worst {min(worst, len(bad))} of {len(bad)}:")
        for o in bad[:worst]:
            ex = o.exchange
            head = f"  {o.verdict} {o.operation or ex.method + ' ' + ex.path} ({ex.source}, HTTP {ex.status})"
            lines.append(head)
            if o.error:
                lines.append(f"    {excerpt(o.error, 200)}")
            real = [i for i in o.issues if not i.note]
            for issue in real[:3]:
                lines.append(f"    {issue.pointer or '/'}: {issue.problem}: {excerpt(issue.value)}")
            if len(real) > 3:
                lines.append(f"    ... and {len(real) - 3} more")
        notes = [(o, i) for o in self.outcomes for i in o.issues if i.note]
        if notes:
            where = sorted({f"{o.operation} {i.pointer}" for o, i in notes})
            lines.append(
                f"notes: {len(notes)} date-times in plain string members, e.g. {'; '.join(where[:3])}"
            )
        lines.append(self.summary_line())
        return "\n".join(lines)


def excerpt(value: Any, size: int = 120) -> str:
    """A short, secret-masked rendering of a value for a report."""
    try:
        text = value if isinstance(value, str) else json.dumps(value, default=str, ensure_ascii=False)
    except (TypeError, ValueError):
        text = repr(value)
    text = redact_text(text)
    return text if len(text) <= size else text[: size - 3] + "..."


class _ParseClient:
    raise_on_unexpected_status = False


def matcher_for(package: str) -> Matcher:
    index = index_for(package)
    return Matcher(
        Candidate(op.method, op.path, frozenset(op.query), op.module) for op in index.by_module.values()
    )


def check_exchanges(package: str, exchanges: Iterable[Exchange], label: str = "") -> Report:
    """Judge every 2xx JSON answer in ``exchanges`` against the generated package ``package``."""
    report = Report(label or package)
    matcher = matcher_for(package)
    for ex in exchanges:
        if not (200 <= ex.status < 300) or not ex.is_json or not ex.body.strip():
            continue  # only answers the client parses as JSON are its contract
        report.outcomes.append(_judge(matcher, ex))
    return report


def _judge(matcher: Matcher, ex: Exchange) -> Outcome:
    found = matcher.match(ex.method, ex.path, [k for k, _ in ex.query])
    if found is None:
        return Outcome(ex, "UNMATCHED", error="no operation of this version has this method and path")
    name = f"{ex.method} {found.template}"
    module = importlib.import_module(found.key)
    # The recording holds the decoded body: drop the headers that describe the wire form.
    headers = {k: v for k, v in ex.headers.items() if k not in ("content-encoding", "content-length")}
    response = httpx.Response(ex.status, headers=headers, content=ex.body)
    try:
        parsed = module._parse_response(client=_ParseClient(), response=response)
    except Exception as exc:  # what the generated parser raises on an answer it cannot read
        return Outcome(ex, "ERROR", name, error=f"{type(exc).__name__}: {exc}")
    if parsed is None:
        return Outcome(
            ex, "ERROR", name, error=f"status {ex.status} is not a documented answer of this operation"
        )
    issues = audit(parsed)
    return Outcome(ex, "DEGRADED" if any(not i.note for i in issues) else "OK", name, issues)


def run(package: str, paths: Iterable[Path], label: str = "") -> Report:
    return check_exchanges(package, read_exchanges(paths), label)


def versions_covered(exchanges: Iterable[Exchange], rows: Iterable[Any]) -> list[Any]:
    """The registered versions (rows of versions.toml) whose path prefix some exchange uses; a family
    without a path prefix (v1) cannot be told from its paths: name it with --version."""
    paths = {ex.path for ex in exchanges}
    return [
        row for row in rows if row.paths_start_with and any(p.startswith(row.paths_start_with) for p in paths)
    ]
