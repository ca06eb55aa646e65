"""Deferred work: a module-level ``__getattr__`` that imports a name's module on first use (PEP 562),
and regular expressions compiled on first use.

Used by packages whose public names include heavy optional parts (OAuth, token stores, pagination):
importing the package stays cheap for an integration that never touches them. Compiling a pattern
costs about as much as importing a small module; most are needed only on an error path.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable, Mapping


def lazy_attributes(package: str, names: Mapping[str, str]) -> Callable[[str], object]:
    """A ``__getattr__`` for ``package`` that loads ``names[attr]`` (a module path) when asked."""

    def __getattr__(name: str) -> object:
        module = names.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        return getattr(importlib.import_module(module), name)

    return __getattr__


def lazy_pattern(pattern: str, flags: int = 0) -> Callable[[], re.Pattern[str]]:
    """A function returning ``re.compile(pattern, flags)``, compiled on its first call."""
    compiled: list[re.Pattern[str]] = []

    def get() -> re.Pattern[str]:
        if not compiled:
            compiled.append(re.compile(pattern, flags))
        return compiled[0]

    return get
