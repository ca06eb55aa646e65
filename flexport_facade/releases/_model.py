"""The shape of one change and of a whole comparison (what ``--json`` prints; README documents it)."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

JSON_SCHEMA_VERSION = 1


class Severity(StrEnum):
    BREAKING = "breaking"
    NON_BREAKING = "non-breaking"
    NOTE = "note"


SEVERITY_ORDER = {Severity.BREAKING: 0, Severity.NON_BREAKING: 1, Severity.NOTE: 2}


@dataclass(frozen=True)
class Change:
    """One classified change.

    ``location`` is a JSON pointer into the new document, or into the old one when the thing was
    removed (``side`` says which). ``python`` names the generated Python object it affects, relative to
    the package (``models.Dimension``, ``models.Dimension.length_unit``, ``api.products.get_product``).
    """

    kind: str
    severity: Severity
    location: str
    side: str = "new"
    operation: str | None = None
    schema: str | None = None
    event: str | None = None
    old: Any = None
    new: Any = None
    message: str = ""
    python: str | None = None

    @property
    def subject(self) -> str:
        """What the change belongs to, for grouping: an operation, a schema, an event or a Python name."""
        if self.operation:
            return f"operation {self.operation}"
        if self.event and self.schema:
            return f"event {self.event} (payload {self.schema})"
        if self.event:
            return f"event {self.event}"
        if self.schema:
            return f"schema {self.schema}"
        return f"python {self.python}"

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "severity": str(self.severity),
            "operation": self.operation,
            "schema": self.schema,
            "event": self.event,
            "location": self.location,
            "side": self.side,
            "old": self.old,
            "new": self.new,
            "python": self.python,
            "message": self.message,
        }


def sort_key(change: Change) -> tuple[int, str, str, str]:
    return (SEVERITY_ORDER[change.severity], change.subject, change.location, change.kind)


@dataclass
class Report:
    old_label: str
    new_label: str
    changes: list[Change] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # parts not compared, and why (shown to the user)

    def count(self, severity: Severity) -> int:
        return sum(1 for c in self.changes if c.severity is severity)

    @property
    def breaking(self) -> list[Change]:
        return [c for c in self.changes if c.severity is Severity.BREAKING]

    def counts(self) -> dict[str, int]:
        return {str(s): self.count(s) for s in Severity}

    def sorted(self) -> list[Change]:
        return sorted(self.changes, key=sort_key)

    def to_json(self) -> dict[str, Any]:
        return {
            "schema_version": JSON_SCHEMA_VERSION,
            "old": self.old_label,
            "new": self.new_label,
            "summary": self.counts(),
            "skipped": list(self.skipped),
            "changes": [c.to_json() for c in self.sorted()],
        }
