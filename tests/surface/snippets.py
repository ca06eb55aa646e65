"""Find the python code blocks of a Markdown file, with their line numbers and skip markers.

A block is skipped only when the line just before its fence is ``<!-- snippet: skip REASON -->``;
the reason is required, so every block that does not run says why.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

FENCE = re.compile(r"^(?P<indent> *)```(?P<lang>[\w-]*)\s*$")
SKIP = re.compile(r"^\s*<!--\s*snippet:\s*skip\s+(?P<reason>\S.*?)\s*-->\s*$")


@dataclass(frozen=True)
class Snippet:
    path: Path
    line: int  # 1-based line of the opening fence
    code: str
    skip: str | None  # the reason, when marked


def snippets(path: Path) -> list[Snippet]:
    lines = path.read_text(encoding="utf-8").splitlines()
    found: list[Snippet] = []
    i = 0
    while i < len(lines):
        opening = FENCE.match(lines[i])
        if not opening or not opening.group("lang"):
            i += 1
            continue
        indent, lang, start = len(opening.group("indent")), opening.group("lang"), i
        body: list[str] = []
        i += 1
        while i < len(lines) and not FENCE.match(lines[i]):
            body.append(lines[i][indent:])
            i += 1
        i += 1  # the closing fence
        if lang != "python":
            continue
        before = next((lines[j] for j in range(start - 1, -1, -1) if lines[j].strip()), "")
        marker = SKIP.match(before)
        found.append(
            Snippet(path, start + 1, "\n".join(body) + "\n", marker.group("reason") if marker else None)
        )
    return found
