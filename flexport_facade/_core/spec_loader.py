"""Read a spec, overlay or any JSON/YAML document the way a vendor might publish it, safely.

JSON is parsed as JSON; YAML with YAML 1.2 core-schema scalars, which is what a JSON-compatible
document means: ``2024-01-01`` and ``2024-01-01T00:00:00Z`` stay strings (PyYAML's YAML 1.1 makes them
datetimes, which then crash ``json.dumps``), ``yes``/``no``/``on``/``off`` stay strings, ``010`` is ten.
A number whose text the parsed value does not keep (``1.10`` -> 1.1, ``007`` -> 7) is reported as a
warning naming its line, since it is usually a version or a code that wanted quotes.

Every input is bounded before it is built: bytes, nesting depth, alias count and the size the aliases
expand to (a "billion laughs" document is refused before it exists in memory). No RecursionError or
MemoryError escapes; each refusal is a ``SpecLoadError`` naming the file, the line or JSON pointer, the
limit, and the environment variable that raises it.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from flexport_facade._exceptions import SpecLoadError


@dataclass(frozen=True)
class Limits:
    """The bounds on one document. Defaults suit the largest real specs with a wide margin."""

    max_bytes: int = 64 * 1024 * 1024
    max_depth: int = 200
    max_aliases: int = 10_000
    max_nodes: int = 5_000_000  # scalars + collections after alias expansion

    ENV = {
        "max_bytes": "FLEXPORT_SPEC_MAX_BYTES",
        "max_depth": "FLEXPORT_SPEC_MAX_DEPTH",
        "max_aliases": "FLEXPORT_SPEC_MAX_ALIASES",
        "max_nodes": "FLEXPORT_SPEC_MAX_NODES",
    }

    @classmethod
    def from_env(cls) -> Limits:
        values: dict[str, int] = {}
        for name, var in cls.ENV.items():
            raw = os.environ.get(var, "").strip()
            if raw:
                try:
                    values[name] = int(raw)
                except ValueError:
                    raise SpecLoadError(
                        var, "", f"{raw!r} is not a whole number", f"set {var} to e.g. 1000"
                    ) from None
        return cls(**values)

    def refuse(self, source: str, where: str, what: str, name: str) -> SpecLoadError:
        limit = getattr(self, name)
        return SpecLoadError(
            source,
            where,
            f"{what} exceeds the limit of {limit}",
            f"if the document is genuine, raise {self.ENV[name]} (now {limit})",
        )


def load_file(
    path: Path, *, limits: Limits | None = None, warnings: list[str] | None = None, binary: bool = False
) -> Any:
    """Any JSON or YAML document (by extension: .yaml/.yml are YAML, anything else JSON). ``binary``
    lets YAML's !!binary through as bytes (vcrpy cassettes record undecodable bodies so)."""
    limits = limits or Limits.from_env()
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise SpecLoadError(str(path), "", f"cannot read it ({exc.strerror})", "check the path") from None
    if size > limits.max_bytes:
        raise limits.refuse(str(path), "", f"its size ({size} bytes)", "max_bytes")
    data = path.read_bytes()
    fmt = "yaml" if path.suffix in {".yaml", ".yml"} else "json"
    return parse(data, source=str(path), fmt=fmt, limits=limits, warnings=warnings, binary=binary)


def load_document(
    path: Path, *, limits: Limits | None = None, warnings: list[str] | None = None, binary: bool = False
) -> dict[str, Any]:
    """A document whose top level must be an object (every spec, overlay and stamp)."""
    doc = load_file(path, limits=limits, warnings=warnings, binary=binary)
    if not isinstance(doc, dict):
        raise SpecLoadError(
            str(path), "", f"the top level is {type(doc).__name__}, not an object", "is this the right file?"
        )
    return doc


