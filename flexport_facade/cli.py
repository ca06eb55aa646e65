"""`flexport-facade`: what versions exist, what each offers, what changed, and a local simulator.

flexport-facade --version                     the package version
flexport-facade versions [--json]             the registry, with each snapshot's provenance
flexport-facade operations 2026-02 [--tag T] [--json]   method, path, scopes and paging per operation
flexport-facade diff 2025-03 2026-02          what changed, classified breaking / non-breaking / note
flexport-facade upgrade-check --from 2025-03 --to 2026-02 src/   the uses in your code it breaks
flexport-facade conformance 2026-02 tests/cassettes   do recorded answers parse into typed models?
flexport-facade serve [--version V] [--faults field,throttle_next=2]   the simulator on loopback
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from flexport_facade._core import snapshots
from flexport_facade._core.operations import index_for
from flexport_facade._core.versions import get_version, known_versions
from flexport_facade._exceptions import SpecArgumentError, SpecLoadError, VersionError
from flexport_facade._version import __version__
from flexport_facade.releases._commands import add_commands as add_release_commands

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


def cmd_conformance(args: argparse.Namespace) -> int:
    from flexport_facade.conformance import run  # imports the version's package: only when asked

    version = get_version(args.version)
    version.import_package()
    report = run(version.package, args.paths, label=version.id)
    print(report.render(worst=args.worst))
    return 0 if report.ok else 1


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
    add_user_commands(sub)  # versions, operations, serve
    add_release_commands(sub)  # diff, upgrade-check
    conf = sub.add_parser("conformance", help="replay recorded 2xx JSON answers through a version's parsers")
    conf.add_argument("version")
    conf.add_argument("paths", nargs="+", type=Path, help="vcrpy cassettes, or directories of them")
    conf.add_argument("--worst", type=int, default=8, help="how many failing answers to show")
    conf.set_defaults(func=cmd_conformance)
    args, rest = parser.parse_known_args(argv)
    if getattr(args, "serve", False):
        return cmd_serve(args, rest)
    if rest:
        parser.error(f"unrecognised arguments: {' '.join(rest)}")
    try:
        code: int = args.func(args)
    except (VersionError, SpecLoadError, SpecArgumentError, FileNotFoundError) as exc:
        print(f"flexport-facade: {exc}", file=sys.stderr)
        return 2
    return code


if __name__ == "__main__":
    sys.exit(main())
