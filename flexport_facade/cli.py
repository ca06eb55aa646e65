"""`flexport-facade`: what versions exist, and what changed between two of them.

flexport-facade versions                  the registry, with each snapshot's provenance
flexport-facade diff 2025-03 2026-02        what changed, classified breaking / non-breaking / note
flexport-facade upgrade-check --from 2025-03 --to 2026-02 src/   the uses in your code it breaks
flexport-facade conformance 2026-02 tests/cassettes   do recorded answers parse into typed models?
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from flexport_facade._core import snapshots
from flexport_facade._core.versions import get_version, known_versions
from flexport_facade._exceptions import SpecArgumentError, SpecLoadError, VersionError
from flexport_facade.releases.commands import add_commands as add_release_commands


def _manifest() -> dict[str, dict[str, str]]:
    path = snapshots.openapi_dir() / "MANIFEST.json"
    if not path.is_file():
        return {}
    versions: dict[str, dict[str, str]] = json.loads(path.read_text(encoding="utf-8")).get("versions", {})
    return versions


def cmd_versions(_: argparse.Namespace) -> int:
    manifest = _manifest()
    rows = [("version", "api", "status", "released", "package", "snapshot", "operations")]
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
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    for row in rows:
        print("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip())
    return 0


def cmd_conformance(args: argparse.Namespace) -> int:
    from flexport_facade.conformance import run  # imports the version's package: only when asked

    version = get_version(args.version)
    version.import_package()
    report = run(version.package, args.paths, label=version.id)
    print(report.render(worst=args.worst))
    return 0 if report.ok else 1


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="flexport-facade", description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("versions", help="list the registered API versions").set_defaults(func=cmd_versions)
    add_release_commands(sub)  # diff, upgrade-check
    conf = sub.add_parser("conformance", help="replay recorded 2xx JSON answers through a version's parsers")
    conf.add_argument("version")
    conf.add_argument("paths", nargs="+", type=Path, help="vcrpy cassettes, or directories of them")
    conf.add_argument("--worst", type=int, default=8, help="how many failing answers to show")
    conf.set_defaults(func=cmd_conformance)
    args, rest = parser.parse_known_args(argv)
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
