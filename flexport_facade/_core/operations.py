"""What operations a generated package has, read without importing them.

The pipeline writes ``<package>/operations.json``; when it is missing (an older or hand-generated
package) the ``api/<tag>/<operation>.py`` files are scanned as text. Either way no operation module
(and none of the package's models) is imported until that operation is first called.
"""

from __future__ import annotations

import functools
import json
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from flexport_facade._core._records import record

if TYPE_CHECKING:
    from importlib.machinery import ModuleSpec
from flexport_facade._core.lazy import lazy_pattern

Pagination = Literal["offset", "cursor"] | None


@record(frozen=True)
class OperationMeta:
    """One generated operation, as listed in operations.json."""

    operation_id: str
    tag: str  # the api sub-package, e.g. "products"
    function: str  # the module name, e.g. "get_products"
    method: str
    path: str
    scopes: tuple[str, ...] = ()
    query: tuple[str, ...] = ()
    path_params: tuple[str, ...] = ()
    has_body: bool = False
    pagination: Pagination = None
    package: str = ""

    @property
    def module(self) -> str:
        return f"{self.package}.api.{self.tag}.{self.function}"

    @classmethod
    def from_json(cls, row: dict[str, Any], package: str) -> OperationMeta:
        pagination = row.get("pagination")
        return cls(
            operation_id=str(row["operation_id"]),
            tag=str(row["tag"]),
            function=str(row["function"]),
            method=str(row["method"]).upper(),
            path=str(row["path"]),
            scopes=tuple(row.get("scopes") or ()),
            query=tuple(row.get("query") or ()),
            path_params=tuple(row.get("path_params") or ()),
            has_body=bool(row.get("has_body", False)),
            pagination=pagination if pagination in ("offset", "cursor") else None,
            package=package,
        )


class OperationIndex:
    """The operations of one generated package, by tag and by module, and its webhook models."""

    def __init__(
        self, package: str, operations: list[OperationMeta], webhooks: dict[str, str] | None = None
    ) -> None:
        self.package = package
        self.webhooks = webhooks or {}  # event type -> generated model class name
        self.by_tag: dict[str, dict[str, OperationMeta]] = {}
        self.by_module: dict[str, OperationMeta] = {}
        for op in operations:
            self.by_tag.setdefault(op.tag, {})[op.function] = op
            self.by_module[op.module] = op
        # Readable names (fx.oauth, outbounds.create_order), derived by rule from the names above.
        from flexport_facade._core.aliases import operation_aliases, tag_aliases  # on the first index

        self.tag_aliases = tag_aliases(self.by_tag)
        self.operation_aliases = {tag: operation_aliases(tag, ops) for tag, ops in self.by_tag.items()}

    def resolve_tag(self, name: str) -> str:
        """The generated tag for ``name``, which may be its readable alias (``oauth`` -> ``o_auth``)."""
        return self.tag_aliases.get(name, name)

    def aliases_of(self, tag: str) -> dict[str, str]:
        """generated function name -> its readable alias, for the operations of ``tag`` that have one."""
        return {function: alias for alias, function in self.operation_aliases.get(tag, {}).items()}

    @property
    def tags(self) -> list[str]:
        return sorted(self.by_tag)

    def match(self, method: str, path: str) -> OperationMeta | None:
        """The operation whose path template ``path`` fills, if any (for errors on raw requests)."""
        found = [
            op
            for op in self.by_module.values()
            if op.method == method.upper() and _template(op.path).fullmatch(path)
        ]
        # /orders/rs before /orders/{orderId}: the literal template is the more specific one.
        return min(found, key=lambda op: op.path.count("{"), default=None)


@functools.lru_cache(maxsize=512)
def _template(path: str) -> re.Pattern[str]:
    return re.compile(re.sub(r"\\{[^}]*\\}", "[^/]+", re.escape(path)))


def _find_spec(package: str) -> ModuleSpec | None:
    """``importlib.util.find_spec`` for a top-level name (importlib.util is not otherwise imported
    with the facade): an imported module's own spec, else the first meta-path finder's (PEP 451)."""
    module = sys.modules.get(package)
    if module is not None:
        return getattr(module, "__spec__", None)
    for finder in sys.meta_path:
        find = getattr(finder, "find_spec", None)
        spec = find(package, None) if find is not None else None
        if spec is not None:
            return spec  # type: ignore[no-any-return]  # finders are typed loosely
    return None


def package_dir(package: str) -> Path | None:
    """The package's directory, found without executing it; None when not installed."""
    try:
        spec = _find_spec(package)
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


@functools.cache
def index_for(package: str) -> OperationIndex:
    root = package_dir(package)
    if root is None:
        return OperationIndex(package, [])
    manifest = root / "operations.json"
    if manifest.is_file():
        data = json.loads(manifest.read_text(encoding="utf-8"))
        operations = [OperationMeta.from_json(r, package) for r in data.get("operations", [])]
        return OperationIndex(package, operations, dict(data.get("webhooks", {})))
    return OperationIndex(package, _scan(root, package))


# The fallback scan's patterns: compiled only for a package without operations.json.
_METHOD_RE = lazy_pattern(r'"method":\s*"(\w+)"')
_URL_RE = lazy_pattern(r'"url":\s*"([^"]+)"')
_QUERY_RE = lazy_pattern(r'params\["([^"]+)"\]\s*=')
_BODY_RE = lazy_pattern(r'_kwargs\["(json|data|files|content)"\]')


def _scan(root: Path, package: str) -> list[OperationMeta]:
    """Fallback: read method, path and query names from the generated sources (text only)."""
    found: list[OperationMeta] = []
    api = root / "api"
    for source in sorted(api.glob("*/*.py")) if api.is_dir() else []:
        if source.name == "__init__.py":
            continue
        text = source.read_text(encoding="utf-8")
        method, url = _METHOD_RE().search(text), _URL_RE().search(text)
        if method is None or url is None:
            continue
        query = tuple(dict.fromkeys(_QUERY_RE().findall(text)))
        pagination: Pagination = (
            "cursor" if "page_info" in query else "offset" if {"limit", "offset"} <= set(query) else None
        )
        found.append(
            OperationMeta(
                operation_id=source.stem,
                tag=source.parent.name,
                function=source.stem,
                method=method.group(1).upper(),
                path=url.group(1),
                query=query,
                path_params=tuple(re.findall(r"{(\w+)}", url.group(1))),
                has_body=_BODY_RE().search(text) is not None,
                pagination=pagination,
                package=package,
            )
        )
    return found
