"""Schema-valid example values, and filling in what a stateful record lacks for its schema.

Operations without a stateful handler answer ``example_for(schema)``; stateful handlers pass their
records through ``conform`` so a required field they do not model still appears, with a valid value.
"""

from __future__ import annotations

from re import _parser as sre  # type: ignore[attr-defined]
from typing import Any

_FORMATS = {
    "date-time": "2026-02-01T12:00:00Z",
    "date": "2026-02-01",
    "uuid": "3fa85f64-5717-4562-b3fc-2c963f66afa6",
    "email": "ops@example.com",
    "uri": "https://example.com/",
    "url": "https://example.com/",
    "hostname": "example.com",
    "ipv4": "192.0.2.1",
}
_MAX_DEPTH = 12


class Schemas:
    """Resolves local ``$ref``s and merges ``allOf`` within one document."""

    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document

    def resolve(self, schema: Any) -> dict[str, Any]:
        seen = 0
        while isinstance(schema, dict) and "$ref" in schema and seen < 50:
            schema = self._lookup(str(schema["$ref"]))
            seen += 1
        if not isinstance(schema, dict):
            return {}
        if "allOf" in schema:
            merged: dict[str, Any] = {k: v for k, v in schema.items() if k != "allOf"}
            props: dict[str, Any] = dict(merged.get("properties", {}))
            required: list[str] = list(merged.get("required", []))
            for part in schema["allOf"]:
                sub = self.resolve(part)
                props.update(sub.get("properties", {}))
                required += [r for r in sub.get("required", []) if r not in required]
                for key, value in sub.items():
                    if key not in {"properties", "required"}:
                        merged.setdefault(key, value)
            if props:
                merged["properties"] = props
            if required:
                merged["required"] = required
            return merged
        return schema

    def _lookup(self, pointer: str) -> Any:
        if not pointer.startswith("#/"):
            raise ValueError(f"only local $refs are supported, got {pointer!r}")
        node: Any = self.document
        for part in pointer[2:].split("/"):
            node = node[part.replace("~1", "/").replace("~0", "~")]
        return node

    # -- examples ------------------------------------------------------------------------------
    def example_for(self, schema: Any, depth: int = 0) -> Any:
        s = self.resolve(schema)
        if "example" in s:
            return s["example"]
        if "default" in s:
            return s["default"]
        if s.get("enum"):
            return s["enum"][0]
        for key in ("oneOf", "anyOf"):
            if s.get(key):
                return self.example_for(s[key][0], depth + 1)
        kind = s.get("type") or ("object" if "properties" in s else None)
        if kind == "object":
            if depth > _MAX_DEPTH:
                return {}
            props: dict[str, Any] = s.get("properties", {})
            # Required members always; optional ones too, so examples show the full shape.
            return {name: self.example_for(sub, depth + 1) for name, sub in props.items()}
        if kind == "array":
            if depth > _MAX_DEPTH:
                return []
            count = max(int(s.get("minItems", 1)), 1)
            return [self.example_for(s.get("items", {}), depth + 1) for _ in range(count)]
        if kind == "string":
            return _string_for(s)
        if kind == "integer":
            return int(_number_for(s, integer=True))
        if kind == "number":
            return _number_for(s, integer=False)
        if kind == "boolean":
            return True
        return None if s.get("nullable") else "example"

    # -- conform -------------------------------------------------------------------------------
    def conform(self, value: Any, schema: Any, depth: int = 0) -> Any:
        """``value`` with missing required members synthesised and forbidden extras dropped."""
        s = self.resolve(schema)
        if depth > _MAX_DEPTH or not s:
            return value
        if isinstance(value, dict) and (s.get("type") == "object" or "properties" in s):
            props: dict[str, Any] = s.get("properties", {})
            required = set(s.get("required", []))
            out: dict[str, Any] = {}
            for key, item in value.items():
                if key in props:
                    # Unset optional fields are omitted (the field sees "absent or null"); openapi-core
                    # rejects null under allOf even when the wrapper says nullable.
                    if item is None and (key not in required or not self.resolve(props[key]).get("nullable")):
                        continue
                    out[key] = self.conform(item, props[key], depth + 1)
                elif s.get("additionalProperties", True) is not False:
                    out[key] = item
            for key in s.get("required", []):
                if key not in out and key in props:
                    out[key] = self.example_for(props[key], depth + 1)
            return out
        if isinstance(value, list) and s.get("type") == "array":
            return [self.conform(item, s.get("items", {}), depth + 1) for item in value]
        return value


def _number_for(s: dict[str, Any], *, integer: bool) -> float:
    low = s.get("minimum")
    high = s.get("maximum")
    value: float = 1
    if low is not None:
        value = max(value, float(low) + (1 if s.get("exclusiveMinimum") is True else 0))
    if high is not None:
        value = min(value, float(high) - (1 if s.get("exclusiveMaximum") is True else 0))
    return int(value) if integer else float(value)


def _string_for(s: dict[str, Any]) -> str:
    fmt = s.get("format")
    if fmt in _FORMATS:
        return _FORMATS[fmt]
    min_len = int(s.get("minLength", 0))
    max_len = s.get("maxLength")
    text = from_pattern(str(s["pattern"]), min_len) if "pattern" in s else "string"
    if len(text) < min_len:
        text = text + "x" * (min_len - len(text))
    if max_len is not None:
        text = text[: int(max_len)]
    return text


def from_pattern(pattern: str, min_len: int = 0) -> str:
    """A string matching a simple regex (literals, classes, repeats, groups, alternation)."""
    parsed = sre.parse(pattern)
    text = _emit(parsed, 0)
    if len(text) < min_len:
        text = _emit(parsed, min_len - len(text))
    return text


def _emit(items: Any, extra: int) -> str:
    out: list[str] = []
    budget = [extra]
    for op, arg in items:
        out.append(_emit_one(op, arg, budget))
    return "".join(out)


def _emit_one(op: Any, arg: Any, budget: list[int]) -> str:
    name = str(op)
    if name == "LITERAL":
        return chr(arg)
    if name == "ANY":
        return "a"
    if name == "IN":
        return _pick_from_class(arg)
    if name in {"MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"}:
        low, high, sub = arg
        count = max(low, 1) if low == 0 else low
        if budget[0] > 0 and (high is sre.MAXREPEAT or high > count):
            room = budget[0] if high is sre.MAXREPEAT else min(budget[0], high - count)
            count += room
            budget[0] -= room
        return "".join(_emit_one(o, a, budget) for _ in range(count) for o, a in sub)
    if name == "SUBPATTERN":
        return "".join(_emit_one(o, a, budget) for o, a in arg[-1])
    if name == "BRANCH":
        return "".join(_emit_one(o, a, budget) for o, a in arg[1][0])
    if name == "CATEGORY":
        return _category(str(arg))
    return ""  # AT (anchors) and anything exotic add nothing


def _pick_from_class(items: Any) -> str:
    for op, arg in items:
        name = str(op)
        if name == "NEGATE":
            return "~"
        if name == "LITERAL":
            return chr(arg)
        if name == "RANGE":
            return chr(arg[0])
        if name == "CATEGORY":
            return _category(str(arg))
    return "a"


def _category(name: str) -> str:
    if "DIGIT" in name and "NOT" not in name:
        return "1"
    if "SPACE" in name and "NOT" not in name:
        return " "
    return "a"
