"""Small shared pieces for the spec scripts: canonical form, atomic writes, hashes, the registry."""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path
from typing import Any

from flexport_facade._core.snapshots import load_document
from flexport_facade._core.snapshots import operations as snapshot_operations
from flexport_facade._core.spec_loader import pointer
from flexport_facade._exceptions import SpecLoadError

ROOT = Path(__file__).resolve().parent.parent
OPENAPI_DIR = ROOT / "openapi"
GENERATED_DIR = ROOT / "generated"
MANIFEST_PATH = OPENAPI_DIR / "MANIFEST.json"


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
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def check_json_compatible(doc: Any, source: Path | str) -> None:
    """Refuse a document json.dumps cannot write, naming where the odd value is (a datetime from a
    YAML 1.1 reader, a set, bytes), instead of failing later with no file or place."""
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
    if isinstance(key, int | float | bool) or key is None:
        return True  # json.dumps writes these keys as strings
    raise SpecLoadError(str(source), pointer(parts), f"a {type(key).__name__} key", "quote the key")


# One reader and one operation list for scripts and facade alike.
load_spec = load_document
operations = snapshot_operations


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
    atomic_write(path, canonical_json(manifest))


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

    from scripts.overlay import OverlayError, apply_overlay, load_overlay

    path = openapi_dir / row.snapshot
    try:
        doc = load_document(path)
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