def parse(
    data: bytes | str,
    *,
    source: str,
    fmt: str | None = None,
    limits: Limits | None = None,
    warnings: list[str] | None = None,
    binary: bool = False,
) -> Any:
    """Parse ``data`` (``fmt`` "json", "yaml", or None to sniff: JSON when it starts with { or [)."""
    limits = limits or Limits.from_env()
    raw = data.encode("utf-8") if isinstance(data, str) else data
    if len(raw) > limits.max_bytes:
        raise limits.refuse(source, "", f"its size ({len(raw)} bytes)", "max_bytes")
    try:
        text = raw.decode("utf-8").lstrip("\ufeff")
    except UnicodeDecodeError as exc:
        raise SpecLoadError(source, f"byte {exc.start}", "not UTF-8 text", "save the file as UTF-8") from None
    if fmt is None:
        fmt = "json" if text.lstrip()[:1] in ("{", "[") else "yaml"
    try:
        if fmt == "json":
            return _parse_json(text, source, limits)
        if text.lstrip()[:1] in ("{", "["):
            # JSON is YAML 1.2; read it as JSON when it is, since PyYAML misreads some of it (escaped
            # surrogate pairs, U+0085). Flow-style YAML that is not JSON falls through to YAML.
            try:
                return _parse_json(text, source, limits)
            except SpecLoadError as exc:
                if "invalid JSON" not in exc.problem:
                    raise
        return _parse_yaml(text, source, limits, warnings if warnings is not None else [], binary)
    except (RecursionError, MemoryError):  # a last guard: the pre-scans should have refused it
        raise limits.refuse(source, "", "the document's nesting or size", "max_depth") from None


# -- JSON -----------------------------------------------------------------------------------------

_JSON_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"|[\[\]{}]')


def _parse_json(text: str, source: str, limits: Limits) -> Any:
    depth = 0
    for m in _JSON_TOKEN.finditer(text):  # json.loads recurses per level: bound it first
        tok = m.group()
        if tok in "[{":
            depth += 1
            if depth > limits.max_depth:
                line = text.count("\n", 0, m.start()) + 1
                raise limits.refuse(source, f"line {line}", f"nesting depth {depth}", "max_depth")
        elif tok in "]}":
            depth -= 1

    def no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for k, v in pairs:
            if k in out:
                raise SpecLoadError(
                    source,
                    "",
                    f"the key {k!r} appears twice in one object",
                    "keep one of them (JSON readers disagree on which wins)",
                )
            out[k] = v
        return out

    try:
        return json.loads(text, object_pairs_hook=no_duplicates)
    except json.JSONDecodeError as exc:
        raise SpecLoadError(
            source,
            f"{exc.lineno}:{exc.colno}",
            f"invalid JSON ({exc.msg})",
            "fix the syntax there (truncated?)",
        ) from None


# -- YAML (1.2 core schema) -----------------------------------------------------------------------

_LOADERS: dict[bool, type] = {}
_NUMBER_TEXT = re.compile(r"^[-+]?(\d+\.\d*0|0\d+(\.\d*)?)$")  # trailing zeros or leading zeros


