"""OpenAPI Overlay 1.0 for vendor-spec corrections, with the JSONPath subset documented in
openapi/overlays/README.md (no JSONPath dependency: overlays here are short and hand-written).

Every action must say why it exists (``x-reason`` or ``description``). An action whose target
matches nothing is reported, not fatal: it usually means the vendor fixed the defect.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml


class OverlayError(ValueError):
    """An overlay that cannot be applied: bad document, bad JSONPath, or an action without a reason."""


@dataclass
class OverlayResult:
    document: dict[str, Any]
    applied: int = 0
    warnings: list[str] = field(default_factory=list)


# -- JSONPath subset ------------------------------------------------------------------------------
# Steps: ("key", name) | ("index", n) | ("wild",) | ("filter", key, value) | ("descend", name)

_STEP = re.compile(
    r"""
    \.\.(?P<descend>[A-Za-z_$][\w$-]*)              # ..name   (recursive descent to a member)
  | \.(?P<dot>[A-Za-z_$][\w$-]*|\*)                 # .name or .*
  | \[\s*(?P<quote>['"])(?P<bracket>.*?)(?P=quote)\s*\]   # ['name'] / ["name"]
  | \[\s*(?P<index>-?\d+)\s*\]                      # [0]
  | \[\s*\*\s*\]                                    # [*]
  | \[\s*\?\(?\s*@\.(?P<fkey>[\w$-]+)\s*==\s*(?P<fq>['"])(?P<fval>.*?)(?P=fq)\s*\)?\s*\]  # [?(@.k=='v')]
    """,
    re.VERBOSE,
)

Step = tuple[str, ...]


def parse_path(expr: str) -> list[Step]:
    if not expr.startswith("$"):
        raise OverlayError(f"JSONPath must start with '$': {expr!r}")
    steps: list[Step] = []
    pos = 1
    while pos < len(expr):
        m = _STEP.match(expr, pos)
        if m is None:
            raise OverlayError(f"unsupported JSONPath at {expr[pos:]!r} in {expr!r} (see overlays/README.md)")
        if m["descend"] is not None:
            steps.append(("descend", m["descend"]))
        elif m["dot"] is not None:
            steps.append(("wild",) if m["dot"] == "*" else ("key", m["dot"]))
        elif m["quote"] is not None:
            steps.append(("key", m["bracket"]))
        elif m["index"] is not None:
            steps.append(("index", m["index"]))
        elif m["fkey"] is not None:
            steps.append(("filter", m["fkey"], m["fval"]))
        else:
            steps.append(("wild",))
        pos = m.end()
    return steps


# A match is (parent, key) so that remove and rename can act on the container; the root has no parent.
Match = tuple[Any, Any]


def _children(node: Any) -> list[Match]:
    if isinstance(node, dict):
        return [(node, k) for k in node]
    if isinstance(node, list):
        return [(node, i) for i in range(len(node))]
    return []


def _descend(node: Any, name: str) -> list[Match]:
    found: list[Match] = []
    for parent, key in _children(node):
        if isinstance(parent, dict) and key == name:
            found.append((parent, key))
        found.extend(_descend(parent[key], name))
    return found


def select(doc: Any, expr: str) -> list[Match]:
    """Every (parent, key) the expression designates, in document order; [(None, None)] for '$'."""
    current: list[Match] = [(None, None)]
    for step in parse_path(expr):
        nxt: list[Match] = []
        for parent, key in current:
            node = doc if parent is None else parent[key]
            kind = step[0]
            if kind == "key" and isinstance(node, dict) and step[1] in node:
                nxt.append((node, step[1]))
            elif kind == "index" and isinstance(node, list):
                i = int(step[1])
                if -len(node) <= i < len(node):
                    nxt.append((node, i % len(node)))
            elif kind == "wild":
                nxt.extend(_children(node))
            elif kind == "filter":
                nxt.extend(
                    (p, k)
                    for p, k in _children(node)
                    if isinstance(p[k], dict) and str(p[k].get(step[1])) == step[2]
                )
            elif kind == "descend":
                nxt.extend(_descend(node, step[1]))
        current = nxt
    return current


# -- actions --------------------------------------------------------------------------------------


def merge(target: Any, update: Any) -> Any:
    """Overlay 1.0 update: objects merge recursively, an array target gets the value appended,
    anything else is replaced."""
    if isinstance(target, dict) and isinstance(update, dict):
        for k, v in update.items():
            target[k] = merge(target[k], v) if k in target else copy.deepcopy(v)
        return target
    if isinstance(target, list):
        target.append(copy.deepcopy(update))
        return target
    return copy.deepcopy(update)


def _reason(action: dict[str, Any]) -> str:
    return str(action.get("x-reason") or action.get("description") or "").strip()


def load_overlay(path: Path) -> dict[str, Any]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict) or not str(data.get("overlay", "")).startswith("1."):
        raise OverlayError(f"{path}: not an Overlay 1.x document (needs 'overlay: 1.0.0')")
    actions = data.get("actions")
    if not isinstance(actions, list) or not actions:
        raise OverlayError(f"{path}: 'actions' must be a non-empty list")
    for n, action in enumerate(actions, 1):
        if not isinstance(action, dict) or not isinstance(action.get("target"), str):
            raise OverlayError(f"{path}: action {n} needs a 'target' JSONPath")
        if not _reason(action):
            raise OverlayError(f"{path}: action {n} ({action['target']}) has no x-reason or description")
        ops = [k for k in ("update", "remove", "x-rename") if k in action]
        if len(ops) != 1:
            raise OverlayError(f"{path}: action {n} needs exactly one of update, remove, x-rename")
        parse_path(action["target"])
    return data


def apply_overlay(doc: dict[str, Any], overlay: dict[str, Any]) -> OverlayResult:
    """Apply every action in order to a deep copy of ``doc``."""
    result = OverlayResult(document=copy.deepcopy(doc))
    root = result.document
    for n, action in enumerate(overlay["actions"], 1):
        target = action["target"]
        matches = select(root, target)
        if not matches:
            result.warnings.append(
                f"overlay action {n} ({target}) matches nothing: drop it if fixed upstream"
            )
            continue
        if "remove" in action:
            if action["remove"] is not True:
                continue
            # Delete from the back so list indexes stay valid.
            for parent, key in reversed(matches):
                if parent is None:
                    raise OverlayError(f"action {n}: cannot remove the document root")
                del parent[key]
        elif "x-rename" in action:
            new_key = str(action["x-rename"])
            for parent, key in matches:
                if not isinstance(parent, dict):
                    raise OverlayError(f"action {n}: x-rename needs an object member, {target} is not")
                if new_key in parent:
                    raise OverlayError(f"action {n}: x-rename to {new_key!r}, which already exists")
                # Rebuild the mapping so the renamed member keeps its position.
                items = [(new_key if k == key else k, v) for k, v in parent.items()]
                parent.clear()
                parent.update(items)
        else:
            for parent, key in matches:
                if parent is None:
                    merged = merge(root, action["update"])
                    if merged is not root:
                        raise OverlayError(f"action {n}: the root can only be merged with an object")
                else:
                    parent[key] = merge(parent[key], action["update"])
        result.applied += 1
    return result
