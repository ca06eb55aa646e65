"""Reading openapi/versions.toml rows, with the checks every reader needs: fields and safe paths.

Standard library only, and no imports from the package but ``_records`` beside it (relatively, so
``scripts/speclib.py`` can load the two without running the package): a no-op `make generate` reads
the registry without importing the facade (and httpx). The facade's registry
(``versions.load_registry``) builds its ``ApiVersion`` objects from these rows.
"""

from __future__ import annotations

import keyword
from dataclasses import MISSING, fields
from pathlib import Path, PurePosixPath, PureWindowsPath
from typing import Any

from ._records import record  # relative: also found when scripts load this directory standalone


class RegistryFileError(ValueError):
    """versions.toml has a row that cannot be used; the message names the file, row and field."""


@record(frozen=True)
class RegistryRow:
    """One ``[[version]]`` row of versions.toml (each field documented at the top of that file)."""

    id: str
    api: str  # "logistics" | "v1" | another family (each documented in versions.toml)
    status: str  # "stable" | "unstable" | "legacy"
    released: str
    snapshot: str  # a file under openapi/
    package: str  # a directory under generated/
    source_url: str
    # Optional: how a family other than logistics/v1 is reached (documented in versions.toml).
    base_url: str = ""
    path_prefix: str = ""  # every path of the spec starts with it; "{id}" is replaced by the version id
    version_in: str = ""  # "path" | "header:<Name>" | "query:<name>" | "accept:<media type>" | "" (none)
    auth: str = ""  # "bearer" | "token" | "header:<Name>"

    @property
    def paths_start_with(self) -> str | None:
        return paths_start_with(self.id, self.api, self.path_prefix)


FIELDS = tuple(f.name for f in fields(RegistryRow))
REQUIRED = tuple(f.name for f in fields(RegistryRow) if f.default is MISSING)


def paths_start_with(version_id: str, api: str, path_prefix: str) -> str | None:
    """The prefix every path of a version's spec must have, if its family has one."""
    if path_prefix:
        return path_prefix.replace("{id}", version_id)
    return f"/logistics/api/{version_id}/" if api == "logistics" else None


_BARE_KEY = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")


def simple_rows(text: str) -> list[dict[str, str]] | None:
    """The ``[[version]]`` tables of ``text`` when it uses only the plain form versions.toml is written
    in (comments, ``[[version]]`` headers, ``key = "text"`` with no escapes), else None.

    Building the first client reads the registry; ``tomllib`` costs more to import than the rest of the
    construction, and this form needs none of it. Anything else (another table, a key outside a row, a
    repeated key, an escape, a multi-line string, another value type) returns None, and tomllib then
    reads the file, so its answer or error is what every other file gets."""
    rows: list[dict[str, str]] = []
    for line in text.replace("\r\n", "\n").split("\n"):
        # Printable (a tab aside) rules out what TOML forbids or reads otherwise: control characters
        # (a CR not ending a line among them), whitespace other than space and tab, a byte-order mark.
        if not line.replace("\t", " ").isprintable():
            return None
        line = line.strip(" \t")
        if not line or line.startswith("#"):
            continue
        if line == "[[version]]":
            rows.append({})
            continue
        key, equals, value = line.partition("=")
        key, value = key.strip(" \t"), value.strip(" \t")
        if not (equals and rows and key and _BARE_KEY.issuperset(key) and key not in rows[-1]):
            return None
        end = value.find('"', 1)
        if not value.startswith('"') or end < 0:
            return None
        text_value, rest = value[1:end], value[end + 1 :].strip(" \t")
        if "\\" in text_value or (rest and not rest.startswith("#")):
            return None
        rows[-1][key] = text_value
    return rows


def read_rows(source: Path) -> tuple[RegistryRow, ...]:
    text = source.read_bytes().decode("utf-8")  # what tomllib.load does with it too
    raw: list[dict[str, Any]] | None = simple_rows(text)
    if raw is None:
        import tomllib  # only for a file outside the plain form

        raw = tomllib.loads(text).get("version", [])
    rows = []
    for number, item in enumerate(raw, start=1):
        name = f"{source}: version {item.get('id', f'row {number}')!r}"
        missing = [f for f in REQUIRED if f not in item]
        unknown = sorted(set(item) - set(FIELDS))
        if missing or unknown:
            raise RegistryFileError(
                f"{name}: "
                + "; ".join(
                    ([f"missing {', '.join(missing)}"] if missing else [])
                    + ([f"unknown field(s) {', '.join(unknown)}"] if unknown else [])
                )
                + f" (the fields are listed at the top of versions.toml: {', '.join(FIELDS)})"
            )
        row = RegistryRow(**{k: str(v) for k, v in item.items()})
        check_paths(name, row)
        rows.append(row)
    ids = [r.id for r in rows]
    if len(ids) != len(set(ids)):
        raise RegistryFileError(f"{source}: duplicate version ids in {ids}")
    return tuple(rows)


def check_paths(name: str, row: RegistryRow) -> None:
    """Refuse a row whose files would land outside openapi/ or generated/ (scripts write to both)."""
    snapshot = PurePosixPath(row.snapshot)
    if (
        not row.snapshot
        or snapshot.is_absolute()
        or PureWindowsPath(row.snapshot).is_absolute()
        or "\\" in row.snapshot
        or ".." in snapshot.parts
    ):
        raise RegistryFileError(
            f"{name}: snapshot = {row.snapshot!r} must be a relative path inside openapi/ "
            "(no '..', not absolute), e.g. 'logistics/<id>.json'"
        )
    if not row.package.isidentifier() or keyword.iskeyword(row.package):
        raise RegistryFileError(
            f"{name}: package = {row.package!r} must be a Python package name (a directory directly "
            "under generated/, no '/' or '..'), e.g. 'flexport_logistics_v2026_02'"
        )
