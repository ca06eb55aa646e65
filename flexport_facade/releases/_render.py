"""A report as text (a terminal), markdown (a pull request or openapi/changes/) or JSON (a program)."""

from __future__ import annotations

import json
from itertools import groupby

from flexport_facade.releases._model import Change, Report, Severity

_TITLES = {
    Severity.BREAKING: "Breaking",
    Severity.NON_BREAKING: "Non-breaking",
    Severity.NOTE: "Notes",
}


def summary_line(report: Report) -> str:
    c = report.counts()
    return (
        f"{report.old_label} -> {report.new_label}: {c['breaking']} breaking, "
        f"{c['non-breaking']} non-breaking, {c['note']} notes"
    )


def _where(change: Change) -> str:
    where = change.location + (" (old)" if change.side == "old" else "")
    return f"{where}; python {change.python}" if change.python and change.python != change.location else where


def as_text(report: Report, *, notes: bool = True) -> str:
    lines = [summary_line(report)]
    lines.extend(f"  ({note})" for note in report.skipped)
    for severity, changes in groupby(report.sorted(), key=lambda c: c.severity):
        if severity is Severity.NOTE and not notes:
            continue
        lines.append("")
        lines.append(f"{_TITLES[severity]}:")
        for subject, items in groupby(changes, key=lambda c: c.subject):
            lines.append(f"  {subject}")
            lines.extend(f"    - {c.message}  [{c.kind}] {_where(c)}" for c in items)
    return "\n".join(lines) + "\n"


def as_markdown(report: Report, *, title: str | None = None, notes: bool = True) -> str:
    c = report.counts()
    lines = [
        f"## {title or f'API changes {report.old_label} → {report.new_label}'}",
        "",
        f"**{c['breaking']} breaking**, {c['non-breaking']} non-breaking, {c['note']} notes.",
    ]
    lines.extend(f"_{note}_" for note in report.skipped)
    for severity, changes in groupby(report.sorted(), key=lambda c: c.severity):
        if severity is Severity.NOTE and not notes:
            continue
        lines += ["", f"### {_TITLES[severity]}", ""]
        for subject, items in groupby(changes, key=lambda c: c.subject):
            lines.append(f"- **{_escape(subject)}**")
            lines.extend(f"  - {_escape(c.message)} — `{c.kind}` `{c.location}`" for c in items)
    if not report.changes:
        lines += ["", "No changes."]
    return "\n".join(lines) + "\n"


def as_json(report: Report) -> str:
    return json.dumps(report.to_json(), indent=2, sort_keys=False, default=str) + "\n"


def _escape(text: str) -> str:
    return text.replace("|", "\\|").replace("<", "&lt;")
