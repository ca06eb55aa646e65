"""`make specs`: download each Logistics version's raw OpenAPI document into openapi/.

Every answer is checked (JSON or YAML, a valid OpenAPI 3 document, paths under that version) before
it replaces a snapshot; a version that fails keeps its snapshot and manifest entry byte-identical.
The base URL is https://logistics-api.flexport.com unless FLEXPORT_SPEC_BASE_URL (or --base-url)
points at a mirror. `--discover` probes the next quarterly ids after the newest known one.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import re
import sys
import time
from pathlib import Path
from typing import Any

import httpx
from openapi_spec_validator import validate

from flexport_facade._core import spec_loader
from flexport_facade._core.versions import ApiVersion, load_registry
from flexport_facade._exceptions import SpecLoadError, VersionError
from scripts import run_lock, speclib
from scripts.spec_download import (
    DEADLINE_ENV,
    DEFAULT_DEADLINE,
    DEFAULT_MAX_BYTES,
    MAX_BYTES_ENV,
    FetchError,
    Http,
    Unreachable,
    download,
    make_client,
    size_refusal,
)

__all__ = ["FetchError", "Http", "Unreachable", "download"]

BASE_ENV = "FLEXPORT_SPEC_BASE_URL"
LOCK_WAIT = 600.0


def spec_url(row: ApiVersion, base: str | None) -> str:
    if base:
        return f"{base.rstrip('/')}/logistics/api/{row.id}/documentation/raw"
    return row.source_url


def parse_document(body: bytes, content_type: str) -> dict[str, Any]:
    text = body.decode("utf-8", errors="replace").lstrip("\ufeff")
    head = text.lstrip()[:200].lower()
    if "html" in content_type.lower() or head.startswith(("<!doctype", "<html", "<")):
        raise FetchError(f"an HTML page, not a spec (content-type {content_type or 'none'})")
    try:
        fmt = "json" if head.startswith(("{", "[")) else "yaml"
        doc = spec_loader.parse(text, source="the answer", fmt=fmt)
    except SpecLoadError as exc:
        raise FetchError(str(exc)) from exc
    if not isinstance(doc, dict):
        raise FetchError(f"not an OpenAPI document (top level is {type(doc).__name__})")
    return doc


def check_document(doc: dict[str, Any], version_id: str) -> None:
    declared = str(doc.get("openapi", ""))
    if not declared.startswith("3."):
        raise FetchError(f"not an OpenAPI 3 document (openapi: {declared or 'missing'})")
    try:
        validate(doc)
    except RecursionError as exc:
        raise FetchError("invalid OpenAPI: nested too deeply to validate") from exc
    except Exception as exc:  # the validator raises several types; all mean "invalid"
        raise FetchError(f"invalid OpenAPI: {str(exc).splitlines()[0][:300]}") from exc
    prefix = f"/logistics/api/{version_id}/"
    paths = list(doc.get("paths") or {})
    if not paths:
        raise FetchError("the document declares no paths")
    foreign = [p for p in paths if not p.startswith(prefix)]
    if foreign:
        raise FetchError(f"{len(foreign)} of {len(paths)} paths are not under {prefix} (e.g. {foreign[0]})")


def fetch_one(client: httpx.Client, url: str, version_id: str, http: Http) -> tuple[dict[str, Any], bytes]:
    """Download, parse and check one version: the document and its canonical bytes."""
    answer = download(client, url, http)
    doc = parse_document(answer.body, answer.content_type)
    data = speclib.canonical_json(doc)
    if len(data) > http.max_bytes:  # e.g. YAML aliases expanding far beyond the answer; before validation
        raise size_refusal(f"the snapshot this answer expands to ({len(data)} bytes)", http.max_bytes)
    check_document(doc, version_id)
    return doc, data


def describe_change(old: dict[str, Any] | None, new: dict[str, Any]) -> str:
    before = speclib.operations(old) if old is not None else set()
    after = speclib.operations(new)
    added, removed = len(after - before), len(before - after)
    return f"+{added} -{removed} operations ({len(after)} in all)"


def update_specs(rows: list[ApiVersion], openapi_dir: Path, base: str | None, http: Http) -> int:
    """Fetch each row; each accepted version is written and recorded before the next is fetched."""
    manifest_path = openapi_dir / "MANIFEST.json"
    manifest = speclib.read_manifest(manifest_path)
    settle_leftovers(manifest, manifest_path, openapi_dir, rows)
    today = dt.date.today().isoformat()
    failed: list[str] = []
    updated: list[ApiVersion] = []
    with make_client(http) as client:
        for row in rows:
            url = spec_url(row, base) if row.api == "logistics" and row.source_url else ""
            if not url:
                print(f"{row.id:10} skipped    no published spec ({row.snapshot} is maintained by hand)")
                continue
            try:
                doc, data = fetch_one(client, url, row.id, http)
            except FetchError as exc:
                failed.append(row.id)
                print(f"{row.id:10} failed     {exc}")
                continue
            if record(manifest, manifest_path, openapi_dir, row, doc, data, url, today):
                updated.append(row)
    write_release_changes(updated, openapi_dir)
    if failed:
        print(
            f"make specs: failed for {', '.join(failed)}; their snapshots were left as they were",
            file=sys.stderr,
        )
        return 1
    return 0


def write_release_changes(updated: list[ApiVersion], openapi_dir: Path) -> None:
    """openapi/changes/<version>.md for each updated version (and the one after it): its classified
    diff against the previous snapshot (flexport_facade.releases._changelog). Never fails the fetch."""
    from flexport_facade.releases._changelog import affected, write_changes
    from flexport_facade.releases._render import summary_line

    if not updated or not (openapi_dir / "versions.toml").is_file():
        return
    registry = load_registry(openapi_dir / "versions.toml")
    for row in affected(updated, registry):
        try:
            written = write_changes(row, openapi_dir, registry)
        except Exception as exc:  # a diff that cannot be computed must not undo a good download
            print(f"{row.id:10} changes    not written: {exc}", file=sys.stderr)
            continue
        if written is not None:
            print(f"{row.id:10} changes    {written[0].relative_to(openapi_dir)}  {summary_line(written[1])}")


def settle_leftovers(
    manifest: dict[str, Any], manifest_path: Path, openapi_dir: Path, rows: list[ApiVersion]
) -> None:
    """Under the run lock: settle a killed run's half-recorded update, remove its temp files."""
    for leftover in speclib.sweep_temp_files(openapi_dir, older_than=time.time()):
        print(f"removed {leftover.relative_to(openapi_dir)} (left by an interrupted run)")
    before = json.dumps(manifest, sort_keys=True)
    notes = speclib.reconcile_manifest(manifest, openapi_dir, {r.id: r.snapshot for r in rows})
    for note in notes:
        print(f"MANIFEST.json: {note}")
    if json.dumps(manifest, sort_keys=True) != before:
        speclib.write_manifest(manifest, manifest_path)


