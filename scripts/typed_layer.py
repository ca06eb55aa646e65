"""The typed layer of one generated package: ``facade.pyi`` (+ ``bodies.json``), and the overloads.

``facade.pyi`` declares what ``Flexport(version="<v>")`` is for a type checker: one class per tag,
one per operation with the generated signature (names, types, defaults, taken from the generated
``sync_detailed``) plus the facade's call options, returning the model of the 2xx answer (errors
raise, so no ``Problem``/``None`` union). A JSON request body may also be a ``TypedDict`` built from
the same schema with the wire's camelCase keys. ``bodies.json`` lists those keys for the run-time
check (``flexport_facade._core.binding``). Both are stubs/data: nothing is imported at run time.

``flexport_facade/_typed_versions.pyi`` (``render_overloads``) maps ``version: Literal["<v>"]`` to
each version's typed client through ``__new__``/``at`` overloads; any other ``str`` stays typed as
before (tags resolve to ``Any``).
"""

from __future__ import annotations

import ast
import inspect
import json
import re
import subprocess
import sys
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.openapi import Endpoint
from openapi_python_client.parser.properties import EnumProperty, LiteralEnumProperty, ModelProperty, Property

# The package re-exports only some property classes (its __all__); the rest from their own modules.
from openapi_python_client.parser.properties.boolean import BooleanProperty
from openapi_python_client.parser.properties.float import FloatProperty
from openapi_python_client.parser.properties.int import IntProperty
from openapi_python_client.parser.properties.list_property import ListProperty
from openapi_python_client.parser.properties.none import NoneProperty
from openapi_python_client.parser.properties.protocol import PropertyProtocol
from openapi_python_client.parser.properties.union import UnionProperty

STUB = "facade.pyi"
BODIES = "bodies.json"
OVERLOADS = "_typed_versions.pyi"
# The call options every bound operation takes besides the operation's own parameters.
OPTIONS = ("retry", "timeout", "idempotency_key", "extra_headers")
OPTION_PARAMS = [
    "retry: RetryPolicy | None = None",
    "timeout: TimeoutArg = None",
    "idempotency_key: IdempotencyKeyArg = None",
    "extra_headers: Mapping[str, str] | None = None",
]
_PLACEHOLDER = re.compile(r"\{[^{}]*\}")
# Imports of a generated endpoint module that only its own code uses.
_UNUSED = {"AuthenticatedClient", "Client", "Response", "errors", "HTTPStatus", "httpx"}


def _text(value: Any) -> str:
    getter = getattr(value, "get_untrusted_value", None)
    return str(getter() if getter else value)


def _code(value: Any) -> str:
    getter = getattr(value, "as_unembedded_code", None)
    return str(getter() if getter else value)


def formatted(text: str, filename: str, *, isolated: bool) -> str:
    """``text`` as ``ruff format`` leaves it (the project's settings unless ``isolated``), so the
    file is stable under ``make lint`` and readable in hovers."""
    ruff = str(Path(sys.executable).parent / "ruff")
    common = [*(["--isolated"] if isolated else []), "--stdin-filename", filename, "-"]
    root = Path(__file__).resolve().parents[1]
    for cmd in ([ruff, "check", "--fix-only", "--select", "I", *common], [ruff, "format", *common]):
        proc = subprocess.run(cmd, input=text, capture_output=True, text=True, cwd=root, check=False)
        if proc.returncode != 0:
            raise RuntimeError(f"typed layer: ruff {cmd[1]} failed on {filename}: {proc.stderr.strip()}")
        text = proc.stdout
    return text


def parse(doc: dict[str, Any], config_path: Path) -> GeneratorData:
    """The generator's own reading of the spec (same config), for response and body types."""
    config_file = ConfigFile.model_validate(yaml.safe_load(config_path.read_text(encoding="utf-8")) or {})
    config = Config.from_sources(config_file, MetaType.NONE, Path("spec.json"), "utf-8", False, None)
    data = GeneratorData.from_dict(doc, config=config)
    if not isinstance(data, GeneratorData):
        raise RuntimeError(f"typed layer: the generator cannot parse the spec: {data.header}: {data.detail}")
    return data


def _shape(method: str, path: str) -> tuple[str, str]:
    return method.upper(), _PLACEHOLDER.sub("{}", path)


# -- request bodies: TypedDicts and the run-time key lists -------------------------------------------


