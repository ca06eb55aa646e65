"""Spec defects only real answers show: recorded 2xx JSON bodies checked against the declared schemas.

A spec can be valid and still wrong about what the server sends: ``null`` in a member not marked
nullable, an object where it declares an array, envelope members (``data``, ``total_count``) it does not
declare, a POST result wrapped in ``{"data": ...}`` while the spec declares the bare resource, a value
outside an enum. Each finding names the schema to fix (a JSON pointer into the spec), an example answer,
and the overlay action that fixes it.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from flexport_facade.conformance._cassettes import Exchange
from flexport_facade.conformance._matching import Candidate, Matcher
from scripts.spec_lint import METHODS, Finding

MAX_DEPTH = 64
_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "object": (dict,),
    "array": (list,),
}


def _escape(key: Any) -> str:
    return str(key).replace("~", "~0").replace("/", "~1")


def _excerpt(value: Any, size: int = 60) -> str:
    text = json.dumps(value, ensure_ascii=False, default=str)
    return text if len(text) <= size else text[: size - 3] + "..."


class _Checker:
    def __init__(self, doc: dict[str, Any]) -> None:
        self.doc = doc
        self.found: dict[tuple[str, str, str], Finding] = {}

    def resolve(self, schema: Any, where: str) -> tuple[Any, str]:
        hops = 0
        while isinstance(schema, dict) and isinstance(schema.get("$ref"), str) and hops < 20:
            ref = schema["$ref"]
            node: Any = self.doc
            for raw in ref.removeprefix("#/").split("/"):
                key = raw.replace("~1", "/").replace("~0", "~")
                node = node.get(key) if isinstance(node, dict) else None
            schema, where, hops = node, ref, hops + 1
        return schema, where

    def add(self, code: str, where: str, key: str, message: str, fix: str) -> None:
        self.found.setdefault((code, where, key), Finding(code, where, message, fix))

    # -- the walk ---------------------------------------------------------------------------------

    def check(self, schema: Any, value: Any, where: str, seen: str, depth: int = 0) -> None:
        """Check ``value`` (at ``seen``: source + pointer) against ``schema`` (at ``where``)."""
        if depth > MAX_DEPTH:
            return
        # nullable beside a $ref is ignored by the generator, so it does not count here either.
        outer_nullable = isinstance(schema, dict) and schema.get("nullable") is True and "$ref" not in schema
        schema, where = self.resolve(schema, where)
        if not isinstance(schema, dict):
            return
        if value is None:
            if not (outer_nullable or _nullable(schema, self)):
                on_refs = f"x-make-nullable: true on every reference to it (\"$..[?@['$ref'] == '{where}']\")"
                self.add(
                    "null-not-nullable",
                    where,
                    "",
                    f"the API sends null ({seen}) but the schema is not nullable",
                    on_refs if where.startswith("#/components") else "x-make-nullable: true on this schema",
                )
            return
        if "allOf" in schema:
            if isinstance(value, dict):  # one object in parts: members are declared across the parts
                self._object(schema, value, where, seen, depth)
            else:
                for i, sub in enumerate(schema["allOf"]):
                    self.check(sub, value, f"{where}/allOf/{i}", seen, depth + 1)
            return
        branches = schema.get("oneOf") or schema.get("anyOf")
        if branches:
            self._branches(branches, value, where, seen, depth)
            return
        kind = schema.get("type")
        if kind == "array" and isinstance(value, dict):
            self.add(
                "object-for-array",
                where,
                "",
                f"declared an array, the API sends an object ({seen}: {_excerpt(value)})",
                "x-replace the schema with the object's schema (or oneOf: [array, object])",
            )
            return
        if isinstance(kind, str) and kind in _TYPES and not _is(value, kind):
            self.add(
                "type-mismatch",
                where,
                type(value).__name__,
                f"declared {kind}, the API sends {type(value).__name__} ({seen}: {_excerpt(value)})",
                "update the schema's type (or x-replace it)",
            )
            return
        values = schema.get("enum")
        if isinstance(values, list) and value not in values:
            self.add(
                "enum-value-not-in-spec",
                where,
                str(value),
                f"the API sends {value!r}, not among the enum's values ({seen})",
                f"update on {where.removeprefix('#')}/enum: {json.dumps(value)} (appends it)",
            )
        if isinstance(value, dict) and _object_like(schema):
            self._object(schema, value, where, seen, depth)
        elif isinstance(value, list) and isinstance(schema.get("items"), dict):
            for i, item in enumerate(value[:50]):
                self.check(schema["items"], item, f"{where}/items", f"{seen}/{i}", depth + 1)

    def _branches(self, branches: list[Any], value: Any, where: str, seen: str, depth: int) -> None:
        best: dict[tuple[str, str, str], Finding] | None = None
        for i, sub in enumerate(branches):
            trial = _Checker(self.doc)
            trial.check(sub, value, f"{where}/oneOf/{i}", seen, depth + 1)
            if not trial.found:
                return
            if best is None or len(trial.found) < len(best):
                best = trial.found
        for key, finding in (best or {}).items():
            self.found.setdefault(key, finding)

    def _object(
        self, schema: dict[str, Any], value: dict[str, Any], where: str, seen: str, depth: int
    ) -> None:
        props = self.properties(schema, where)
        extra = schema.get("additionalProperties")
        for key, member in value.items():
            if key in props:
                sub, sub_where = props[key]
                self.check(sub, member, sub_where, f"{seen}/{_escape(key)}", depth + 1)
            elif isinstance(extra, dict):
                self.check(
                    extra, member, f"{where}/additionalProperties", f"{seen}/{_escape(key)}", depth + 1
                )
            elif props and extra is not True:
                self.add(
                    "undeclared-member",
                    where,
                    key,
                    f"the API sends {key!r} ({seen}: {_excerpt(member)}), which the schema does not declare",
                    f"update {where.removeprefix('#')}: {{properties: {{{key}: <its schema>}}}}",
                )

    def properties(self, schema: dict[str, Any], where: str, depth: int = 0) -> dict[str, tuple[Any, str]]:
        """Declared members, own and through allOf, with the location of each."""
        out: dict[str, tuple[Any, str]] = {}
        for i, sub in enumerate(schema.get("allOf") or []):
            resolved, sub_where = self.resolve(sub, f"{where}/allOf/{i}")
            if isinstance(resolved, dict) and depth < 20:
                out.update(self.properties(resolved, sub_where, depth + 1))
        for name, sub in (schema.get("properties") or {}).items():
            out[name] = (sub, f"{where}/properties/{_escape(name)}")
        return out


def _is(value: Any, kind: str) -> bool:
    if isinstance(value, bool) and kind in ("integer", "number"):
        return False
    return isinstance(value, _TYPES[kind])


def _object_like(schema: dict[str, Any]) -> bool:
    return schema.get("type") == "object" or "properties" in schema


def _nullable(schema: dict[str, Any], checker: _Checker) -> bool:
    if schema.get("nullable") is True:
        return True
    kind = schema.get("type")
    if kind == "null" or (isinstance(kind, list) and "null" in kind):
        return True
    for sub in (schema.get("anyOf") or []) + (schema.get("oneOf") or []):
        resolved, _ = checker.resolve(sub, "")
        if isinstance(resolved, dict) and _nullable(resolved, checker):
            return True
    return False


# -- matching answers to the spec ------------------------------------------------------------------


def _candidates(doc: dict[str, Any]) -> Iterator[Candidate]:
    for path, item in (doc.get("paths") or {}).items():
        if not isinstance(item, dict):
            continue
        for method in METHODS:
            op = item.get(method)
            if isinstance(op, dict):
                query = frozenset(
                    str(p.get("name"))
                    for p in [*(item.get("parameters") or []), *(op.get("parameters") or [])]
                    if isinstance(p, dict) and p.get("in") == "query"
                )
                yield Candidate(method.upper(), path, query, f"{method} {path}")


def _response_schema(doc: dict[str, Any], method: str, path: str, status: int) -> tuple[Any, str] | None:
    op = doc["paths"][path][method]
    responses = op.get("responses") or {}
    for code in (str(status), f"{str(status)[0]}XX", "default"):
        if code in responses:
            where = f"#/paths/{_escape(path)}/{method}/responses/{code}"
            resp = responses[code]
            if isinstance(resp, dict) and "$ref" in resp:
                resp, where = _Checker(doc).resolve(resp, where)
            content = (resp or {}).get("content") or {}
            for ctype, media in content.items():
                is_json = ctype == "application/json" or ctype.endswith("+json")
                if is_json and isinstance(media, dict) and "schema" in media:
                    return media["schema"], f"{where}/content/{_escape(ctype)}/schema"
    return None


def lint_answers(doc: dict[str, Any], answers: Iterable[Exchange]) -> list[Finding]:
    """Findings from every 2xx JSON answer that matches an operation of ``doc``."""
    checker = _Checker(doc)
    matcher = Matcher(_candidates(doc))
    for ex in answers:
        if not (200 <= ex.status < 300) or not ex.is_json or not ex.body.strip():
            continue
        found = matcher.match(ex.method, ex.path, [k for k, _ in ex.query])
        if found is None:
            continue
        method, path = found.key.split(" ", 1)
        target = _response_schema(doc, method, path, ex.status)
        if target is None:
            continue
        try:
            body = ex.json()
        except ValueError:
            continue
        schema, where = target
        if not _wrapped(checker, schema, body, where, ex.source, method):
            checker.check(schema, body, where, ex.source)
    return sorted(checker.found.values())


def _wrapped(checker: _Checker, schema: Any, body: Any, where: str, source: str, method: str) -> bool:
    """A result sent as {"data": <resource>} while the spec declares the bare resource."""
    resolved, _ = checker.resolve(schema, where)
    if not isinstance(resolved, dict) or not isinstance(body, dict) or not _object_like(resolved):
        return False
    props = checker.properties(resolved, where)
    if not props or set(body) & set(props):
        return False
    for key, inner in body.items():
        if isinstance(inner, dict) and len(set(inner) & set(props)) >= max(1, len(props) // 2):
            checker.add(
                "wrapped-result",
                where,
                key,
                f"{method.upper()} answers {{{key!r}: <resource>}} ({source}) but the spec declares the bare "
                f"resource",
                f"x-wrap: {key} on the response schemas (one action can target every POST/PATCH result)",
            )
            return True
    return False
