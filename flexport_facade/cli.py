"""`flexport-facade`: what versions exist, what each offers, what changed, and a local simulator.

flexport-facade --version                     the package version
flexport-facade versions [--json]             the registry, with each snapshot's provenance
flexport-facade operations 2026-02 [--tag T] [--json]   method, path, scopes and paging per operation
flexport-facade diff 2025-03 2026-02          operations added and removed between two snapshots
flexport-facade serve [--version V] [--faults field,throttle_next=2]   the simulator on loopback
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from collections.abc import Sequence
from typing import Any

from flexport_facade._core import snapshots
from flexport_facade._core.operations import index_for
from flexport_facade._core.versions import get_version, known_versions
from flexport_facade._exceptions import VersionError
from flexport_facade._version import __version__

Row = tuple[str, ...]


def _manifest() -> dict[str, dict[str, str]]:
    path = snapshots.openapi_dir() / "MANIFEST.json"
    if not path.is_file():
        return {}
    versions: dict[str, dict[str, str]] = json.loads(path.read_text(encoding="utf-8")).get("versions", {})
    return versions


def print_table(rows: list[Row], *, as_json: bool = False) -> None:
    """A header row plus rows: aligned columns, or (``--json``) a list of objects keyed by the header."""
    header, body = rows[0], rows[1:]
    if as_json:
        print_records([dict(zip(header, row, strict=True)) for row in body], as_json=True)
        return
    widths = [max(len(r[i]) for r in rows) for i in range(len(header))]
    for row in rows:
        print("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip())


def print_records(records: list[dict[str, Any]], *, as_json: bool) -> None:
    """Records as JSON (lists stay lists, None stays null) or as a table (lists space-joined, None '-')."""
    if as_json:
        print(json.dumps(records, indent=2))
        return
    if not records:
        return
    header = tuple(records[0])

    def cell(value: Any) -> str:
        if value is None or value == []:
            return "-"
        return " ".join(value) if isinstance(value, list) else str(value)

    print_table([header, *(tuple(cell(r[k]) for k in header) for r in records)])


def cmd_versions(args: argparse.Namespace) -> int:
    manifest = _manifest()
    rows: list[Row] = [("version", "api", "status", "released", "package", "snapshot", "operations")]
    for v in known_versions(None):
        entry = manifest.get(v.id, {})
        installed = importlib.util.find_spec(v.package) is not None
        rows.append(
            (
                v.id,
                v.api,
                v.status,
                v.released or "-",
                v.package + ("" if installed else " (not generated)"),
                f"{entry.get('provenance', 'missing')} {entry.get('date', '')}".strip(),
                str(entry.get("operations", "-")),
            )
        )
    print_table(rows, as_json=getattr(args, "json", False))
    return 0


def cmd_diff(args: argparse.Namespace) -> int:
    old_version, new_version = get_version(args.old), get_version(args.new)
    if old_version.api != new_version.api:
        same = ", ".join(v.id for v in known_versions(old_version.api))
        raise VersionError(
            f"cannot diff {args.old!r} (the {old_version.api} API) against {args.new!r} (the "
            f"{new_version.api} API): both versions must belong to the same API in "
            f"openapi/versions.toml; {old_version.api} versions: {same}"
        )
    old = snapshots.load_snapshot(old_version)
    new = snapshots.load_snapshot(new_version)
    added, removed = snapshots.operation_diff(old, new)
    print(f"{args.old} -> {args.new}: +{len(added)} -{len(removed)} operations")
    for line in added:
        print(f"  + {line}")
    for line in removed:
        print(f"  - {line}")
    before, after = set(old.get("x-webhooks") or {}), set(new.get("x-webhooks") or {})
    print(f"{args.old} -> {args.new}: +{len(after - before)} -{len(before - after)} webhook event types")
    for name in sorted(after - before):
        print(f"  + {name}")
    for name in sorted(before - after):
        print(f"  - {name}")
    return 0


def cmd_operations(args: argparse.Namespace) -> int:
    """Every operation of a version: the name to call (its readable alias), method, path, scopes, paging."""
    version = get_version(args.version, api="logistics")
    index = index_for(version.package)
    if not index.by_tag:
        raise VersionError(f"version {version.id!r}: its package {version.package!r} is not installed")
    tag_alias = {real: alias for alias, real in index.tag_aliases.items()}
    wanted = index.resolve_tag(args.tag) if args.tag else None
    if wanted is not None and wanted not in index.by_tag:
        known = ", ".join(sorted(set(index.tags) | set(index.tag_aliases)))
        raise VersionError(f"version {version.id} has no tag {args.tag!r}; it has: {known}")
    prefix = f"/logistics/api/{version.id}"
    records: list[dict[str, Any]] = []
    for tag in index.tags:
        if wanted is not None and tag != wanted:
            continue
        aliases = index.aliases_of(tag)
        for function, op in index.by_tag[tag].items():
            records.append(
                {
                    "call": f"fx.{tag_alias.get(tag, tag)}.{aliases.get(function, function)}",
                    "generated": f"{tag}.{function}",
                    "method": op.method,
                    "path": op.path.removeprefix(prefix) or "/",
                    "scopes": list(op.scopes),
                    "paging": op.pagination,
                }
            )
    records.sort(key=lambda r: (r["call"], r["method"]))
    print_records(records, as_json=args.json)
    return 0


def cmd_serve(args: argparse.Namespace, rest: Sequence[str]) -> int:
    """The simulator (``python -m flexport_facade.testing serve``) under the main command."""
    try:
        from flexport_facade.testing.__main__ import main as serve_main
    except ModuleNotFoundError as exc:  # MissingTestingExtra says which extra to install
        print(f"flexport-facade: {exc}", file=sys.stderr)
        return 2
    return serve_main(["serve", *rest], prog="flexport-facade")


def add_user_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """versions, operations and serve (diff and conformance are added beside them in main)."""
    versions = sub.add_parser("versions", help="list the registered API versions")
    versions.add_argument("--json", action="store_true", help="print JSON instead of a table")
    versions.set_defaults(func=cmd_versions)
    operations = sub.add_parser(
        "operations", help="list a version's operations (method, path, scopes, paging)"
    )
    operations.add_argument("version")
    operations.add_argument("--tag", help="only this tag (its readable name or the generated one)")
    operations.add_argument("--json", action="store_true", help="print JSON instead of a table")
    operations.set_defaults(func=cmd_operations)
    serve = sub.add_parser(
        "serve",
        help="serve the local simulator on 127.0.0.1 until interrupted",
        add_help=False,  # its options are the simulator's own: see `flexport-facade serve --help`
    )
    serve.set_defaults(func=None, serve=True)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="flexport-facade", description=__doc__.split("\n\n")[0])
    parser.add_argument("--version", action="version", version=f"flexport-facade {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)
    add_user_commands(sub)
    diff = sub.add_parser("diff", help="operations added/removed between two versions")
    diff.add_argument("old")
    diff.add_argument("new")
    diff.set_defaults(func=cmd_diff)
    args, rest = parser.parse_known_args(argv)
    if getattr(args, "serve", False):
        return cmd_serve(args, rest)
    if rest:
        parser.error(f"unrecognised arguments: {' '.join(rest)}")
    try:
        code: int = args.func(args)
    except (VersionError, FileNotFoundError) as exc:
        print(f"flexport-facade: {exc}", file=sys.stderr)
        return 2
    return code


if __name__ == "__main__":
    sys.exit(main())