@dataclass
class Bodies:
    """TypedDicts (by model class) and the key lists the run-time check reads."""

    models: dict[str, ModelProperty]  # class name -> the processed model (references are not)
    stubs: dict[str, str] = field(default_factory=dict)  # class name -> TypedDict definition
    schemas: dict[str, dict[str, Any]] = field(default_factory=dict)  # class name -> keys

    def typed_dict(self, model: ModelProperty) -> str:
        name = str(model.class_info.name)
        model = self.models.get(name, model)
        if name in self.stubs:
            return f"{name}Dict"
        self.stubs[name] = ""  # a recursive schema refers to itself by name
        required, optional = _properties(model)
        props = [*required, *optional]
        fields: list[str] = []
        keys: dict[str, str | None] = {}
        for prop in props:
            wire = _text(prop.name)
            value = self.wire_type(prop)
            fields.append(f"{wire!r}: {value}" if prop.required else f"{wire!r}: NotRequired[{value}]")
            keys[wire] = _nested_model(prop)
        closed = isinstance(model.data.additionalProperties, bool | type(None)) and (
            model.data.additionalProperties is not True
        )
        self.schemas[name] = {
            "required": sorted(_text(p.name) for p in required),
            "properties": dict(sorted(keys.items())),
            "closed": bool(props) and closed,
        }
        body = ", ".join(fields)
        self.stubs[name] = f'{name}Dict = TypedDict("{name}Dict", {{{body}}})'
        return f"{name}Dict"

    def wire_type(self, prop: PropertyProtocol) -> str:
        """The JSON shape of a property, as a dict body carries it (dates are strings)."""
        if isinstance(prop, BooleanProperty):
            return "bool"
        if isinstance(prop, IntProperty):
            return "int"
        if isinstance(prop, FloatProperty):
            return "float"
        if isinstance(prop, EnumProperty | LiteralEnumProperty):
            # EnumProperty maps member names to values; LiteralEnumProperty holds a set of values.
            raw = prop.values.values() if isinstance(prop, EnumProperty) else prop.values
            values = sorted({repr(v) for v in raw})
            return f"Literal[{', '.join(values)}]" if values else "str"
        if isinstance(prop, ListProperty):
            return f"list[{self.wire_type(prop.inner_property)}]"
        if isinstance(prop, ModelProperty):
            prop = self.models.get(str(prop.class_info.name), prop)
            has_fields = prop.required_properties or prop.optional_properties
            return self.typed_dict(prop) if has_fields else "dict[str, Any]"
        if isinstance(prop, UnionProperty):
            return " | ".join(dict.fromkeys(self.wire_type(p) for p in prop.inner_properties))
        if isinstance(prop, NoneProperty):
            return "None"
        if type(prop).__name__ in ("StringProperty", "DateTimeProperty", "DateProperty", "UuidProperty"):
            return "str"
        return "Any"


def _properties(model: ModelProperty) -> tuple[list[Property], list[Property]]:
    """A model's required and optional properties (both None until the generator processes it)."""
    required, optional = model.required_properties, model.optional_properties
    if required is None or optional is None:
        raise RuntimeError(f"model {model.class_info.name} has not been processed by the generator")
    return required, optional


def _nested_model(prop: Property) -> str | None:
    """The model a key holds (``"Dimensions"``) or a list of (``"[LineItem]"``), for the nested check."""
    if isinstance(prop, ModelProperty):
        return str(prop.class_info.name)
    if isinstance(prop, ListProperty) and isinstance(prop.inner_property, ModelProperty):
        return f"[{prop.inner_property.class_info.name}]"
    return None


# -- operations ------------------------------------------------------------------------------------


@dataclass
class OpStub:
    tag: str
    function: str
    params: list[str]
    result: str
    item: str | None
    doc: str

    @property
    def cls(self) -> str:
        return _camel(self.tag) + _camel(self.function)


def _camel(name: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in name.split("_"))


def _success_type(endpoint: Endpoint) -> tuple[str, Property | None]:
    """The Python type of the 2xx answer the facade returns (``None`` for a bodiless one)."""
    types: list[str] = []
    props: list[Property] = []
    for response in endpoint.responses:
        code_range = response.status_code.range
        if code_range is None or code_range[1] < 200 or code_range[0] > 299:
            continue
        if response.source["return_type"] == "None":
            types.append("None")
            continue
        types.append(_code(response.prop.get_type_string()))
        props.append(response.prop)
    unique = list(dict.fromkeys(types)) or ["None"]
    return " | ".join(unique), props[0] if len(props) == 1 else None


