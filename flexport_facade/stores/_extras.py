"""Importing an optional driver with an error that names the extra to install."""

from __future__ import annotations

import importlib
from types import ModuleType

_EXTRA = {"redis": "[redis]", "psycopg": "[postgres]", "psycopg_pool": "[postgres]"}


def require(module: str) -> ModuleType:
    try:
        return importlib.import_module(module)
    except ImportError:
        # cryptography comes with either extra
        extra = _EXTRA.get(module.split(".")[0], "[redis]' or 'flexport-facade[postgres]")
        raise ImportError(
            f"{module} is not installed; install the store's extra: pip install 'flexport-facade{extra}'"
        ) from None
