"""One comparison end to end: load both sides, diff the specs, name the Python objects, add griffe's."""

from __future__ import annotations

from typing import Any

from flexport_facade._core.versions import known_versions
from flexport_facade._exceptions import PythonApiUnavailable, SpecArgumentError
from flexport_facade.releases import _python_api as python_api
from flexport_facade.releases._loading import SpecSource, load_source, normalise_path
from flexport_facade.releases._model import Change, Report, Severity
from flexport_facade.releases._python_names import GeneratedNames, read_generated, snake_case
from flexport_facade.releases._spec_diff import diff_documents

_SCHEMAS = "/components/schemas/"


def compare(old_ref: str, new_ref: str, *, python: bool = True) -> Report:
    """Compare two versions or spec files (``python=False`` skips the generated-package comparison)."""
    return compare_sources(load_source(old_ref), load_source(new_ref), python=python)


def compare_sources(old: SpecSource, new: SpecSource, *, python: bool = True) -> Report:
    if old.version and new.version and old.version.api != new.version.api:
        same = ", ".join(v.id for v in known_versions(old.version.api))
        raise SpecArgumentError(
            f"cannot diff {old.label!r} (the {old.version.api} API) against {new.label!r} (the "
            f"{new.version.api} API): both versions must belong to the same API in openapi/versions.toml; "
            f"{old.version.api} versions: {same}"
        )
    old_names, new_names = generated_names(old), generated_names(new)
    changes = name_python_objects(diff_documents(old.doc, new.doc), old.doc, new.doc, old_names, new_names)
    report = Report(old.label, new.label, changes)
    if not python:
        return report
    if old.version is None or new.version is None:
        report.skipped.append("generated Python API not compared: a spec file has no generated package")
        return report
    covered = {c.python for c in changes if c.python and c.severity is Severity.BREAKING}
    # the old package's spelling wins: python names are the ones code written today uses
    modules = {m.module: m.cls for m in new_names.models.values()} | {
        m.module: m.cls for m in old_names.models.values()
    }
    try:
        report.changes.extend(
            python_api.python_api_changes(old.version.package, new.version.package, covered, modules)
        )
    except PythonApiUnavailable as exc:
        report.skipped.append(f"generated Python API not compared: {exc}")
    return report


def generated_names(source: SpecSource) -> GeneratedNames:
    if source.version is None:
        return GeneratedNames()
    try:
        return read_generated(python_api.package_dir(source.version.package))
    except PythonApiUnavailable:
        return GeneratedNames()


def name_python_objects(
    changes: list[Change],
    old_doc: dict[str, Any],
    new_doc: dict[str, Any],
    old_names: GeneratedNames,
    new_names: GeneratedNames,
) -> list[Change]:
    """Set ``python`` on each change: the generated name it touches, as the old package spells it
    (the new package's for additions), so upgrade-check can find it in code written today."""
    renamed_from = {c.new: c.old for c in changes if c.kind == "schema-renamed"}
    named: list[Change] = []
    for change in changes:
        added = change.kind.endswith(("-added", "-added-required"))
        use_old = change.side == "old" or not added
        python = _python_name(
            change,
            old_doc if change.side == "old" else new_doc,
            use_old,
            old_names if use_old else new_names,
            renamed_from,
            old_doc,
        )
        message = change.message
        if change.kind == "schema-renamed":
            message += f" (class {old_names.model(change.old).cls} -> {new_names.model(change.new).cls})"
        named.append(_replace(change, python=python, message=message))
    return named


def _python_name(
    change: Change,
    doc: dict[str, Any],
    use_old: bool,
    names: GeneratedNames,
    renamed_from: dict[str, str],
    old_doc: dict[str, Any],
) -> str | None:
    parts = [_unescape(p) for p in change.location.split("/")[1:]]
    if change.location.startswith(_SCHEMAS) and len(parts) >= 3:
        schema = parts[2]
        if use_old and change.side == "new":
            schema = renamed_from.get(schema, schema)
            if schema not in ((old_doc.get("components") or {}).get("schemas") or {}):
                return None  # the old package has no class for it
        model = names.model(schema)
        if len(parts) >= 5 and parts[3] == "properties":
            return f"models.{model.cls}.{names.attribute(schema, parts[4])}"
        if change.kind == "enum-value-removed" and len(parts) == 4:
            member = model.members.get(str(change.old))
            return f"models.{model.cls}.{member}" if member else f"models.{model.cls}"
        # an added value breaks whoever parses the enum: the class itself, not a member it lacks
        return f"models.{model.cls}"
    if change.location.startswith("/paths/") and len(parts) >= 3:
        path = parts[1]
        if use_old and change.side == "new":
            doc = old_doc  # the operation as the old package named it (its path has the old version)
            wanted = normalise_path(path)
            path = next((p for p in doc.get("paths") or {} if normalise_path(p) == wanted), path)
        op = ((doc.get("paths") or {}).get(path) or {}).get(parts[2])
        if not isinstance(op, dict) or "operationId" not in op:
            return None
        tags = op.get("tags") or [None]
        tag, function = names.operation(str(op["operationId"]), tags[0])
        if change.kind.startswith("parameter-"):
            param = change.old if change.side == "old" else change.new
            if param is None:
                param = _param_name(doc, parts)
            return f"api.{tag}.{function}({snake_case(str(param))})" if param else f"api.{tag}.{function}"
        return f"api.{tag}.{function}"
    return None


def _param_name(doc: dict[str, Any], parts: list[str]) -> str | None:
    node: Any = doc
    for part in parts[:5]:
        if isinstance(node, dict):
            node = node.get(part)
        elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
            node = node[int(part)]
    if isinstance(node, dict) and "$ref" in node:
        target: Any = doc
        for part in node["$ref"][2:].split("/"):
            target = target.get(_unescape(part), {}) if isinstance(target, dict) else {}
        node = target
    return str(node["name"]) if isinstance(node, dict) and "name" in node else None


def _unescape(part: str) -> str:
    return part.replace("~1", "/").replace("~0", "~")


def _replace(change: Change, **fields: Any) -> Change:
    from dataclasses import replace

    return replace(change, **fields)
