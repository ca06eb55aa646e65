"""Spec defects openapi-python-client passes over in silence.

The generator exits 0 while it drops endpoints whose path template and parameters disagree, keeps a
literal ``:id`` in URLs, and types schema-less bodies as raw dicts. ``lint`` finds those shapes in a
spec (after its overlay) so ``make generate`` can report them per version.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from flexport_facade.conformance._cassettes import Exchange

METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
_TEMPLATE = re.compile(r"\{([^{}]+)\}")
# What the generator turns into typed code: JSON, +json, text/* and octet-stream (see its parser).
_PARSED = re.compile(
    r"^(application/json|application/[\w.+-]+\+json|text/[\w.+-]+|application/octet-stream)$"
)
# Schema keywords that give a schema a shape the generator can type.
_HARMLESS_BESIDE_REF = {"$ref", "description", "summary", "example", "examples"}
_SHAPED = {"type", "$ref", "allOf", "oneOf", "anyOf", "enum", "properties", "items", "not", "const"}


@dataclass(frozen=True, order=True)
class Finding:
    code: str
    where: str
    message: str
    fix: str = ""  # one line: what to write (an overlay action where one answers it)

    def __str__(self) -> str:
        return f"{self.code:26} {self.where}: {self.message}" + (
            f"\n{'':29}fix: {self.fix}" if self.fix else ""
        )


# The formats JSON Schema and OpenAPI define; the generator types date-time, date, binary and uuid, and
# passes the rest through as plain strings or numbers. Anything else is usually a typo.
STANDARD_FORMATS = frozenset(
    {
        *("date-time", "date", "time", "duration", "email", "idn-email", "hostname", "idn-hostname"),
        *("ipv4", "ipv6", "uri", "uri-reference", "iri", "iri-reference", "uuid", "uri-template"),
        *("json-pointer", "relative-json-pointer", "regex", "int32", "int64", "float", "double"),
        *("byte", "binary", "password"),
    }
)
_FORMAT_FIX = {
    "date_time": "date-time",
    "datetime": "date-time",
    "dateTime": "date-time",
    "uri_reference": "uri",
}
_JSON_TYPES: dict[str, type | tuple[type, ...]] = {
    "string": str,
    "integer": int,
    "number": (int, float),
    "boolean": bool,
    "object": dict,
    "array": list,
}


class _Resolver:
    def __init__(self, doc: dict[str, Any]) -> None:
        self.doc = doc

    def pointer(self, ref: str) -> Any:
        """The target of a local ref, or None when it does not resolve."""
        if not ref.startswith("#/"):
            return None
        node: Any = self.doc
        for raw in ref[2:].split("/"):
            part = raw.replace("~1", "/").replace("~0", "~")
            if isinstance(node, dict) and part in node:
                node = node[part]
            elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
                node = node[int(part)]
            else:
                return None
        return node

    def deref(self, node: Any) -> Any:
        seen = 0
        while isinstance(node, dict) and "$ref" in node and seen < 20:
            node = self.pointer(str(node["$ref"]))
            seen += 1
        return node


def _walk(node: Any, where: str) -> Iterator[tuple[str, dict[str, Any]]]:
    """Every mapping in the document with a readable location."""
    if isinstance(node, dict):
        yield where, node
        for k, v in node.items():
            yield from _walk(v, f"{where}/{k}")
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from _walk(v, f"{where}[{i}]")


def _schemas(node: Any, where: str) -> Iterator[tuple[str, dict[str, Any]]]:
    """Component schemas and every schema nested in them (properties, items, compositions)."""
    if not isinstance(node, dict):
        return
    yield where, node
    for name, sub in (node.get("properties") or {}).items():
        yield from _schemas(sub, f"{where}.{name}")
    if isinstance(node.get("items"), dict):
        yield from _schemas(node["items"], f"{where}[]")
    for key in ("allOf", "oneOf", "anyOf"):
        for i, sub in enumerate(node.get(key) or []):
            yield from _schemas(sub, f"{where}/{key}[{i}]")
    extra = node.get("additionalProperties")
    if isinstance(extra, dict):
        yield from _schemas(extra, f"{where}{{*}}")


def snake(name: str) -> str:
    """snake_case as the generator spells module and attribute names (camelCase, PascalCase, acronyms)."""
    words = re.findall(r"[A-Z]+(?=[A-Z][a-z]|\d|\b|_)|[A-Z]?[a-z]+|[A-Z]+|\d+", name)
    return "_".join(w.lower() for w in words)


def lint(
    doc: dict[str, Any],
    *,
    path_prefix: str | None = None,
    content_type_overrides: dict[str, str] | None = None,
    module_overrides: dict[str, str] | None = None,
    answers: Iterable[Exchange] | None = None,
) -> list[Finding]:
    """Every defect found, sorted. ``path_prefix`` (e.g. /logistics/api/2026-02/) is checked on every path;
    ``answers`` (recorded exchanges) adds what only real answers show (scripts/answer_lint.py)."""
    res = _Resolver(doc)
    overrides = content_type_overrides or {}
    out: list[Finding] = []

    # References that point nowhere (the generator gives up on the schema or the whole endpoint).
    for where, node in _walk(doc, "#"):
        ref = node.get("$ref")
        if isinstance(ref, str):
            if res.pointer(ref) is None:
                out.append(
                    Finding(
                        "unresolved-ref",
                        where,
                        f"$ref {ref!r} does not resolve in this document",
                        "update $.components.schemas with the missing schema (or x-replace the $ref)",
                    )
                )
            elif node.get("nullable") is True:
                out.append(
                    Finding(
                        "nullable-beside-ref",
                        where,
                        "nullable beside $ref is ignored (by OpenAPI 3.0 and the generator): null fails",
                        "x-make-nullable: true on \"$..[?@['$ref'] && @.nullable == true]\" (one for all)",
                    )
                )
            elif siblings := sorted(set(node) - _HARMLESS_BESIDE_REF):
                # OpenAPI 3.0 ignores them; the generator does too.
                out.append(
                    Finding(
                        "ref-with-siblings",
                        where,
                        f"ignored beside $ref: {', '.join(siblings)}",
                        "x-replace the node with allOf: [{$ref}] plus those keywords",
                    )
                )
        out.extend(_check_schema_keywords(where, node))

    modules = module_overrides or {}
    for name, schema in ((doc.get("components") or {}).get("schemas") or {}).items():
        if isinstance(schema, dict) and schema.get("nullable") is True and _is_object(schema):
            out.append(
                Finding(
                    "schema-level-nullable",
                    f"#/components/schemas/{name}",
                    "a nullable component object: the generator renames its class "
                    f"{name}Type0 and drops duplicates",
                    f"x-make-nullable on \"$..[?@['$ref'] == '#/components/schemas/{name}']\", "
                    f"then remove $.components.schemas.{name}.nullable",
                )
            )
        module = modules.get(name) or snake(name)
        for prop in (schema.get("properties") or {}) if isinstance(schema, dict) else {}:
            if snake(prop) == module:
                out.append(
                    Finding(
                        "property-shadows-model",
                        f"{name}.{prop}",
                        "from_dict() reuses the name for the instance (mypy error)",
                        "set a module_name in class_overrides (scripts/generator/config.yaml)",
                    )
                )
        for where, sub in _schemas(schema, name):
            if not (_SHAPED & sub.keys()):
                out.append(
                    Finding(
                        "schema-without-type",
                        where,
                        "no type, $ref or composition: typed as Any",
                        "update the schema with its type (and properties)",
                    )
                )

    op_ids: Counter[str] = Counter()
    for path, item in (doc.get("paths") or {}).items():
        if not isinstance(item, dict):
            continue
        if path_prefix is not None and not path.startswith(path_prefix):
            out.append(
                Finding(
                    "path-outside-version",
                    path,
                    f"does not start with {path_prefix}",
                    "x-rename-keys on $.paths adding the prefix (or remove the path)",
                )
            )
        if re.search(r"/:[A-Za-z_]", path):
            out.append(
                Finding(
                    "colon-path-param",
                    path,
                    "':name' segment: the URL keeps a literal ':name'",
                    "x-rename-keys on $.paths {pattern: '/:(\\w+)', to: '/{\\1}', declare-path-params: true}",
                )
            )
        template = set(_TEMPLATE.findall(path))
        shared = [res.deref(p) for p in item.get("parameters") or []]
        for method in METHODS:
            op = item.get(method)
            if not isinstance(op, dict):
                continue
            where = f"{method.upper()} {path}"
            op_id = op.get("operationId")
            if not op_id:
                out.append(
                    Finding(
                        "missing-operation-id",
                        where,
                        "no operationId: the function name is guessed",
                        "update the operation with {operationId: ...}",
                    )
                )
            else:
                op_ids[str(op_id)] += 1
            out.extend(_check_parameters(where, template, shared, op, res))
            out.extend(_check_bodies(where, op, res, overrides))
    for op_id, count in sorted(op_ids.items()):
        if count > 1:
            out.append(
                Finding(
                    "duplicate-operation-id",
                    op_id,
                    f"used by {count} operations",
                    "update all but one of them with another operationId",
                )
            )
    if answers is not None:
        from scripts.answer_lint import lint_answers  # it builds on this module

        out.extend(lint_answers(doc, answers))
    return sorted(set(out))


def _check_parameters(
    where: str, template: set[str], shared: list[Any], op: dict[str, Any], res: _Resolver
) -> Iterator[Finding]:
    params: dict[tuple[str, str], dict[str, Any]] = {}
    for p in [*shared, *(res.deref(p) for p in op.get("parameters") or [])]:
        if isinstance(p, dict) and "name" in p and "in" in p:
            params[(str(p["in"]), str(p["name"]))] = p  # operation level overrides path level
    declared = {name for (loc, name) in params if loc == "path"}
    for name in sorted(template - declared):
        yield Finding(
            "undeclared-path-param",
            where,
            f"{{{name}}} has no 'in: path' parameter: endpoint dropped",
            f"update the path item's parameters with {{name: {name}, in: path, required: true, schema: ...}}",
        )
    for name in sorted(declared - template):
        yield Finding(
            "unused-path-param",
            where,
            f"path parameter {name!r} is not in the template: endpoint dropped",
            "update the parameter's name to the template's (or remove it)",
        )
    for (loc, name), p in sorted(params.items()):
        if "schema" not in p and "content" not in p:
            yield Finding(
                "parameter-without-schema",
                where,
                f"{loc} parameter {name!r} has no schema",
                "update the parameter with {schema: {type: string}}",
            )


def _check_bodies(
    where: str, op: dict[str, Any], res: _Resolver, overrides: dict[str, str]
) -> Iterator[Finding]:
    body = res.deref(op.get("requestBody"))
    if isinstance(body, dict):
        for ctype, media in (body.get("content") or {}).items():
            if _is_json(ctype) and not (isinstance(media, dict) and media.get("schema")):
                yield Finding(
                    "request-without-schema",
                    where,
                    f"{ctype} request body has no schema",
                    "update the media type with {schema: ...}",
                )
    for status, resp in sorted((op.get("responses") or {}).items(), key=lambda kv: str(kv[0])):
        resp = res.deref(resp)
        if not str(status).startswith("2") or not isinstance(resp, dict):
            continue
        for ctype, media in (resp.get("content") or {}).items():
            effective = overrides.get(ctype, ctype)
            schema = res.deref(media.get("schema")) if isinstance(media, dict) else None
            if _is_json(effective) and not schema:
                yield Finding(
                    "response-without-schema",
                    where,
                    f"{status} {ctype} has no schema: raw JSON",
                    "update the media type with {schema: ...}",
                )
            elif not _PARSED.match(effective):
                yield Finding(
                    "unsupported-content-type",
                    where,
                    f"{status} {ctype}: the generator returns no body",
                    "map it in content_type_overrides (scripts/generator/config.yaml)",
                )
            elif (
                effective.startswith("text/")
                and isinstance(schema, dict)
                and schema.get("format") == "binary"
            ):
                yield Finding(
                    "binary-as-text",
                    where,
                    f"{status} {ctype} is binary but would be decoded as text",
                    "map it to application/octet-stream in content_type_overrides",
                )


def _is_object(schema: dict[str, Any]) -> bool:
    # allOf: [$ref] + nullable (a nullable alias of another schema) is the form the generator reads well.
    return schema.get("type") == "object" or "properties" in schema


def _check_schema_keywords(where: str, node: dict[str, Any]) -> Iterator[Finding]:
    """Keywords of one schema the generator reads wrongly or not at all."""
    fmt = node.get("format")
    if (
        isinstance(fmt, str)
        and fmt not in STANDARD_FORMATS
        and node.get("type") in (None, "string", "number", "integer")
    ):
        better = _FORMAT_FIX.get(fmt)
        fix = (
            f"update {{format: {better}}}"
            if better
            else "x-replace the schema without format (or a standard one)"
        )
        yield Finding(
            "nonstandard-format",
            where,
            f"format {fmt!r} is not a standard format: read as a plain value",
            fix,
        )
    required, props = node.get("required"), node.get("properties")
    if isinstance(required, list) and isinstance(props, dict) and "allOf" not in node:
        for name in required:
            if name not in props:
                yield Finding(
                    "required-not-a-property",
                    where,
                    f"required names {name!r}, which is not among its properties",
                    f"x-replace {where.removeprefix('#')}/required without it, or declare the property",
                )
    kind, values = node.get("type"), node.get("enum")
    if isinstance(kind, str) and kind in _JSON_TYPES and isinstance(values, list):
        want = _JSON_TYPES[kind]
        wrong = [
            v
            for v in values
            if v is not None and (not isinstance(v, want) or (kind != "boolean" and isinstance(v, bool)))
        ]
        if wrong:
            yield Finding(
                "enum-type-mismatch",
                where,
                f"{kind} enum lists {wrong[:3]!r} (YAML 1.1 reads yes/no/on/off as booleans)",
                "x-replace the enum with quoted strings",
            )


def _is_json(ctype: str) -> bool:
    return ctype == "application/json" or ctype.endswith("+json")


# -- command line ---------------------------------------------------------------------------------


def lint_with_overlay(
    raw: dict[str, Any], overlaid: dict[str, Any] | None, **kw: Any
) -> list[tuple[Finding, bool]]:
    """Every finding of the raw document, each with whether the overlaid one still has it (False) or
    not (True: the overlay answers it); findings the overlay itself introduced come last, unanswered."""
    before = lint(raw, **kw)
    if overlaid is None:
        return [(f, False) for f in before]
    after = set(lint(overlaid, **kw))
    return [(f, f not in after) for f in before] + [(f, False) for f in sorted(after - set(before))]


def main(argv: list[str] | None = None) -> int:
    import argparse
    from pathlib import Path

    from flexport_facade._core.spec_loader import load_document
    from flexport_facade._exceptions import SpecLoadError
    from flexport_facade.conformance._cassettes import read_exchanges
    from scripts.overlay import OverlayError, apply_overlay, load_overlay

    p = argparse.ArgumentParser(prog="scripts/spec_lint.py", description="Lint an OpenAPI document.")
    p.add_argument("spec", type=Path)
    p.add_argument("--overlay", type=Path, help="report which findings this overlay answers")
    p.add_argument("--answers", type=Path, nargs="+", help="vcrpy cassettes (or dirs) of real answers")
    p.add_argument("--path-prefix", help="every path must start with this")
    p.add_argument("--strict", action="store_true", help="exit 1 on any finding the overlay does not answer")
    args = p.parse_args(argv)
    try:
        notes: list[str] = []
        raw = load_document(args.spec, warnings=notes)
        overlaid = None
        if args.overlay:
            result = apply_overlay(raw, load_overlay(args.overlay))
            overlaid, notes = result.document, notes + result.warnings
        answers = read_exchanges(args.answers) if args.answers else None
    except (SpecLoadError, OverlayError) as exc:
        print(f"spec_lint: {exc}")
        return 2
    from scripts.generate import config_overrides  # what the shared generator config already answers

    rows = lint_with_overlay(
        raw, overlaid, path_prefix=args.path_prefix, answers=answers, **config_overrides()
    )
    for finding, answered in rows:
        print(f"{'answered' if answered else 'OPEN':8} {finding}")
    for note in notes:
        print(f"note     {note}")
    open_count = sum(1 for _, answered in rows if not answered)
    print(f"{len(rows)} findings, {len(rows) - open_count} answered by the overlay, {open_count} open")
    return 1 if args.strict and open_count else 0


if __name__ == "__main__":
    import sys

    # Run as a script, this file is __main__; answer_lint's findings are scripts.spec_lint's.
    from scripts.spec_lint import main as _main

    sys.exit(_main())
