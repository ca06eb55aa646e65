"""`make reconstruct`: rebuild every Logistics snapshot from scripts/reconstruct/tags/.

Writes each snapshot in canonical form and records it in MANIFEST.json as ``reconstructed``.
The manifest date moves only when a snapshot's bytes change, so reruns are byte-identical.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import pkgutil
import sys
from typing import Any

from openapi_spec_validator import validate

from flexport_facade._core.versions import ApiVersion, known_versions
from scripts import run_lock, speclib
from scripts.reconstruct import tags
from scripts.reconstruct.builder import SpecBuilder, V


def build_document(version_id: str, only: set[str] | None = None) -> dict[str, Any]:
    """Assemble one version from every tag module (or only the named ones)."""
    spec = SpecBuilder(V(version_id))
    for info in sorted(pkgutil.iter_modules(tags.__path__), key=lambda m: m.name):
        if only is not None and info.name not in only:
            continue
        module = importlib.import_module(f"{tags.__name__}.{info.name}")
        module.build(spec)
    return spec.document()


def record_authored(manifest: dict[str, Any], today: str) -> None:
    """Flexport API v1 publishes no spec: its hand-written snapshot is recorded as ``authored``."""
    for version in known_versions("v1"):
        path = speclib.OPENAPI_DIR / version.snapshot
        if not path.is_file():
            continue
        data = path.read_bytes()
        old = manifest["versions"].get(version.id, {})
        changed = old.get("sha256") != speclib.sha256_bytes(data)
        manifest["versions"][version.id] = speclib.manifest_entry(
            snapshot=version.snapshot,
            data=data,
            source_url=version.source_url,
            provenance="authored",
            date=today if changed else old.get("date", today),
            operation_count=len(speclib.operations(speclib.load_spec(path))),
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m scripts.reconstruct", description=__doc__)
    parser.add_argument("versions", nargs="*", help="versions to rebuild (default: every Logistics version)")
    parser.add_argument("--dry-run", action="store_true", help="build and validate; write nothing")
    parser.add_argument("--only", default="", help="comma-separated tag modules to include (with --dry-run)")
    args = parser.parse_args(argv)
    only = {m.strip() for m in args.only.split(",") if m.strip()} or None
    if only and not args.dry_run:
        parser.error("--only builds partial documents; use it with --dry-run")
    wanted = [v for v in known_versions("logistics") if not args.versions or v.id in args.versions]
    if args.dry_run:
        return rebuild(wanted, only, dry_run=True)
    with run_lock.hold(speclib.OPENAPI_DIR, "make reconstruct", wait=600):  # not while `make specs` writes
        return rebuild(wanted, only, dry_run=False)


def rebuild(wanted: list[ApiVersion], only: set[str] | None, *, dry_run: bool) -> int:
    manifest = speclib.read_manifest()
    today = dt.date.today().isoformat()
    for version in wanted:
        doc = build_document(version.id, only)
        validate(doc)
        data = speclib.canonical_json(doc)
        if dry_run:
            print(f"{version.id:10} valid     {len(speclib.operations(doc)):3} operations")
            continue
        path = speclib.OPENAPI_DIR / version.snapshot
        old = manifest["versions"].get(version.id, {})
        changed = old.get("sha256") != speclib.sha256_bytes(data) or not path.exists()
        entry = speclib.manifest_entry(
            snapshot=version.snapshot,
            data=data,
            source_url=version.source_url,
            provenance="reconstructed",
            date=today if changed else old.get("date", today),
            operation_count=len(speclib.operations(doc)),
        )
        if changed:  # recorded with the file, so a run killed later leaves no stale entry behind
            speclib.publish_snapshot(manifest, speclib.MANIFEST_PATH, version.id, path, data, entry)
        manifest["versions"][version.id] = entry
        print(f"{version.id:10} {'rebuilt' if changed else 'unchanged':9} {entry['operations']:3} operations")
    if not dry_run:
        record_authored(manifest, today)
        speclib.write_manifest(manifest)
    return 0


if __name__ == "__main__":
    sys.exit(main())
