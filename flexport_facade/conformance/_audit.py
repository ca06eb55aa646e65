"""Walk a parsed answer against the generated types and list every value that is not typed.

A generated model's from_dict() raises on a missing required member, but for nullable unions it
catches the error and keeps the raw dict, it never converts a wrong scalar, and it files members the
spec does not declare under ``additional_properties``. So a parse without an exception can still hold
raw data where the caller expects a model: that is what this module finds.
"""

from __future__ import annotations

import datetime as dt
import enum
import importlib
import re
import sys
import types
import typing
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

MAX_ISSUES = 50  # per answer: enough to judge it, bounded for a huge body
# An RFC 3339 date-time: in a member typed plain str, the spec forgot (or misspelt) format: date-time.
_DATE_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?([Zz]|[+-]\d{2}:?\d{2})$")


@dataclass(frozen=True)
class Issue:
    pointer: str  # JSON pointer into the answer body
    problem: str
    value: Any
    note: bool = False  # a suspicion (a date-time in a plain string member), not a verdict


def audit(parsed: Any) -> list[Issue]:
    issues: list[Issue] = []
    for issue in _walk(parsed, None, ""):
        issues.append(issue)
        if len(issues) >= MAX_ISSUES:
            break
    return issues


def _is_model(value: Any) -> bool:
    return hasattr(type(value), "__attrs_attrs__") and hasattr(value, "to_dict")


def _walk(value: Any, hint: Any, pointer: str) -> Iterator[Issue]:
    if value is None or type(value).__name__ == "Unset":
        return
    if _is_model(value):
        yield from _model(value, pointer)
        return
    if isinstance(value, enum.Enum):
        if type(value)._value2member_map_.get(value._value_) is not value:
            yield Issue(pointer, f"{value._value_!r} is not a value of {type(value).__name__}", value._value_)
        return
    options = _options(hint)
    if options is None:  # Any, or no hint (the top level of a list answer): nothing to demand
        if isinstance(value, list):
            for i, item in enumerate(value):
                yield from _walk(item, None, f"{pointer}/{i}")
        return
    models = [t for t in options if isinstance(t, type) and hasattr(t, "__attrs_attrs__")]
    if isinstance(value, dict):
        maps = [t for t in options if typing.get_origin(t) in (dict, Mapping) or t in (dict, Mapping)]
        if maps:
            args = typing.get_args(maps[0])
            for k, v in value.items():
                yield from _walk(v, args[1] if len(args) == 2 else None, f"{pointer}/{_escape(k)}")
        elif models or not _accepts(options, dict):
            want = " | ".join(_name(t) for t in options)
            yield Issue(pointer, f"a raw object where {want} belongs", value)
        return
    if isinstance(value, list):
        lists = [t for t in options if typing.get_origin(t) is list or t is list]
        if not lists:
            yield Issue(pointer, f"a raw list where {' | '.join(_name(t) for t in options)} belongs", value)
            return
        args = typing.get_args(lists[0])
        for i, item in enumerate(value):
            yield from _walk(item, args[0] if args else None, f"{pointer}/{i}")
        return
    if isinstance(value, str) and not _accepts(options, str):
        if any(t in (dt.datetime, dt.date) for t in options):
            yield Issue(pointer, "a raw string where a date-time belongs", value)
        else:
            yield Issue(pointer, f"a string where {' | '.join(_name(t) for t in options)} belongs", value)
        return
    if isinstance(value, str) and str in options and _DATE_TIME.match(value):
        yield Issue(pointer, "a date-time in a plain string member (no format: date-time)", value, note=True)
        return
    if isinstance(value, bool | int | float) and not _accepts(options, type(value)):
        want = " | ".join(_name(t) for t in options)
        yield Issue(pointer, f"a {type(value).__name__} where {want} belongs", value)


def _model(obj: Any, pointer: str) -> Iterator[Issue]:
    cls = type(obj)
    hints = _hints(cls)
    keys = _json_keys(obj)
    for attr in cls.__attrs_attrs__:
        name = attr.name
        if name == "additional_properties":
            for key, extra in getattr(obj, name).items():
                if isinstance(extra, dict | list):
                    # Structured data the spec does not declare: the caller cannot read it typed.
                    yield Issue(
                        f"{pointer}/{_escape(key)}", f"{cls.__name__} does not declare {key!r}", extra
                    )
            continue
        yield from _walk(getattr(obj, name), hints.get(name), f"{pointer}/{_escape(keys.get(name, name))}")


def _json_keys(obj: Any) -> dict[str, str]:
    """Attribute name -> JSON member name, read from to_dict() of this instance (best effort)."""
    try:
        members = list(obj.to_dict())
    except Exception:  # a degraded model may not serialise; the attribute name is then used
        return {}
    flat = {re.sub(r"[^a-z0-9]", "", k.lower()): k for k in members}
    return {a.name: flat.get(a.name.replace("_", ""), a.name) for a in type(obj).__attrs_attrs__}


class _LazyModels(dict[str, Any]):
    """Names the model modules import only under TYPE_CHECKING, resolved from the package's models."""

    def __init__(self, module: types.ModuleType, package: str) -> None:
        super().__init__(vars(module))
        self.package = package

    def __missing__(self, key: str) -> Any:
        models = importlib.import_module(f"{self.package}.models")
        try:
            return getattr(models, key)
        except AttributeError:
            raise KeyError(key) from None


_HINTS: dict[type, dict[str, Any]] = {}


def _hints(cls: type) -> dict[str, Any]:
    if cls not in _HINTS:
        module = sys.modules[cls.__module__]
        package = cls.__module__.split(".", 1)[0]
        try:
            found = typing.get_type_hints(
                cls, globalns=dict(vars(module)), localns=_LazyModels(module, package)
            )
        except Exception:  # an annotation we cannot evaluate: audit what we can without it
            found = {}
        _HINTS[cls] = found
    return _HINTS[cls]


def _options(hint: Any) -> list[Any] | None:
    if hint is None or hint is Any:
        return None
    args = typing.get_args(hint) if typing.get_origin(hint) in (typing.Union, types.UnionType) else (hint,)
    out = [a for a in args if a is not type(None) and getattr(a, "__name__", "") != "Unset"]
    if any(a is Any for a in out) or not out:
        return None
    return out


def _accepts(options: list[Any], kind: type) -> bool:
    for t in options:
        base = typing.get_origin(t) or t
        if isinstance(base, type) and (issubclass(kind, base) or (base is float and kind is int)):
            return True
    return False


def _name(t: Any) -> str:
    return getattr(t, "__name__", None) or str(t)


def _escape(key: Any) -> str:
    return str(key).replace("~", "~0").replace("/", "~1")
