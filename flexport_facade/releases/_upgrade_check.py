"""Where user code meets a breaking change: read Python files with ``ast`` (nothing is imported or run)
and list each use of a facade operation, generated function, model class or model field that the
change from one version to another breaks.

What counts as a use:

- an import of a generated model or API module (``from flexport_logistics_v2024_04.models import X``)
  and every later reference to it;
- ``fx.<tag>.<function>(...)`` where that pair is an operation of the old version (the facade), and
  the generated ``<function>.sync(...)`` family; a keyword argument names a parameter;
- ``Model(field=...)``, ``Model.FIELD`` and ``obj.field`` where ``obj``'s type is not known: the last
  counts only when the file imports a model with that field, or calls an operation whose request or
  response contains one (no type inference, so names are matched within what the file touches).
"""

from __future__ import annotations

import ast
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from flexport_facade.releases._model import Change, Report
from flexport_facade.releases._python_names import GeneratedNames
from flexport_facade.releases._refs import Document
from flexport_facade.releases._spec_diff import operations_of

_PACKAGE = re.compile(r"^flexport_logistics_\w+$")
_VARIANTS = {"sync", "sync_detailed", "asyncio", "asyncio_detailed"}
_SKIP_DIRS = {".venv", "venv", ".git", "__pycache__", "node_modules", ".tox", "build", "dist"}


@dataclass(frozen=True)
class Finding:
    path: Path
    line: int
    target: (
        str  # the Python name used: models.Dimension, models.Dimension.length_unit, api.products.get_product
    )
    change: Change


@dataclass
class BreakIndex:
    """The old version's Python names whose change is breaking, and what each operation's data holds."""

    classes: dict[str, list[Change]] = field(default_factory=lambda: defaultdict(list))
    fields: dict[tuple[str, str], list[Change]] = field(default_factory=lambda: defaultdict(list))
    functions: dict[tuple[str, str], list[Change]] = field(default_factory=lambda: defaultdict(list))
    params: dict[tuple[str, str, str], list[Change]] = field(default_factory=lambda: defaultdict(list))
    operation_models: dict[tuple[str, str], set[str]] = field(default_factory=dict)

    @classmethod
    def build(cls, report: Report, old_doc: dict[str, Any], old_names: GeneratedNames) -> BreakIndex:
        index = cls()
        for change in report.breaking:
            if not change.python:
                continue
            head, _, arg = change.python.partition("(")
            parts = head.split(".")
            if parts[0] == "models" and len(parts) == 2:
                index.classes[parts[1]].append(change)
            elif parts[0] == "models" and len(parts) >= 3:
                index.fields[(parts[1], parts[2])].append(change)
            elif parts[0] == "api" and len(parts) >= 3:
                if arg:
                    index.params[(parts[1], parts[2], arg.rstrip(")"))].append(change)
                else:
                    index.functions[(parts[1], parts[2])].append(change)
        doc = Document(old_doc)
        for _path, _method, op in operations_of(old_doc).values():
            if "operationId" not in op:
                continue
            tags = op.get("tags") or [None]
            key = old_names.operation(str(op["operationId"]), tags[0])
            index.operation_models[key] = {old_names.model(s).cls for s in doc.reachable(op)}
        return index

    def field_changes(self, classes: Iterable[str], attr: str) -> Iterator[tuple[str, Change]]:
        for cls in sorted(set(classes)):
            for change in self.fields.get((cls, attr), ()):
                yield f"models.{cls}.{attr}", change


def check_paths(index: BreakIndex, paths: Iterable[Path]) -> tuple[list[Finding], list[str]]:
    """Findings over every ``.py`` file under ``paths``, and the files that could not be read."""
    findings: list[Finding] = []
    problems: list[str] = []
    for path in _python_files(paths):
        try:
            tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        except (SyntaxError, UnicodeDecodeError, OSError) as exc:
            problems.append(f"{path}: not checked ({type(exc).__name__}: {exc})")
            continue
        findings.extend(_FileChecker(index, path).check(tree))
    unique = {(f.path, f.line, f.target, f.change.kind, f.change.location): f for f in findings}
    return sorted(unique.values(), key=lambda f: (str(f.path), f.line, f.target, f.change.kind)), problems


def _python_files(paths: Iterable[Path]) -> Iterator[Path]:
    for path in paths:
        if path.is_dir():
            for found in sorted(path.rglob("*.py")):
                if not _SKIP_DIRS & set(found.relative_to(path).parts):
                    yield found
        elif path.suffix == ".py" or path.is_file():
            yield path


# A symbol an expression stands for: ("module", "api.products"), ("class", "Dimension"),
# ("function", "products", "get_product")
Symbol = tuple[str, ...]