def record(
    manifest: dict[str, Any],
    manifest_path: Path,
    openapi_dir: Path,
    row: ApiVersion,
    doc: dict[str, Any],
    data: bytes,
    url: str,
    today: str,
) -> bool:
    """Write one accepted snapshot and its manifest entry (crash-consistently), say what changed;
    True when the snapshot's bytes changed."""
    path = openapi_dir / row.snapshot
    old_entry = manifest["versions"].get(row.id, {})
    changed = not path.exists() or speclib.sha256_file(path) != speclib.sha256_bytes(data)
    # The date says when these bytes were first fetched, so an unchanged rerun rewrites nothing.
    keep_date = not changed and old_entry.get("provenance") == "fetched"
    entry = speclib.manifest_entry(
        snapshot=row.snapshot,
        data=data,
        source_url=url,
        provenance="fetched",
        date=old_entry.get("date", today) if keep_date else today,
        operation_count=len(speclib.operations(doc)),
    )
    if changed:
        old_doc = speclib.load_spec(path) if path.exists() else None
        speclib.publish_snapshot(manifest, manifest_path, row.id, path, data, entry)
        print(f"{row.id:10} updated    {describe_change(old_doc, doc)}")
        return True
    if entry != old_entry:
        manifest["versions"][row.id] = entry
        speclib.write_manifest(manifest, manifest_path)
    print(f"{row.id:10} unchanged  {len(speclib.operations(doc))} operations")
    return False


# -- discovery ------------------------------------------------------------------------------------


def next_quarters(newest: str, count: int) -> list[str]:
    year, month = (int(x) for x in newest.split("-"))
    out = []
    for k in range(1, count + 1):
        total = year * 12 + (month - 1) + 3 * k
        out.append(f"{total // 12:04d}-{total % 12 + 1:02d}")
    return out