def _item_type(prop: Property | None) -> str | None:
    """The item type of a list page (mirrors flexport_facade.pagination find_items)."""
    if isinstance(prop, ListProperty):
        return _code(prop.inner_property.get_type_string())
    if isinstance(prop, ModelProperty):
        required, optional = _properties(prop)
        lists: dict[str, ListProperty] = {
            p.python_name: p for p in [*required, *optional] if isinstance(p, ListProperty)
        }
        for key in ("data", "items", "records", "results"):
            if key in lists:
                return _code(lists[key].inner_property.get_type_string())
        if len(lists) == 1:
            return _code(next(iter(lists.values())).inner_property.get_type_string())
    return None


def _signature(fn: ast.FunctionDef, body_dict: str | None) -> list[str]:
    args = fn.args
    positional = [*args.posonlyargs, *args.args]
    defaults: list[ast.expr | None] = [None] * (len(positional) - len(args.defaults)) + list(args.defaults)
    rendered = [_param(a, d, body_dict) for a, d in zip(positional, defaults, strict=True)]
    rendered.append("*")
    for arg, default in zip(args.kwonlyargs, args.kw_defaults, strict=True):
        if arg.arg == "client" or arg.arg in OPTIONS:  # the facade fills these (its own options win)
            continue
        rendered.append(_param(arg, default, body_dict))
    return [*rendered, *OPTION_PARAMS]


def _param(arg: ast.arg, default: ast.expr | None, body_dict: str | None) -> str:
    annotation = ast.unparse(arg.annotation) if arg.annotation is not None else "Any"
    if arg.arg == "body" and body_dict:
        parts = annotation.split(" | ")
        parts.insert(1 if len(parts) > 1 else len(parts), body_dict)
        annotation = " | ".join(parts)
    return f"{arg.arg}: {annotation}" + (f" = {ast.unparse(default)}" if default is not None else "")


def _doc(fn: ast.FunctionDef, row: dict[str, Any], result: str) -> str:
    text = ast.get_docstring(fn) or row["operation_id"]
    text = text.split("\nRaises:")[0].rstrip()
    scopes = ", ".join(row.get("scopes") or []) or "none listed"
    lines = [
        text,
        "",
        f"{row['method']} {row['path']}  (operationId {row['operation_id']})",
        f"Required scope: {scopes}",
        f"Returns: {result} (an error answer raises a flexport_facade.errors.APIError)",
        "Options: retry, timeout, idempotency_key, extra_headers",
    ]
    return "\n".join(lines).replace("\\", "\\\\").replace('"""', '\\"\\"\\"')


def _indented(doc: str, indent: str) -> str:
    return "\n".join(indent + line if line else "" for line in doc.splitlines()).lstrip()


def _imports(tree: ast.Module, package: str, into: dict[str, str]) -> None:
    """The names an endpoint module imports, resolved to absolute modules (``name -> module``)."""
    for node in tree.body:
        if isinstance(node, ast.ImportFrom):
            module = node.module or ""
            if node.level:
                module = ".".join(filter(None, [package, module])) if node.level == 3 else module
            for alias in node.names:
                name = alias.asname or alias.name
                if name in _UNUSED:
                    continue
                if into.setdefault(name, module) != module:
                    raise RuntimeError(f"typed layer: {name} is imported from {into[name]} and {module}")
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name not in _UNUSED:
                    into.setdefault(alias.asname or alias.name, "")


def describe_operations(
    index: dict[str, Any], data: GeneratorData, package_dir: Path, bodies: Bodies, imports: dict[str, str]
) -> list[OpStub]:
    endpoints = {
        _shape(e.method, _text(e.path)): e
        for collection in data.endpoint_collections_by_tag.values()
        for e in collection.endpoints
    }
    package = str(index["package"])
    found: list[OpStub] = []
    for row in index["operations"]:
        endpoint = endpoints.get(_shape(row["method"], row["path"]))
        source = package_dir / "api" / row["tag"] / f"{row['function']}.py"
        tree = ast.parse(source.read_text(encoding="utf-8"))
        _imports(tree, package, imports)
        fn = next(n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == "sync_detailed")
        result, prop = _success_type(endpoint) if endpoint is not None else ("Any", None)
        body_dict = None
        for body in endpoint.bodies if endpoint is not None else []:
            if body.body_type == "json" and isinstance(body.prop, ModelProperty):
                body_dict = bodies.typed_dict(body.prop)
        item = _item_type(prop) if row.get("pagination") else None
        found.append(OpStub(row["tag"], row["function"], _signature(fn, body_dict), result, item, ""))
        found[-1].doc = _doc(fn, row, result)
    return found


# -- rendering --------------------------------------------------------------------------------------