class _FileChecker(ast.NodeVisitor):
    def __init__(self, index: BreakIndex, path: Path) -> None:
        self.index, self.path = index, path
        self.aliases: dict[str, Symbol] = {}
        self.findings: list[Finding] = []
        self.scope: set[str] = set()  # model classes this file touches
        self.loose: list[tuple[int, str]] = []  # obj.attr on an object of unknown type

    def check(self, tree: ast.AST) -> list[Finding]:
        self.visit(tree)
        for line, attr in self.loose:
            for target, change in self.index.field_changes(self.scope, attr):
                self.findings.append(Finding(self.path, line, target, change))
        return self.findings

    def report(self, node: ast.AST, target: str, changes: Iterable[Change]) -> None:
        for change in changes:
            self.findings.append(Finding(self.path, getattr(node, "lineno", 0), target, change))

    # -- imports ----------------------------------------------------------------------------------

    def visit_Import(self, node: ast.Import) -> None:
        for alias in node.names:
            top, _, rest = alias.name.partition(".")
            if not _PACKAGE.match(top):
                continue
            if alias.asname:
                self.bind(node, alias.asname, _module_symbol(rest))
            else:
                self.aliases[top] = ("module", "")

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        module = node.module or ""
        top, _, rest = module.partition(".")
        if node.level or not _PACKAGE.match(top):
            return
        for alias in node.names:
            symbol = _member(_module_symbol(rest), alias.name)
            if symbol is not None:
                self.bind(node, alias.asname or alias.name, symbol)

    def bind(self, node: ast.AST, local: str, symbol: Symbol) -> None:
        self.aliases[local] = symbol
        self.use(node, symbol)

    # -- references -------------------------------------------------------------------------------

    def resolve(self, node: ast.AST) -> Symbol | None:
        if isinstance(node, ast.Name):
            return self.aliases.get(node.id)
        if isinstance(node, ast.Attribute):
            base = self.resolve(node.value)
            return _member(base, node.attr) if base is not None else None
        return None

    def use(self, node: ast.AST, symbol: Symbol) -> None:
        if symbol[0] == "class":
            self.scope.add(symbol[1])
            self.report(node, f"models.{symbol[1]}", self.index.classes.get(symbol[1], ()))
        elif symbol[0] == "function":
            key = (symbol[1], symbol[2])
            self.scope |= self.index.operation_models.get(key, set())
            self.report(node, f"api.{symbol[1]}.{symbol[2]}", self.index.functions.get(key, ()))
        elif symbol[0] == "field":
            self.use(node, ("class", symbol[1]))  # Model.from_dict / Model.MEMBER use the class too
            self.report(
                node, f"models.{symbol[1]}.{symbol[2]}", self.index.fields.get((symbol[1], symbol[2]), ())
            )

    def visit_Name(self, node: ast.Name) -> None:
        symbol = self.aliases.get(node.id)
        if symbol is not None and isinstance(node.ctx, ast.Load):
            self.use(node, symbol)

    def visit_Attribute(self, node: ast.Attribute) -> None:
        symbol = self.resolve(node)
        if symbol is not None:
            self.use(node, symbol)
            return  # the base is part of this one reference, not a use of its own
        if self.resolve(node.value) is None and not self._facade_call_target(node):
            self.loose.append((node.lineno, node.attr))
        self.generic_visit(node)

    def visit_Call(self, node: ast.Call) -> None:
        symbol = self.resolve(node.func)
        key: tuple[str, str] | None = None
        if symbol is not None and symbol[0] == "function":
            key = (symbol[1], symbol[2])
        elif symbol is not None and symbol[0] == "class":
            for keyword in node.keywords:
                if keyword.arg:
                    self.report(
                        keyword.value,
                        f"models.{symbol[1]}.{keyword.arg}",
                        self.index.fields.get((symbol[1], keyword.arg), ()),
                    )
        elif symbol is None:
            key = self._facade_call_target(node.func)
            if key is not None:
                # fx.<tag>.<function>(...): the facade method over the generated function
                self.scope |= self.index.operation_models.get(key, set())
                self.report(node, f"api.{key[0]}.{key[1]}", self.index.functions.get(key, ()))
        if key is not None:
            for keyword in node.keywords:
                if keyword.arg:
                    self.report(
                        keyword.value,
                        f"api.{key[0]}.{key[1]}({keyword.arg})",
                        self.index.params.get((key[0], key[1], keyword.arg), ()),
                    )
        self.generic_visit(node)

    def _facade_call_target(self, func: ast.AST) -> tuple[str, str] | None:
        """``<anything>.<tag>.<function>`` (or ``.raw`` on it) naming an operation of the old version."""
        if isinstance(func, ast.Attribute) and func.attr == "raw":
            func = func.value
        if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Attribute):
            key = (func.value.attr, func.attr)
            if key in self.index.operation_models:
                return key
        return None


def _module_symbol(rest: str) -> Symbol:
    return ("module", rest)


def _member(base: Symbol | None, name: str) -> Symbol | None:
    """What ``base.name`` is in a generated package."""
    if base is None:
        return None
    kind = base[0]
    if kind == "module":
        parts = [p for p in base[1].split(".") if p]
        if not parts:
            return ("module", name) if name in {"models", "api", "client", "types", "errors"} else None
        if parts[0] == "models":
            if len(parts) == 1:
                return ("class", name) if name[:1].isupper() else ("module", f"models.{name}")
            return ("class", name) if name[:1].isupper() else None
        if parts[0] == "api":
            if len(parts) == 1:
                return ("module", f"api.{name}")
            if len(parts) == 2:
                return ("function", parts[1], name)
            if len(parts) == 3 and name in _VARIANTS:
                return ("function", parts[1], parts[2])
        return None
    if kind == "function":
        return base if name in _VARIANTS else None
    if kind == "class":
        return ("field", base[1], name)
    return None


# -- output --------------------------------------------------------------------------------------


def findings_as_text(report: Report, findings: list[Finding], problems: list[str]) -> str:
    files = len({f.path for f in findings})
    lines = [
        f"upgrade-check {report.old_label} -> {report.new_label}: {len(findings)} use(s) of a breaking "
        f"change in {files} file(s) ({len(report.breaking)} breaking changes in all)"
    ]
    lines.extend(f"  ({p})" for p in problems)
    for f in findings:
        lines.append(f"{f.path}:{f.line}: {f.target}: {f.change.message} [{f.change.kind}]")
    return "\n".join(lines) + "\n"


def findings_as_json(report: Report, findings: list[Finding], problems: list[str]) -> dict[str, Any]:
    return {
        "schema_version": 1,
        "old": report.old_label,
        "new": report.new_label,
        "not_checked": problems,
        "findings": [
            {"file": str(f.path), "line": f.line, "target": f.target, "change": f.change.to_json()}
            for f in findings
        ],
    }
