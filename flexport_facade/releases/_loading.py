"""What ``diff`` compares: a registered version id or a spec file (JSON or YAML), normalised.

Every Logistics path embeds its version (``/logistics/api/2024-04/orders``); paths are compared with
that segment removed and path parameter names blanked, so two releases line up operation by operation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from flexport_facade._core import snapshots, spec_loader
from flexport_facade._core.versions import ApiVersion, get_version
from flexport_facade._exceptions import SpecArgumentError, VersionError

_VERSION_PREFIX = re.compile(r"^/logistics/api/[^/]+(?=/|$)")
_PATH_PARAM = re.compile(r"{[^}]*}")
_SPEC_SUFFIXES = {".json", ".yaml", ".yml"}


@dataclass(frozen=True)
class SpecSource:
    label: str  # what the user typed: a version id or a path
    doc: dict[str, Any]
    version: ApiVersion | None = None  # set when the label is a registered version


def read_spec_file(path: Path) -> dict[str, Any]:
    """Parse one spec file through the bounded loader (flexport_facade/_core/spec_loader.py): JSON, or YAML
    with YAML 1.2 scalars; a defect raises ``SpecLoadError`` naming the file, the place and the fix."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise SpecArgumentError(f"{path}: cannot read it ({exc.strerror})") from exc
    fmt = {".yaml": "yaml", ".yml": "yaml", ".json": "json"}.get(path.suffix)
    loaded = spec_loader.parse(data, source=str(path), fmt=fmt)
    if not isinstance(loaded, dict):
        raise SpecArgumentError(f"{path}: not an OpenAPI document (top level is {type(loaded).__name__})")
    return loaded


def load_source(ref: str) -> SpecSource:
    """A registered version id (``2025-03``) or a path to a spec file."""
    path = Path(ref)
    if path.is_file():
        doc = read_spec_file(path)
        if "paths" not in doc and "x-webhooks" not in doc and "webhooks" not in doc:
            raise SpecArgumentError(f"{path}: no `paths` or webhooks: not an OpenAPI document")
        return SpecSource(label=ref, doc=doc)
    try:
        version = get_version(ref)
    except VersionError as exc:
        if path.suffix in _SPEC_SUFFIXES or "/" in ref:
            raise SpecArgumentError(f"{ref}: no such file (and not a registered version id)") from None
        raise SpecArgumentError(f"{exc}; or pass the path of a spec file (JSON or YAML)") from None
    snapshot = snapshots.snapshot_path(version)
    if not snapshot.is_file():
        raise SpecArgumentError(f"no snapshot at {snapshot}; run `make specs` (or `make reconstruct`)")
    return SpecSource(label=ref, doc=read_spec_file(snapshot), version=version)


def normalise_path(path: str) -> str:
    """``/logistics/api/2024-04/orders/{orderId}`` -> ``/orders/{}``."""
    return _PATH_PARAM.sub("{}", _VERSION_PREFIX.sub("", path)) or "/"


def display_path(path: str) -> str:
    """The path without its version segment, parameter names kept (for messages)."""
    return _VERSION_PREFIX.sub("", path) or "/"