def _op_class(op: OpStub, *, sync: bool) -> list[str]:
    params = ", ".join(["self", *op.params])
    prefix = "" if sync else "Async"
    base = f"{'Paged' if sync else 'AsyncPaged'}[{op.item}]" if op.item else ""
    # Async: a plain def returning Coroutine, so mypy and pyright name the same type.
    result = op.result if sync else f"Coroutine[Any, Any, {op.result}]"
    raw = f"ApiResponse[{op.result}]" if sync else f"Coroutine[Any, Any, ApiResponse[{op.result}]]"
    head = f"class {prefix}{op.cls}({base}):" if base else f"class {prefix}{op.cls}:"
    return [
        head,
        f'    """{_indented(op.doc, "    ")}\n    """',
        "",
        "    meta: OperationMeta",
        f"    def __call__({params}) -> {result}:",
        f'        """{_indented(op.doc, "        ")}\n        """',
        f"    def raw({params}) -> {raw}:",
        '        """The whole answer, whatever its status (``.error`` / ``.raise_for_status()``)."""',
        "",
    ]


def render_stub(
    version: str, package: str, ops: list[OpStub], bodies: Bodies, imports: dict[str, str]
) -> str:
    by_tag: dict[str, list[OpStub]] = {}
    for op in ops:
        by_tag.setdefault(op.tag, []).append(op)
    out = [
        f"# The typed surface of Flexport(version={version!r}): generated by scripts/typed_layer.py from",
        "# operations.json and the generated modules. A stub only: nothing imports it at run time.",
        "",
        "from collections.abc import Coroutine, Mapping",
        "from typing import Any, Literal, NotRequired, TypedDict",
        "",
        "from flexport_facade import _typed_versions",
        "from flexport_facade._core.http import ApiResponse, IdempotencyKeyArg, TimeoutArg",
        "from flexport_facade._core.operations import OperationMeta",
        "from flexport_facade._core.retry import RetryPolicy",
        "from flexport_facade._typed_ops import AsyncPaged, NotInVersion, Paged",
    ]
    plain = sorted(name for name, module in imports.items() if not module)
    out += [f"import {name}" for name in plain]
    grouped: dict[str, list[str]] = {}
    for name, module in imports.items():
        if module:
            grouped.setdefault(module, []).append(name)
    out += [f"from {module} import {', '.join(sorted(grouped[module]))}" for module in sorted(grouped)]
    out += ["", f"VERSION: Literal[{version!r}]", ""]
    out += [definition for _, definition in sorted(bodies.stubs.items())]
    out.append("")
    for sync in (True, False):
        for tag in sorted(by_tag):
            for op in by_tag[tag]:
                out += _op_class(op, sync=sync)
            prefix = "" if sync else "Async"
            out.append(f"class {prefix}{_camel(tag)}:")
            out.append(f'    """The {tag} operations of API version {version}."""')
            out.append("")
            out += [f"    {op.function}: {prefix}{op.cls}" for op in by_tag[tag]]
            out.append("")
        name = "Flexport" if sync else "AsyncFlexport"
        prefix = "" if sync else "Async"
        out.append(f"class {name}(_typed_versions.{name}):")
        out.append(f'    """A {name} pinned to API version {version}: every tag and operation typed."""')
        out.append("")
        out += [f"    {tag}: {prefix}{_camel(tag)}" for tag in sorted(by_tag)]
        out.append("    def __getattr__(self, name: str) -> NotInVersion: ...  # type: ignore[override]")
        out.append("")
    return "\n".join(out) + "\n"


# make generate builds versions in threads; CPython 3.11's ast module is not safe to drive from several
# threads at once ("AST constructor recursion depth mismatch"), so one version's typed layer at a time.
AST_LOCK = threading.RLock()


def write_typed_layer(
    doc: dict[str, Any],
    index: dict[str, Any],
    package_dir: Path,
    config_path: Path,
    data: GeneratorData | None = None,
) -> None:
    """Write ``facade.pyi`` and ``bodies.json`` into a freshly generated package.

    ``data``: the generator's reading of ``doc`` with this config, when the caller has it already
    (``parse`` is the costliest step here)."""
    with AST_LOCK:
        _write_typed_layer(doc, index, package_dir, config_path, data)


