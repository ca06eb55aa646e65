"""``python -m flexport_facade.conformance [--version V ...] PATH...``: conformance for every version
the cassettes cover (or the ones named); exit 1 unless every answer of every version is OK."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from flexport_facade._core.versions import get_version, load_registry
from flexport_facade._exceptions import SpecLoadError, VersionError
from flexport_facade.conformance._cassettes import read_exchanges
from flexport_facade.conformance._check import check_exchanges, versions_covered


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m flexport_facade.conformance", description=__doc__)
    p.add_argument("paths", nargs="+", type=Path, help="vcrpy cassettes, or directories of them")
    p.add_argument("--version", action="append", default=[], help="default: every version they cover")
    p.add_argument("--worst", type=int, default=8)
    args = p.parse_args(argv)
    try:
        exchanges = read_exchanges(args.paths)
        rows = [get_version(v) for v in args.version] or versions_covered(exchanges, load_registry())
        if not rows:
            print("conformance: the cassettes hold no answer of a registered version", file=sys.stderr)
            return 1
        code = 0
        for row in rows:
            row.import_package()
            report = check_exchanges(row.package, exchanges, label=row.id)
            print(report.render(worst=args.worst))
            code = code if report.ok else 1
        return code
    except (SpecLoadError, VersionError) as exc:
        print(f"conformance: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
