"""The generated packages' public Python API compared with griffe (static analysis, nothing imported).

The spec diff already names the Python object each change touches; this catches what only the
generator decides (a module or class name it derives differently, a parameter it reorders). Each
breakage is folded to one name per object (``api.events.get_events(order_id)`` for the four
sync/async variants), and dropped when a spec change already carries that name.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from flexport_facade._exceptions import PythonApiUnavailable
from flexport_facade.releases._model import Change, Severity

_VARIANTS = {"sync", "sync_detailed", "asyncio", "asyncio_detailed"}
_PARAMETER_KINDS = {
    "PARAMETER_MOVED",
    "PARAMETER_REMOVED",
    "PARAMETER_CHANGED_KIND",
    "PARAMETER_CHANGED_DEFAULT",
    "PARAMETER_CHANGED_REQUIRED",
    "PARAMETER_ADDED_REQUIRED",
}


def package_dir(package: str) -> Path:
    """Where a generated package's sources are (generated/<package> in a checkout, or installed)."""
    try:
        spec = importlib.util.find_spec(package)
    except (ImportError, ValueError):
        spec = None
    if spec is None or not spec.submodule_search_locations:
        raise PythonApiUnavailable(f"package {package} is not generated (run `make generate`)")
    return Path(next(iter(spec.submodule_search_locations)))


def python_api_changes(
    old_package: str, new_package: str, covered: set[str], module_classes: dict[str, str]
) -> list[Change]:
    """Breakages of the public API from ``old_package`` to ``new_package`` that ``covered`` lacks.

    ``module_classes`` maps a model module (``dimension``) to its class (``Dimension``).
    """
    try:
        import griffe
    except ImportError as exc:
        raise PythonApiUnavailable(
            "griffe is not installed (pip install 'flexport-facade[releases]')"
        ) from exc
    old_dir, new_dir = package_dir(old_package), package_dir(new_package)
    try:
        old = griffe.load(old_package, search_paths=[str(old_dir.parent)], allow_inspection=False)
        new = griffe.load(new_package, search_paths=[str(new_dir.parent)], allow_inspection=False)
        breakages = list(griffe.find_breaking_changes(old, new))
    except Exception as exc:  # griffe raises many kinds on unreadable code; none may stop the spec diff
        raise PythonApiUnavailable(
            f"griffe could not compare {old_package} and {new_package}: {exc}"
        ) from exc
    folded: dict[str, Change] = {}
    for breakage in breakages:
        name = _fold(breakage, old_package, new_package, module_classes)
        if name is None or _is_covered(name, covered) or name in folded:
            continue
        kind = breakage.kind.name.lower().replace("_", "-")
        folded[name] = Change(
            kind=f"python-{kind}",
            severity=Severity.BREAKING,
            location=name,
            side="old",
            old=_text(breakage.old_value),
            new=_text(breakage.new_value),
            message=f"{breakage.kind.value.lower()}: {name}",
            python=name,
        )
    return list(folded.values())


def _fold(breakage: Any, old_package: str, new_package: str, module_classes: dict[str, str]) -> str | None:
    path = str(breakage.obj.path)
    for prefix in (old_package + ".", new_package + "."):
        if path.startswith(prefix):
            path = path[len(prefix) :]
            break
    else:
        return None
    parts = path.split(".")
    if parts[0] == "facade":  # the typed-layer stub restates api.* and models.*: reported there once
        return None
    if breakage.kind.name in _PARAMETER_KINDS:
        if parts[-1] in _VARIANTS:
            parts = parts[:-1]
        param = getattr(breakage.old_value, "name", None) or getattr(breakage.new_value, "name", None)
        return ".".join(parts) + (f"({param})" if param else "")
    if parts[:1] == ["models"] and len(parts) >= 2:
        # models.dimension / models.dimension.Dimension / models.Dimension are one class
        if len(parts) >= 3 and parts[2][:1].isupper():  # models.<module>.<Class>[.member]
            return ".".join(["models", *parts[2:]])
        return ".".join(["models", module_classes.get(parts[1], parts[1]), *parts[2:]])
    if parts[:1] == ["api"] and parts[-1] in _VARIANTS:
        parts = parts[:-1]
    return ".".join(parts)


def _is_covered(name: str, covered: Iterable[str]) -> bool:
    """A spec change names this object, or one that contains it (a removed class covers its fields,
    a removed operation its parameters)."""
    return any(name == c or name.startswith((c + ".", c + "(")) for c in covered)


def _text(value: Any) -> str | None:
    return None if value is None else str(value)