def _write_typed_layer(
    doc: dict[str, Any],
    index: dict[str, Any],
    package_dir: Path,
    config_path: Path,
    data: GeneratorData | None,
) -> None:
    if data is None:
        data = parse(doc, config_path)
    bodies = Bodies({str(m.class_info.name): m for m in data.models})
    imports: dict[str, str] = {}
    ops = describe_operations(index, data, package_dir, bodies, imports)
    stub = render_stub(str(index["version"]), str(index["package"]), ops, bodies, imports)
    (package_dir / STUB).write_text(formatted(stub, STUB, isolated=True), encoding="utf-8")
    schemas = json.dumps(dict(sorted(bodies.schemas.items())), indent=1, sort_keys=True)
    (package_dir / BODIES).write_text(schemas + "\n", encoding="utf-8")


# -- the overloads: version literal -> typed client -----------------------------------------------------


def _signature_of(cls: type, method: str, skip: Iterable[str] = ("self", "version")) -> list[str]:
    """``__init__``'s keyword parameters as source text (annotations are strings: future import)."""
    params = inspect.signature(getattr(cls, method)).parameters.values()
    rendered = []
    for p in params:
        if p.name in skip:
            continue
        text = f"{p.name}: {p.annotation}" if p.annotation is not inspect.Parameter.empty else p.name
        if p.default is not inspect.Parameter.empty:
            text += f" = {p.default!r}"
        rendered.append(text)
    return rendered


def _origins(module: Any) -> dict[str, str]:
    """Where each name a module imports comes from (to import annotation names in the stub)."""
    tree = ast.parse(inspect.getsource(module))
    found: dict[str, str] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and not node.level:
            for alias in node.names:
                found[alias.asname or alias.name] = node.module
    return found


def render_overloads(versions: list[tuple[str, str]]) -> str:
    """``_typed_versions.pyi`` for ``[(version id, package), ...]`` (those with a package)."""
    from flexport_facade import _async_client, _sync_client

    clients = (_sync_client.Flexport, _async_client.AsyncFlexport)
    origins = {**_origins(_sync_client), **_origins(_async_client)}
    out = [
        "# Generated by scripts/typed_layer.py (make generate): which typed client a literal version",
        "# gives. A stub only; flexport_facade/__init__ exports these classes to type checkers.",
        "",
        "from typing import Any, Literal, Self, TypeVar, overload",
        "",
        "import httpx",
        "",
        "from flexport_facade import _async_client, _sync_client",
        "from flexport_facade._typed_ops import AsyncPaged, Paged",
        "from flexport_facade.pagination._async import AsyncPager",
        "from flexport_facade.pagination._sync import Pager",
    ]
    needed: dict[str, set[str]] = {}
    for cls in clients:
        for text in _signature_of(cls, "__init__"):
            for name in re.findall(r"\b([A-Z]\w*)\b", text.split("=")[0].split(":", 1)[-1]):
                if name in origins:
                    needed.setdefault(origins[name], set()).add(name)
    out += [f"from {m} import {', '.join(sorted(n))}" for m, n in sorted(needed.items())]
    out += [f"import {package}.facade as _{package}" for _, package in versions]
    out += ["", '_I = TypeVar("_I")', ""]
    for cls in clients:
        name = cls.__name__
        module = cls.__module__.rsplit(".", 1)[1]
        kw = ", ".join(["*", *_signature_of(cls, "__init__")])
        pager = "Pager" if name == "Flexport" else "AsyncPager"
        paged = "Paged" if name == "Flexport" else "AsyncPaged"
        out.append(f"class {name}({module}.{name}):")
        out.append(f'    """{cls.__doc__.splitlines()[0] if cls.__doc__ else name}"""')
        out.append("")
        for version, package in versions:
            out += [
                "    @overload",
                f"    def __new__(cls, version: Literal[{version!r}], {kw}) -> _{package}.{name}: ...",
            ]
        out += ["    @overload", f"    def __new__(cls, version: str | None = None, {kw}) -> Self: ..."]
        for version, package in versions:
            out += [
                "    @overload",
                f"    def at(self, version: Literal[{version!r}], *, allow_unstable: bool = False)"
                f" -> _{package}.{name}: ...",
            ]
        out += [
            "    @overload",
            "    def at(self, version: str, *, allow_unstable: bool = False) -> Self: ...",
        ]
        out += [
            "    @overload",
            f"    def paginate(self, target: {paged}[_I], /, *, items: None = None, **options: Any)"
            f" -> {pager}[_I]: ...",
            "    @overload",
            f"    def paginate(self, target: Any, /, *, items: Any = None, **options: Any)"
            f" -> {pager}[Any]: ...",
            "",
        ]
    return formatted("\n".join(out) + "\n", f"flexport_facade/{OVERLOADS}", isolated=False)
