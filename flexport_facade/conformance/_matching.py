"""Which operation a recorded request belongs to: method, then path template, then query."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache


@dataclass(frozen=True)
class Candidate:
    method: str
    template: str  # the spec's path, e.g. /logistics/api/2026-02/orders/{orderId}
    query: frozenset[str]
    key: str  # whatever the caller needs back (a module name, a spec location)


@cache
def _pattern(template: str) -> re.Pattern[str]:
    """{name} segments (and Rails-style :name ones, which real specs have) match one path segment."""
    escaped = re.escape(template.rstrip("/") or "/")
    return re.compile(re.sub(r"\\{[^}]*\\}|(?<=/):[A-Za-z_]\w*", "[^/]+", escaped))


class Matcher:
    def __init__(self, candidates: Iterable[Candidate]) -> None:
        self.by_method: dict[str, list[Candidate]] = {}
        for c in candidates:
            self.by_method.setdefault(c.method.upper(), []).append(c)

    def match(self, method: str, path: str, query: Iterable[str] = ()) -> Candidate | None:
        """The best operation for a request. A path under a base-URL prefix (a proxy, a mirror)
        matches by suffix when no template matches the whole path."""
        path = path.rstrip("/") or "/"
        keys = set(query)
        options = self.by_method.get(method.upper(), [])
        found = [c for c in options if _pattern(c.template).fullmatch(path)]
        if not found:
            found = [c for c in options if _suffix(path, c.template)]
        if not found:
            return None
        # Literal segments beat parameters (/orders/rs before /orders/{orderId}); then the operation
        # that declares every query key sent, then the one declaring the fewest others.
        return min(
            found,
            key=lambda c: (c.template.count("{"), not keys <= c.query, len(c.query - keys), c.template),
        )


def _suffix(path: str, template: str) -> bool:
    m = re.compile(r"(?:/[^/]+)+?" + _pattern(template).pattern).fullmatch(path)
    return m is not None
