"""OpenAPI Overlay 1.0 for vendor-spec corrections, with RFC 9535 JSONPath (python-jsonpath, strict).

Overlay 1.0 documents work as written (``update``, ``remove``), plus our extensions, each answering a
class of real defect in one action (openapi/overlays/README.md has an example of each):

  x-rename          rename the matched object member in place (a path key ``/:id`` -> ``/{id}``)
  x-rename-keys     rename every member of the matched objects by a regex (all ``/:id`` paths at once),
                    optionally declaring the path parameters the new templates need
  x-make-nullable   make the matched schemas nullable; a ``$ref`` is wrapped so the generator keeps it
  x-wrap            wrap the matched schemas in an envelope object (``{data: <schema>}``)
  x-replace         replace the matched nodes (``update`` merges)
  x-copy            merge a copy of the one node another JSONPath selects into each match

Every action must say why it exists (``x-reason`` or ``description``). An action whose target matches
nothing is reported, not fatal: it usually means the vendor fixed the defect. An ``update`` that would
append an item an array already holds is refused: the overlay was written for another document.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import jsonpath

from flexport_facade._core import spec_loader
from flexport_facade._exceptions import SpecLoadError

ACTIONS = (
    "update",
    "remove",
    "x-rename",
    "x-rename-keys",
    "x-make-nullable",
    "x-wrap",
    "x-replace",
    "x-copy",
)
_ENV = jsonpath.JSONPathEnvironment(strict=True)  # RFC 9535 and nothing else
_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")


class OverlayError(ValueError):
    """An overlay that cannot be applied: bad document, bad JSONPath, or an action without a reason."""


@dataclass
class OverlayResult:
    document: dict[str, Any]
    applied: int = 0
    warnings: list[str] = field(default_factory=list)
    matches: list[int] = field(default_factory=list)  # per action, how many nodes it changed


# -- JSONPath -------------------------------------------------------------------------------------

Parts = tuple[Any, ...]


@cache
def _compiled(expr: str) -> Any:
    try:
        return _ENV.compile(expr)
    except jsonpath.JSONPathError as exc:
        hint = " (a query must start with '$')" if not expr.startswith("$") else ""
        detail = str(exc).splitlines()[0]
        raise OverlayError(f"invalid RFC 9535 JSONPath {expr!r}{hint}: {detail}") from None


def select(doc: Any, expr: str) -> list[Parts]:
    """The location (keys and indexes from the root) of every node ``expr`` selects, each once,
    in the order the query yields them; ``[()]`` for ``$``."""
    seen: set[Parts] = set()
    out: list[Parts] = []
    for match in _compiled(expr).finditer(doc):
        parts = tuple(match.parts)
        if parts not in seen:
            seen.add(parts)
            out.append(parts)
    return out


def node_at(doc: Any, parts: Parts) -> Any:
    node = doc
    for p in parts:
        node = node[p]
    return node


# -- actions --------------------------------------------------------------------------------------


def merge(target: Any, update: Any, where: str = "") -> Any:
    """Overlay 1.0 update: objects merge recursively, an array target gets the value appended,
    anything else is replaced. Appending an item the array already holds is refused."""
    if isinstance(target, dict) and isinstance(update, dict):
        for k, v in update.items():
            target[k] = merge(target[k], v, f"{where}/{k}") if k in target else copy.deepcopy(v)
        return target
    if isinstance(target, list):
        if update in target:
            raise OverlayError(
                f"update would append {_excerpt(update)} to {where or '/'} a second time: the document "
                f"already has it (fixed upstream?); drop or narrow the action"
            )
        target.append(copy.deepcopy(update))
        return target
    return copy.deepcopy(update)


def _excerpt(value: Any, size: int = 80) -> str:
    text = repr(value)
    return text if len(text) <= size else text[: size - 3] + "..."


def _reason(action: dict[str, Any]) -> str:
    return str(action.get("x-reason") or action.get("description") or "").strip()


def _kind(action: dict[str, Any]) -> str:
    return next(k for k in ACTIONS if k in action)


def load_overlay(path: Path) -> dict[str, Any]:
    try:
        data = spec_loader.load_file(path)
    except SpecLoadError as exc:
        raise OverlayError(str(exc)) from None
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
        ops = [k for k in ACTIONS if k in action]
        if len(ops) != 1:
            raise OverlayError(f"{path}: action {n} needs exactly one of {', '.join(ACTIONS)}; it has {ops}")
        try:
            _compiled(action["target"])
            if "x-copy" in action:
                _compiled(str(action["x-copy"]))
            _check_arguments(action)
        except OverlayError as exc:
            raise OverlayError(f"{path}: action {n}: {exc}") from None
    return data


def _check_arguments(action: dict[str, Any]) -> None:
    if "x-rename-keys" in action:
        spec = action["x-rename-keys"]
        if not isinstance(spec, dict) or not isinstance(spec.get("pattern"), str) or "to" not in spec:
            raise OverlayError("x-rename-keys needs {pattern: <regex>, to: <replacement>}")
        try:
            re.compile(spec["pattern"])
        except re.error as exc:
            raise OverlayError(f"x-rename-keys pattern {spec['pattern']!r}: {exc}") from None
    if "x-wrap" in action:
        spec = action["x-wrap"]
        if not isinstance(spec, str | dict) or (
            isinstance(spec, dict) and not isinstance(spec.get("in"), str)
        ):
            raise OverlayError("x-wrap needs a member name (x-wrap: data) or {in: data, properties: {...}}")


def apply_overlay(doc: dict[str, Any], overlay: dict[str, Any]) -> OverlayResult:
    """Apply every action in order to a deep copy of ``doc``."""
    result = OverlayResult(document=copy.deepcopy(doc))
    root = result.document
    version = str(root.get("openapi", "3.0"))
    for n, action in enumerate(overlay["actions"], 1):
        target, kind = action["target"], _kind(action)
        where = f"action {n} ({kind} {target})"
        matches = select(root, target)
        if not matches:
            result.warnings.append(f"overlay {where} matches nothing: drop it if fixed upstream")
            result.matches.append(0)
            continue
        try:
            changed = _apply(root, matches, kind, action, version)
        except OverlayError as exc:
            raise OverlayError(f"{where}: {exc}") from None
        result.matches.append(changed)
        result.applied += 1
    return result


def _outermost(matches: list[Parts]) -> list[Parts]:
    """The matches no other match contains: replacing or removing a node takes its descendants along."""
    chosen = set(matches)
    return [m for m in matches if not any(m[:i] in chosen for i in range(len(m)))]


def _apply(
    root: dict[str, Any], matches: list[Parts], kind: str, action: dict[str, Any], version: str
) -> int:
    value = action[kind]
    if kind not in ("update", "x-copy", "x-rename-keys"):
        matches = _outermost(matches)
    if kind == "remove":
        if value is not True:
            return 0
        if () in matches:
            raise OverlayError("cannot remove the document root")
        # Deepest and last first, so list indexes and parents stay valid while deleting.
        for parts in sorted(
            matches, key=lambda p: (len(p), p[-1] if isinstance(p[-1], int) else -1), reverse=True
        ):
            del node_at(root, parts[:-1])[parts[-1]]
        return len(matches)
    if kind == "x-rename":
        for parts in matches:
            _rename(root, parts, str(value))
        return len(matches)
    if kind == "x-rename-keys":
        return sum(_rename_keys(root, node_at(root, parts), value) for parts in matches)
    if kind == "x-copy":
        sources = select(root, str(value))
        if len(sources) != 1:
            raise OverlayError(
                f"x-copy source {value!r} must select exactly one node, it selects {len(sources)}"
            )
        value = copy.deepcopy(node_at(root, sources[0]))
    for parts in matches:
        node = node_at(root, parts)
        if kind in ("update", "x-copy"):
            new = merge(node, value, spec_loader.pointer(parts))
        elif kind == "x-replace":
            new = copy.deepcopy(value)
        elif kind == "x-make-nullable":
            new = make_nullable(node, version) if value is True else node
        else:  # x-wrap
            new = wrap(node, value)
        if parts == ():
            if not isinstance(new, dict):
                raise OverlayError("the root can only become another object")
            if new is not root:
                root.clear()
                root.update(new)
        else:
            node_at(root, parts[:-1])[parts[-1]] = new
    return len(matches)


def _rename(root: dict[str, Any], parts: Parts, new_key: str) -> None:
    if not parts or not isinstance(node_at(root, parts[:-1]), dict):
        raise OverlayError("x-rename needs an object member as its target")
    parent, key = node_at(root, parts[:-1]), parts[-1]
    if new_key in parent and new_key != key:
        raise OverlayError(f"x-rename to {new_key!r}, which already exists")
    # Rebuild the mapping so the renamed member keeps its position.
    items = [(new_key if k == key else k, v) for k, v in parent.items()]
    parent.clear()
    parent.update(items)


_TEMPLATE = re.compile(r"\{([^{}]+)\}")


def _rename_keys(root: dict[str, Any], node: Any, spec: dict[str, Any]) -> int:
    """Rename the members of ``node`` whose key matches ``spec['pattern']``; with
    ``declare-path-params``, each renamed key is a path whose new template parameters get declared."""
    if not isinstance(node, dict):
        raise OverlayError("x-rename-keys needs an object (e.g. $.paths) as its target")
    pattern, to = re.compile(spec["pattern"]), str(spec["to"])
    declare = spec.get("declare-path-params")
    renamed: dict[str, str] = {}
    for key in node:
        new = pattern.sub(to, key) if isinstance(key, str) else key
        if new != key:
            if new in node or new in renamed.values():
                raise OverlayError(f"x-rename-keys turns {key!r} into {new!r}, which already exists")
            renamed[key] = new
    items = [(renamed.get(k, k), v) for k, v in node.items()]
    node.clear()
    node.update(items)
    if declare:
        schema = (
            declare.get("schema", {"type": "string"}) if isinstance(declare, dict) else {"type": "string"}
        )
        for new in renamed.values():
            _declare_path_params(root, node[new], _TEMPLATE.findall(new), schema)
    return len(renamed)


def _declare_path_params(root: dict[str, Any], item: Any, names: list[str], schema: dict[str, Any]) -> None:
    if not isinstance(item, dict):
        return

    def declared(params: Any) -> set[str]:
        out = set()
        for p in params or []:
            if isinstance(p, dict) and "$ref" in p:
                p = _deref(root, p)
            if isinstance(p, dict) and p.get("in") == "path":
                out.add(str(p.get("name")))
        return out

    shared = declared(item.get("parameters"))
    missing = [
        n
        for n in names
        if n not in shared
        and not all(
            n in declared(op.get("parameters"))
            for m, op in item.items()
            if m in _METHODS and isinstance(op, dict)
        )
    ]
    if missing:
        params = item.setdefault("parameters", [])
        for name in missing:
            params.append({"name": name, "in": "path", "required": True, "schema": copy.deepcopy(schema)})


def _deref(root: dict[str, Any], node: dict[str, Any]) -> Any:
    ref = str(node.get("$ref", ""))
    if not ref.startswith("#/"):
        return None
    target: Any = root
    for raw in ref[2:].split("/"):
        key = raw.replace("~1", "/").replace("~0", "~")
        if not isinstance(target, dict) or key not in target:
            return None
        target = target[key]
    return target


_BESIDE_REF = (
    "description",
    "summary",
    "example",
    "examples",
    "readOnly",
    "writeOnly",
    "deprecated",
    "default",
)


def make_nullable(schema: Any, openapi_version: str) -> Any:
    """The schema, nullable. A ``$ref`` cannot carry ``nullable`` (3.0 and this generator ignore its
    siblings), so it becomes ``allOf: [$ref]`` + ``nullable`` (3.0) or ``anyOf: [$ref, null]`` (3.1)."""
    if not isinstance(schema, dict):
        raise OverlayError(f"x-make-nullable needs a schema object, not {_excerpt(schema)}")
    if "$ref" in schema:
        kept = {k: copy.deepcopy(v) for k, v in schema.items() if k in _BESIDE_REF}
        if openapi_version.startswith("3.1"):
            return {"anyOf": [{"$ref": schema["$ref"]}, {"type": "null"}], **kept}
        return {"allOf": [{"$ref": schema["$ref"]}], "nullable": True, **kept}
    out = dict(schema)
    if openapi_version.startswith("3.1"):
        kind = out.get("type")
        if isinstance(kind, str):
            out["type"] = [kind, "null"]
        elif isinstance(kind, list) and "null" not in kind:
            out["type"] = [*kind, "null"]
        elif kind is None:
            return {"anyOf": [out, {"type": "null"}]}
    else:
        out["nullable"] = True
    return out


def wrap(schema: Any, spec: str | dict[str, Any]) -> dict[str, Any]:
    """``{type: object, required: [in], properties: {in: schema, **properties}}``."""
    name = spec if isinstance(spec, str) else str(spec["in"])
    extra = {} if isinstance(spec, str) else dict(spec.get("properties") or {})
    return {
        "type": "object",
        "required": [name],
        "properties": {name: copy.deepcopy(schema), **copy.deepcopy(extra)},
    }
