"""Small shared pieces for the spec scripts: canonical form, atomic writes, hashes, the registry.

Imports stay light (no facade, no httpx): a no-op `make generate` loads only this and the stamps.
"""

from __future__ import annotations

import hashlib
import importlib
import json
import os
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
OPENAPI_DIR = ROOT / "openapi"
GENERATED_DIR = ROOT / "generated"
MANIFEST_PATH = OPENAPI_DIR / "MANIFEST.json"


def registry_file() -> ModuleType:
    """flexport_facade/_core/registry_file.py (the versions.toml reader), without importing the facade.

    That module needs only the standard library, but importing it by name runs flexport_facade's
    __init__ (the whole facade and httpx, ~0.3 s), which a no-op `make generate` never uses.
    """
    name = "flexport_facade._core.registry_file"
    core = ROOT / "flexport_facade" / "_core"
    if name in sys.modules or not (core / "registry_file.py").is_file():  # loaded, or moved: plain import
        return importlib.import_module(name)
    # The directory as a package of its own whose __init__ is not run: registry_file's relative import
    # of _records resolves inside it, and nothing of flexport_facade is executed.
    standalone = "_flexport_core"
    if standalone not in sys.modules:
        package = ModuleType(standalone)
        package.__path__ = [str(core)]
        sys.modules[standalone] = package
    return importlib.import_module(f"{standalone}.registry_file")


def canonical_json(doc: Any) -> bytes:
    """The one on-disk form of a JSON spec: sorted keys, two-space indent, trailing newline.

    Sorted keys make vendor re-orderings invisible to diffs; ensure_ascii=False keeps text readable.
    """
    return (json.dumps(doc, indent=2, sort_keys=True, ensure_ascii=False) + "\n").encode("utf-8")


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def sha256_file(path: Path) -> str:
    return sha256_bytes(path.read_bytes())


def atomic_write(path: Path, data: bytes, mode: int = 0o644) -> None:
    """Write to a temp file beside ``path`` and rename it into place: readers see old or new, never half."""
    import tempfile

    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=TMP_SUFFIX, dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, path)
        fsync_dir(path.parent)  # the rename itself survives a crash, not just the bytes
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


TMP_SUFFIX = ".tmp"


def fsync_dir(directory: Path) -> None:
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def load_spec(path: Path) -> dict[str, Any]:
    """Read a spec (JSON, or YAML by extension) through the facade's bounded loader (imported on use)."""
    from flexport_facade._core.snapshots import load_document

    return load_document(path)


def operations(doc: dict[str, Any]) -> set[tuple[str, str]]:
    """The (METHOD, path) pairs a spec declares (one definition, shared with the facade)."""
    from flexport_facade._core.snapshots import operations as snapshot_operations

    return snapshot_operations(doc)


def check_json_compatible(doc: Any, source: Path | str) -> None:
    """Refuse a document json.dumps cannot write, naming where the odd value is (a datetime from a
    YAML 1.1 reader, a set, bytes), instead of failing later with no file or place."""
    from flexport_facade._core.spec_loader import pointer
    from flexport_facade._exceptions import SpecLoadError

    stack: list[tuple[Any, tuple[Any, ...]]] = [(doc, ())]
    while stack:
        node, parts = stack.pop()
        if isinstance(node, dict):
            stack.extend(
                (v, (*parts, k)) for k, v in node.items() if isinstance(k, str) or _bad_key(k, parts, source)
            )
        elif isinstance(node, list):
            stack.extend((v, (*parts, i)) for i, v in enumerate(node))
        elif node is not None and not isinstance(node, str | int | float | bool):
            raise SpecLoadError(
                str(source),
                pointer(parts),
                f"a {type(node).__name__} value, which JSON cannot hold",
                "quote it in the source document (a string)",
            )


def _bad_key(key: Any, parts: tuple[Any, ...], source: Path | str) -> bool:
    from flexport_facade._core.spec_loader import pointer
    from flexport_facade._exceptions import SpecLoadError

    if isinstance(key, int | float | bool) or key is None:
        return True  # json.dumps writes these keys as strings
    raise SpecLoadError(str(source), pointer(parts), f"a {type(key).__name__} key", "quote the key")


# -- MANIFEST.json: per snapshot, sha256, source URL, provenance and date -------------------------
# provenance: "fetched" (downloaded by `make specs`), "reconstructed" (rebuilt from the published
# reference by `make reconstruct`), "authored" (Flexport API v1, which publishes no spec).


def read_manifest(path: Path = MANIFEST_PATH) -> dict[str, Any]:
    if not path.exists():
        return {"versions": {}}
    data = json.loads(path.read_text(encoding="utf-8"))
    data.setdefault("versions", {})
    return dict(data)


def write_manifest(manifest: dict[str, Any], path: Path = MANIFEST_PATH) -> None:
    manifest["versions"] = dict(sorted(manifest["versions"].items()))
    if not manifest.get("pending"):
        manifest.pop("pending", None)
    atomic_write(path, canonical_json(manifest))


# A snapshot and its manifest entry are two files, so no single rename replaces both. Instead the
# manifest first records the new entry under "pending" (it then vouches for the old bytes and the new),
# the snapshot is renamed into place, and the entry moves to "versions". At every instant the file on
# disk is one the manifest vouches for; a run killed in between leaves a "pending" entry that the next
# run settles by hashing the file (reconcile_manifest).


