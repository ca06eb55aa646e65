"""Where a version's spec snapshot lives, reading it, and what operations it declares.

In a checkout the snapshots are read from openapi/; an installed wheel carries the same tree as
flexport_facade/_openapi/ (pyproject force-include). Nothing here touches the network.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from flexport_facade._core import spec_loader
from flexport_facade._core.versions import REINSTALL, ApiVersion, fix_hint, get_version

_CHECKOUT = Path(__file__).resolve().parents[2] / "openapi"
_PACKAGED = Path(__file__).resolve().parents[1] / "_openapi"
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")


def openapi_dir() -> Path:
    return _CHECKOUT if _CHECKOUT.is_dir() else _PACKAGED


def snapshot_path(version: ApiVersion | str) -> Path:
    row = get_version(version) if isinstance(version, str) else version
    return openapi_dir() / row.snapshot


def load_document(path: Path) -> dict[str, Any]:
    """Read a spec, JSON or YAML by extension, bounded and with YAML 1.2 scalars (see spec_loader);
    a non-object top level is an error."""
    return spec_loader.load_document(path)


def load_snapshot(version: ApiVersion | str) -> dict[str, Any]:
    path = snapshot_path(version)
    if not path.is_file():
        raise FileNotFoundError(
            f"no snapshot at {path}; "
            + fix_hint(user=REINSTALL, maintainer="run `make specs` (or `make reconstruct`)")
        )
    return load_document(path)


def operations(doc: dict[str, Any]) -> set[tuple[str, str]]:
    """The (METHOD, path) pairs a spec declares."""
    return {
        (method.upper(), path)
        for path, item in (doc.get("paths") or {}).items()
        if isinstance(item, dict)
        for method in item
        if method in HTTP_METHODS
    }
