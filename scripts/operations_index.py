"""operations.json: what the facade needs to bind a generated package, read from the package itself.

Tag and function names are taken from the generated modules (method and URL in ``_get_kwargs``), not
re-derived from operationIds, so they match whatever the generator really wrote; spec operations with
no generated module are returned as dropped.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from scripts.spec_lint import METHODS

_PLACEHOLDER = re.compile(r"\{[^{}]*\}")


def _shape(path: str) -> str:
    """A path with every placeholder blanked, so /a/{productId} and /a/{product_id} compare equal."""
    return _PLACEHOLDER.sub("{}", path)


@dataclass(frozen=True)
class GeneratedEndpoint:
    tag: str
    function: str
    method: str
    path: str


def _kwargs_literal(tree: ast.Module) -> tuple[str, str] | None:
    """(method, url) from the ``_kwargs = {"method": ..., "url": ...}`` dict of an endpoint module."""
    for node in ast.walk(tree):
        if not isinstance(node, ast.Dict):
            continue
        found: dict[str, str] = {}
        for key, value in zip(node.keys, node.values, strict=True):
            if not (isinstance(key, ast.Constant) and key.value in ("method", "url")):
                continue
            if isinstance(value, ast.Call) and isinstance(value.func, ast.Attribute):
                value = value.func.value  # "/a/{x}".format(x=...)
            if isinstance(value, ast.Constant) and isinstance(value.value, str):
                found[str(key.value)] = value.value
        if "method" in found and "url" in found:
            return found["method"].upper(), found["url"]
    return None


def read_modules(package_dir: Path) -> dict[str, str]:
    """The endpoint and model modules' text by relative path (sorted): everything the index reads.

    Read at once, so that the index can be built while the post hooks rewrite the files (what it
    takes from them, the ``_kwargs`` literals and the ``class`` names, is the same before and after).
    """
    return {
        module.relative_to(package_dir).as_posix(): module.read_text(encoding="utf-8")
        for pattern in ("api/*/*.py", "models/*.py")
        for module in sorted(package_dir.glob(pattern))
    }


def scan_package(modules: dict[str, str]) -> list[GeneratedEndpoint]:
    endpoints: list[GeneratedEndpoint] = []
    for name, text in modules.items():
        parts = name.split("/")
        if len(parts) != 3 or parts[0] != "api" or parts[2] == "__init__.py":
            continue
        found = _kwargs_literal(ast.parse(text))
        if found is not None:
            endpoints.append(GeneratedEndpoint(parts[1], parts[2].removesuffix(".py"), found[0], found[1]))
    return endpoints


def _deref(doc: dict[str, Any], node: Any) -> Any:
    for _ in range(20):
        if not (isinstance(node, dict) and isinstance(node.get("$ref"), str)):
            return node
        target: Any = doc
        for part in node["$ref"].lstrip("#/").split("/"):
            target = (
                target.get(part.replace("~1", "/").replace("~0", "~"), {}) if isinstance(target, dict) else {}
            )
        node = target
    return node


def _parameters(doc: dict[str, Any], item: dict[str, Any], op: dict[str, Any]) -> list[dict[str, Any]]:
    merged: dict[tuple[str, str], dict[str, Any]] = {}
    for p in [*(item.get("parameters") or []), *(op.get("parameters") or [])]:
        p = _deref(doc, p)
        if isinstance(p, dict) and "name" in p:
            merged[(str(p.get("in")), str(p["name"]))] = p
    return list(merged.values())


def _declares_link_header(doc: dict[str, Any], op: dict[str, Any]) -> bool:
    ok = _deref(doc, (op.get("responses") or {}).get("200") or (op.get("responses") or {}).get(200))
    headers = ok.get("headers") if isinstance(ok, dict) else None
    return any(str(name).lower() == "link" for name in headers or {})


def describe(doc: dict[str, Any], method: str, path: str, endpoint: GeneratedEndpoint) -> dict[str, Any]:
    item = doc["paths"][path]
    op = item[method.lower()]
    params = _parameters(doc, item, op)
    query = [str(p["name"]) for p in params if p.get("in") == "query"]
    declared = {str(p["name"]) for p in params if p.get("in") == "path"}
    path_params = [name for name in re.findall(r"\{([^{}]+)\}", path) if name in declared]
    if {"limit", "offset"} <= set(query):
        pagination: str | None = "offset"
    elif "page_info" in query or _declares_link_header(doc, op):
        pagination = "cursor"
    else:
        pagination = None
    return {
        "operation_id": op.get("operationId"),
        "tag": endpoint.tag,
        "function": endpoint.function,
        "method": method,
        "path": path,
        "scopes": sorted(str(s) for s in op.get("x-required-scopes") or []),
        "query": query,
        "path_params": path_params,
        "has_body": "requestBody" in op,
        "pagination": pagination,
    }


def build_index(
    doc: dict[str, Any],
    *,
    version: str,
    package: str,
    package_dir: Path,
    modules: dict[str, str] | None = None,
) -> tuple[dict[str, Any], list[str]]:
    """The operations.json document, and the spec operations the generator dropped ("GET /path").

    ``modules`` (from ``read_modules``) saves reading the package again."""
    if modules is None:
        modules = read_modules(package_dir)
    generated = {(e.method, _shape(e.path)): e for e in scan_package(modules)}
    operations: list[dict[str, Any]] = []
    dropped: list[str] = []
    for path, item in (doc.get("paths") or {}).items():
        if not isinstance(item, dict):
            continue
        for method in METHODS:
            if not isinstance(item.get(method), dict):
                continue
            endpoint = generated.get((method.upper(), _shape(path)))
            if endpoint is None:
                dropped.append(f"{method.upper()} {path}")
            else:
                operations.append(describe(doc, method.upper(), path, endpoint))
    operations.sort(key=lambda o: (o["tag"], o["function"], o["method"], o["path"]))
    index: dict[str, Any] = {
        "version": version,
        "package": package,
        "operations": operations,
        "webhooks": webhook_models(doc, modules),
    }
    return index, sorted(dropped)


def webhook_models(doc: dict[str, Any], modules: dict[str, str]) -> dict[str, str]:
    """Event type -> generated model class, from the spec's ``x-webhooks`` payload schemas.

    The class name is the generator's own (its ClassName rule, pinned with the generator), and is
    kept only if the package really defines it, so the receiver never names a missing model.
    """
    from openapi_python_client.strings import ClassName

    defined = {
        m.group(1)
        for name, text in modules.items()
        if name.startswith("models/")
        for m in re.finditer(r"^class (\w+)", text, re.MULTILINE)
    }
    mapping: dict[str, str] = {}
    for event_type, item in (doc.get("x-webhooks") or {}).items():
        operation = item.get("post") if isinstance(item, dict) else None
        content = ((operation or {}).get("requestBody") or {}).get("content") or {}
        ref = ((content.get("application/json") or {}).get("schema") or {}).get("$ref", "")
        if not ref.startswith("#/components/schemas/"):
            continue
        name = str(ClassName(ref.rsplit("/", 1)[1], ""))
        if name in defined:
            mapping[str(event_type)] = name
    return dict(sorted(mapping.items()))
