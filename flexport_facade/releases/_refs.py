"""Reading one OpenAPI document: JSON pointers, ``$ref`` resolution (cycle-safe) and schema usage."""

from __future__ import annotations

from collections import deque
from typing import Any

from flexport_facade._core.snapshots import HTTP_METHODS
from flexport_facade.releases._rules import Usage

SCHEMA_REF = "#/components/schemas/"
_MAX_HOPS = 32  # a chain of $ref to $ref longer than this is a loop


def pointer(*parts: str | int, raw_prefix: bool = False) -> str:
    """A JSON pointer from parts (RFC 6901 escaping); with ``raw_prefix`` the first part is a pointer."""
    head = str(parts[0]) if raw_prefix else ""
    rest = parts[1:] if raw_prefix else parts
    return head + "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in rest)


def schema_ref_name(node: Any) -> str | None:
    """``Dimension`` for ``{"$ref": "#/components/schemas/Dimension"}``, else None."""
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith(SCHEMA_REF):
            return ref[len(SCHEMA_REF) :].replace("~1", "/").replace("~0", "~")
    return None


class Document:
    def __init__(self, root: dict[str, Any]) -> None:
        self.root = root

    def schemas(self) -> dict[str, Any]:
        found = (self.root.get("components") or {}).get("schemas") or {}
        return found if isinstance(found, dict) else {}

    def lookup(self, ref: str) -> Any:
        """The node a local ``#/...`` reference names, or None (external refs are not followed)."""
        if not ref.startswith("#/"):
            return None
        node: Any = self.root
        for raw in ref[2:].split("/"):
            part = raw.replace("~1", "/").replace("~0", "~")
            if isinstance(node, dict) and part in node:
                node = node[part]
            elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
                node = node[int(part)]
            else:
                return None
        return node

    def resolve(self, node: Any, where: str) -> tuple[Any, str]:
        """Follow a chain of ``$ref`` to the node it ends on, with that node's pointer."""
        for _ in range(_MAX_HOPS):
            if not (isinstance(node, dict) and isinstance(node.get("$ref"), str)):
                return node, where
            ref = node["$ref"]
            target = self.lookup(ref)
            if target is None:
                return None, where
            node, where = target, ref[1:]
        return None, where  # a $ref loop with nothing but refs in it

    def parameters(
        self, path: str, op: dict[str, Any], op_ptr: str
    ) -> dict[tuple[str, str], tuple[Any, str]]:
        """(in, name) -> (parameter, pointer): the path item's parameters overridden by the operation's."""
        found: dict[tuple[str, str], tuple[Any, str]] = {}
        item = (self.root.get("paths") or {}).get(path) or {}
        item_ptr = pointer("paths", path)
        for params, base in ((item.get("parameters"), item_ptr), (op.get("parameters"), op_ptr)):
            for index, raw in enumerate(params or []):
                param, _ = self.resolve(raw, f"{base}/parameters/{index}")
                if isinstance(param, dict) and "name" in param:
                    found[(str(param.get("in", "")), str(param["name"]))] = (
                        param,
                        f"{base}/parameters/{index}",
                    )
        return found

    def schema_usage(self) -> dict[str, Usage]:
        """How each named schema is read: sent (request) and/or parsed (response, webhook payload)."""
        roots: dict[str, Usage] = {}

        def mark(node: Any, usage: Usage) -> None:
            for name in _refs_in(node):
                roots[name] = roots.get(name, Usage.NONE) | usage

        for item in (self.root.get("paths") or {}).values():
            if not isinstance(item, dict):
                continue
            mark([self.resolve(p, "")[0] for p in item.get("parameters") or []], Usage.REQUEST)
            for method, op in item.items():
                if method not in HTTP_METHODS or not isinstance(op, dict):
                    continue
                mark([self.resolve(p, "")[0] for p in op.get("parameters") or []], Usage.REQUEST)
                mark(self.resolve(op.get("requestBody"), "")[0], Usage.REQUEST)
                for response in (op.get("responses") or {}).values():
                    mark(self.resolve(response, "")[0], Usage.RESPONSE)
        for key in ("x-webhooks", "webhooks"):
            for item in (self.root.get(key) or {}).values():
                if isinstance(item, dict):
                    for op in item.values():
                        if isinstance(op, dict):
                            mark(self.resolve(op.get("requestBody"), "")[0], Usage.DELIVERY)
        return self._closure(roots)

    def _closure(self, roots: dict[str, Usage]) -> dict[str, Usage]:
        schemas = self.schemas()
        direct = {name: _refs_in(schema) for name, schema in schemas.items()}
        usage: dict[str, Usage] = {}
        for flag in (Usage.REQUEST, Usage.RESPONSE, Usage.DELIVERY):
            queue = deque(name for name, u in roots.items() if u & flag)
            seen: set[str] = set()
            while queue:
                name = queue.popleft()
                if name in seen:
                    continue  # circular references end here
                seen.add(name)
                usage[name] = usage.get(name, Usage.NONE) | flag
                queue.extend(direct.get(name, ()))
        return usage

    def reachable(self, node: Any) -> set[str]:
        """Every named schema reachable from ``node`` (cycle-safe)."""
        direct_cache: dict[str, set[str]] = {}
        schemas = self.schemas()
        queue = deque(_refs_in(node))
        seen: set[str] = set()
        while queue:
            name = queue.popleft()
            if name in seen:
                continue
            seen.add(name)
            if name not in direct_cache:
                direct_cache[name] = _refs_in(schemas.get(name))
            queue.extend(direct_cache[name])
        return seen


def _refs_in(node: Any) -> set[str]:
    """Names of the schemas referenced anywhere under ``node`` (refs not followed)."""
    found: set[str] = set()
    stack = [node]
    while stack:
        current = stack.pop()
        if isinstance(current, dict):
            name = schema_ref_name(current)
            if name is not None:
                found.add(name)
            stack.extend(current.values())
        elif isinstance(current, list):
            stack.extend(current)
    return found