def _yaml_loader(binary: bool = False) -> type:
    """A SafeLoader whose implicit scalars follow the YAML 1.2 core schema (built once, lazily:
    PyYAML is needed only by YAML documents)."""
    if binary in _LOADERS:
        return _LOADERS[binary]
    import yaml

    class Loader(yaml.SafeLoader):
        notes: list[str]
        source: str

    Loader.yaml_implicit_resolvers = {}
    resolvers = [
        ("tag:yaml.org,2002:null", r"^(?:~|null|Null|NULL|)$", ["~", "n", "N", ""]),
        ("tag:yaml.org,2002:bool", r"^(?:true|True|TRUE|false|False|FALSE)$", list("tTfF")),
        ("tag:yaml.org,2002:int", r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$", list("-+0123456789")),
        (
            "tag:yaml.org,2002:float",
            r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$",
            list("-+0123456789."),
        ),
        ("tag:yaml.org,2002:merge", r"^(?:<<)$", ["<"]),
    ]
    for tag, pattern, first in resolvers:
        Loader.add_implicit_resolver(tag, re.compile(pattern), first)

    def where(node: Any) -> str:
        return f"{node.start_mark.line + 1}:{node.start_mark.column + 1}"

    def lossy(loader: Any, node: Any, value: float | int) -> None:
        text = str(node.value)
        if _NUMBER_TEXT.match(text) and node.style is None:
            loader.notes.append(
                f"{loader.source}:{where(node)}: {text} reads as the number {value!r}; quote it ('{text}') "
                f"if it is a version, code or identifier"
            )

    def construct_int(loader: Any, node: Any) -> int:
        text = str(loader.construct_scalar(node))
        sign = -1 if text.startswith("-") else 1
        body = text.lstrip("+-")
        value = sign * (
            int(body[2:], 8)
            if body.startswith("0o")
            else int(body[2:], 16)
            if body.startswith("0x")
            else int(body, 10)
        )
        lossy(loader, node, value)
        return value

    def construct_float(loader: Any, node: Any) -> float:
        value: float = yaml.SafeLoader.construct_yaml_float(loader, node)
        lossy(loader, node, value)
        return value

    def as_text(loader: Any, node: Any) -> str:
        return str(loader.construct_scalar(node))

    def no_json_form(loader: Any, node: Any) -> Any:
        raise SpecLoadError(
            loader.source,
            where(node),
            f"the YAML tag {node.tag} has no JSON equivalent",
            "write the value as plain JSON data (string, number, list or object)",
        )

    Loader.add_constructor("tag:yaml.org,2002:int", construct_int)
    Loader.add_constructor("tag:yaml.org,2002:float", construct_float)
    Loader.add_constructor("tag:yaml.org,2002:timestamp", as_text)
    for tag in ("set", "omap", "pairs") if binary else ("binary", "set", "omap", "pairs"):
        Loader.add_constructor(f"tag:yaml.org,2002:{tag}", no_json_form)
    Loader.add_constructor(None, no_json_form)  # any other explicit tag (!!python/..., !custom)

    def construct_mapping(loader: Any, node: Any, deep: bool = False) -> dict[Any, Any]:
        loader.flatten_mapping(node)
        seen: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            key = loader.construct_object(key_node, deep=deep)
            if not isinstance(key, str | int | float | bool) and key is not None:
                raise SpecLoadError(
                    loader.source,
                    where(key_node),
                    "a key that is not a scalar",
                    "JSON object keys are strings",
                )
            if key in seen:
                raise SpecLoadError(
                    loader.source,
                    where(key_node),
                    f"the key {key!r} appears twice in one mapping",
                    "keep one of them (YAML readers disagree on which wins)",
                )
            seen[key] = loader.construct_object(value_node, deep=deep)
        return seen

    Loader.construct_mapping = construct_mapping  # type: ignore[assignment]
    _LOADERS[binary] = Loader
    return Loader


def _prescan_yaml(text: str, source: str, limits: Limits, loader: type) -> int:
    """Walk the event stream (no recursion, nothing built) to bound depth, aliases and expansion;
    return the number of aliases."""
    import yaml

    depth = aliases = total = 0
    sizes: dict[str, int] = {}
    stack: list[tuple[str | None, int]] = []
    for ev in yaml.parse(text, Loader=loader):
        here = f"{ev.start_mark.line + 1}:{ev.start_mark.column + 1}" if ev.start_mark else ""
        if isinstance(ev, yaml.MappingStartEvent | yaml.SequenceStartEvent):
            total += 1
            depth += 1
            if depth > limits.max_depth:
                raise limits.refuse(source, here, f"nesting depth {depth}", "max_depth")
            stack.append((ev.anchor, total - 1))
        elif isinstance(ev, yaml.MappingEndEvent | yaml.SequenceEndEvent):
            depth -= 1
            anchor, start = stack.pop()
            if anchor is not None:
                sizes[anchor] = total - start
        elif isinstance(ev, yaml.ScalarEvent):
            total += 1
            if ev.anchor is not None:
                sizes[ev.anchor] = 1
        elif isinstance(ev, yaml.AliasEvent):
            aliases += 1
            if aliases > limits.max_aliases:
                raise limits.refuse(source, here, f"the number of aliases ({aliases})", "max_aliases")
            if ev.anchor not in sizes:
                raise SpecLoadError(
                    source,
                    here,
                    f"the alias *{ev.anchor} refers to a node that contains it",
                    "a JSON document cannot be recursive: write the value out",
                )
            total += sizes[ev.anchor]
        if total > limits.max_nodes:
            raise limits.refuse(source, here, f"the expanded size ({total} nodes)", "max_nodes")
    return aliases


def _parse_yaml(text: str, source: str, limits: Limits, notes: list[str], binary: bool = False) -> Any:
    import yaml

    loader_cls = _yaml_loader(binary)
    try:
        aliases = _prescan_yaml(text, source, limits, loader_cls)
        loader = loader_cls(text)
        loader.source, loader.notes = source, notes
        try:
            doc = loader.get_single_data()
        finally:
            loader.dispose()
        # An alias shares one object between places: unshare it, or an overlay edit at one place
        # would silently change the other (the expansion is already bounded by max_nodes).
        return json.loads(json.dumps(doc)) if aliases else doc
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        at = f"{mark.line + 1}:{mark.column + 1}" if mark else ""
        problem = exc.problem or exc.context or "invalid YAML"
        raise SpecLoadError(source, at, f"invalid YAML ({problem})", "fix the syntax there") from None
    except yaml.YAMLError as exc:
        raise SpecLoadError(
            source, "", f"invalid YAML ({str(exc).splitlines()[0]})", "fix the syntax"
        ) from None


def pointer(parts: tuple[Any, ...] | list[Any]) -> str:
    """An RFC 6901 JSON pointer for a path of keys and indexes."""
    return "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in parts) or "/"
