"""Module-level ``__getattr__`` that imports a name's module on first use (PEP 562).

Used by packages whose public names include heavy optional parts (OAuth, token stores, pagination):
importing the package stays cheap for an integration that never touches them.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping


def lazy_attributes(package: str, names: Mapping[str, str]) -> Callable[[str], object]:
    """A ``__getattr__`` for ``package`` that loads ``names[attr]`` (a module path) when asked."""

    def __getattr__(name: str) -> object:
        module = names.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        return getattr(importlib.import_module(module), name)

    return __getattr__