def publish_snapshot(
    manifest: dict[str, Any],
    manifest_path: Path,
    version_id: str,
    path: Path,
    data: bytes,
    entry: dict[str, Any],
) -> None:
    """Replace one snapshot by ``data`` and its manifest entry by ``entry``, crash-consistently."""
    manifest.setdefault("pending", {})[version_id] = entry
    write_manifest(manifest, manifest_path)
    try:
        atomic_write(path, data)
    except Exception:  # e.g. disk full: the old bytes stayed, so un-announce the new ones
        manifest["pending"].pop(version_id, None)
        write_manifest(manifest, manifest_path)
        raise
    manifest["versions"][version_id] = manifest["pending"].pop(version_id)
    write_manifest(manifest, manifest_path)


def vouched(manifest: dict[str, Any], version_id: str) -> set[str]:
    """The sha256 values the manifest accepts for a version's snapshot right now."""
    entries = [manifest["versions"].get(version_id), (manifest.get("pending") or {}).get(version_id)]
    return {e["sha256"] for e in entries if e and "sha256" in e}


def reconcile_manifest(manifest: dict[str, Any], openapi_dir: Path, snapshots: dict[str, str]) -> list[str]:
    """Settle what a killed or bypassed run left; returns one note per repair (``manifest`` is updated).

    ``snapshots`` maps version id -> snapshot path (from the validated registry, never from the manifest).
    """
    notes: list[str] = []
    pending = manifest.get("pending") or {}
    for vid in sorted(pending):
        entry = pending.pop(vid)
        path = openapi_dir / snapshots.get(vid, entry.get("snapshot", ""))
        if vid in snapshots and path.is_file() and sha256_file(path) == entry.get("sha256"):
            manifest["versions"][vid] = entry
            notes.append(f"{vid}: recorded the snapshot an interrupted run had already written")
        else:
            notes.append(f"{vid}: dropped the record of an update an interrupted run never wrote")
    for vid, snapshot in snapshots.items():
        entry = manifest["versions"].get(vid)
        path = openapi_dir / snapshot
        if entry is None or not path.is_file():
            continue
        actual = sha256_file(path)
        if actual != entry.get("sha256"):
            entry["sha256"] = actual
            entry["repaired"] = True  # the flag: these bytes were not recorded by the run that wrote them
            notes.append(
                f"{vid}: MANIFEST.json disagreed with {snapshot} (changed outside `make specs`?); "
                'recorded the file\'s sha256 and flagged the entry "repaired"'
            )
    return notes


def sweep_temp_files(tree: Path, older_than: float) -> list[Path]:
    """Remove atomic_write leftovers (``.<name>.*.tmp``) under ``tree`` that predate ``older_than``.

    Call it only while holding the tree's run lock: then no live run owns any of them.
    """
    removed = []
    for leftover in tree.rglob(f".*{TMP_SUFFIX}"):
        try:
            if leftover.is_file() and leftover.stat().st_mtime < older_than:
                leftover.unlink()
                removed.append(leftover)
        except FileNotFoundError:
            pass
    return removed


def manifest_entry(
    *, snapshot: str, data: bytes, source_url: str, provenance: str, date: str, operation_count: int
) -> dict[str, Any]:
    return {
        "snapshot": snapshot,
        "sha256": sha256_bytes(data),
        "source_url": source_url,
        "provenance": provenance,
        "date": date,
        "operations": operation_count,
    }


# -- what every registered snapshot must satisfy (tests/test_snapshots.py, any API family) ---------

PROVENANCES = ("fetched", "reconstructed", "authored")
_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")


def snapshot_problems(
    row: Any, openapi_dir: Path = OPENAPI_DIR, manifest: dict[str, Any] | None = None
) -> list[str]:
    """Why ``row``'s snapshot is not fit to generate from, as sentences; [] when it is.

    The document checked is the overlaid one (what the generator reads). Our own ``x-provenance``
    labels are demanded only of documents we wrote (reconstructed, authored), never of a vendor's.
    """
    from openapi_spec_validator import validate

    from flexport_facade._core.spec_loader import pointer
    from flexport_facade._exceptions import SpecLoadError
    from scripts.overlay import OverlayError, apply_overlay, load_overlay

    path = openapi_dir / row.snapshot
    try:
        doc = load_spec(path)
        overlay = openapi_dir / "overlays" / f"{row.id}.yaml"
        if overlay.exists():
            doc = apply_overlay(doc, load_overlay(overlay)).document
    except (SpecLoadError, OverlayError) as exc:
        return [str(exc)]
    problems: list[str] = []
    try:
        validate(doc)
    except Exception as exc:  # the validator raises several types; all mean "invalid"
        where = pointer(tuple(getattr(exc, "absolute_path", ()) or ()))
        problems.append(f"{path}:{where}: invalid OpenAPI ({str(exc).splitlines()[0][:200]})")
    entry = (manifest if manifest is not None else read_manifest())["versions"].get(row.id)
    if entry is None:
        return [*problems, f"{row.id}: no entry in MANIFEST.json; run `make specs` (or `make reconstruct`)"]
    if entry.get("provenance") not in PROVENANCES:
        problems.append(f"{row.id}: provenance {entry.get('provenance')!r} is not one of {PROVENANCES}")
    if entry.get("sha256") != sha256_file(path):
        problems.append(f"{row.id}: {row.snapshot} does not match its MANIFEST.json sha256; run `make specs`")
    prefix = row.paths_start_with
    for p, item in (doc.get("paths") or {}).items():
        if prefix and not p.startswith(prefix):
            problems.append(f"{row.id}: path {p} does not start with {prefix}")
        if entry.get("provenance") == "fetched" or not isinstance(item, dict):
            continue
        for method, op in item.items():
            prov = op.get("x-provenance") if method in _METHODS and isinstance(op, dict) else None
            if method in _METHODS and not (
                isinstance(prov, dict)
                and prov.get("confidence") in {"seen", "inferred"}
                and prov.get("sources")
            ):
                problems.append(
                    f"{row.id}: {method.upper()} {p} has no x-provenance (we wrote this document)"
                )
    return problems