def discover(rows: tuple[ApiVersion, ...], base: str | None, http: Http, count: int) -> int:
    dated = sorted(r.id for r in rows if r.api == "logistics" and re.fullmatch(r"\d{4}-\d{2}", r.id))
    if not dated:
        print("no dated Logistics version in the registry to start from", file=sys.stderr)
        return 2
    base = base or "https://logistics-api.flexport.com"
    found: list[str] = []
    unreachable = 0
    print(f"probing {count} quarterly ids after {dated[-1]} at {base}")
    with make_client(http) as client:
        for candidate in next_quarters(dated[-1], count):
            url = f"{base.rstrip('/')}/logistics/api/{candidate}/documentation/raw"
            try:
                doc, _ = fetch_one(client, url, candidate, http)
            except FetchError as exc:
                unreachable += not str(exc).startswith("HTTP 4")
                print(f"{candidate:10} no answer  {exc}")
                continue
            found.append(candidate)
            print(f"{candidate:10} ANSWERS    valid OpenAPI, {len(speclib.operations(doc))} operations")
    if found:
        print(
            f"new version(s) {', '.join(found)}: add a [[version]] row each to openapi/versions.toml, "
            "then run `make specs generate` (nothing was added)"
        )
    if unreachable == count:
        print("discovery failed: no candidate could be reached", file=sys.stderr)
        return 1
    return 0


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="scripts/fetch_specs.py", description=__doc__)
    p.add_argument("versions", nargs="*", help="versions to fetch (default: every registered one)")
    p.add_argument("--openapi-dir", type=Path, default=speclib.OPENAPI_DIR)
    p.add_argument("--registry", type=Path, default=None, help="default: <openapi-dir>/versions.toml")
    p.add_argument("--base-url", default=os.environ.get(BASE_ENV) or None, help=f"mirror (env {BASE_ENV})")
    p.add_argument("--timeout", type=float, default=30.0, help="seconds per connect/read")
    p.add_argument(
        "--deadline",
        type=float,
        default=_env_number(DEADLINE_ENV, DEFAULT_DEADLINE),
        help=f"seconds per request, connect to last byte (env {DEADLINE_ENV}; default {DEFAULT_DEADLINE:g})",
    )
    p.add_argument(
        "--max-bytes",
        type=int,
        default=int(_env_number(MAX_BYTES_ENV, DEFAULT_MAX_BYTES)),
        help=f"largest answer, on the wire and decoded (env {MAX_BYTES_ENV}; default {DEFAULT_MAX_BYTES})",
    )
    p.add_argument("--lock-wait", type=float, default=LOCK_WAIT, help="seconds to wait for another run")
    p.add_argument("--attempts", type=int, default=3, help="tries per version on network errors and 5xx")
    p.add_argument("--backoff", type=float, default=1.0, help="seconds before the first retry (doubles)")
    p.add_argument("--discover", action="store_true", help="probe the next quarterly version ids")
    p.add_argument("--ahead", type=int, default=4, help="quarters to probe with --discover")
    return p.parse_args(argv)


def _env_number(name: str, default: float) -> float:
    raw = os.environ.get(name, "").strip()
    if not raw:
        return default
    try:
        return float(raw)
    except ValueError:
        raise SystemExit(f"{name}={raw!r} is not a number") from None


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    try:
        registry = load_registry(args.registry or args.openapi_dir / "versions.toml")
    except VersionError as exc:
        print(f"make specs: {exc}", file=sys.stderr)
        return 2
    http = Http(
        timeout=args.timeout,
        attempts=max(1, args.attempts),
        backoff=args.backoff,
        max_bytes=args.max_bytes,
        deadline=args.deadline,
    )
    if args.discover:
        return discover(registry, args.base_url, http, args.ahead)
    rows = [r for r in registry if not args.versions or r.id in args.versions]
    unknown = set(args.versions) - {r.id for r in rows}
    if unknown:
        print(f"unknown version(s): {', '.join(sorted(unknown))}", file=sys.stderr)
        return 2
    try:
        with run_lock.hold(args.openapi_dir, "make specs", args.lock_wait):
            return update_specs(rows, args.openapi_dir, args.base_url, http)
    except run_lock.LockBusy as exc:
        print(exc, file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
