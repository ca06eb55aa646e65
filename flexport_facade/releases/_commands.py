"""The ``diff`` and ``upgrade-check`` subcommands of ``flexport-facade`` (registered by cli.py)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from flexport_facade.releases import _render as render
from flexport_facade.releases._compare import compare, compare_sources, generated_names
from flexport_facade.releases._loading import load_source
from flexport_facade.releases._upgrade_check import (
    BreakIndex,
    check_paths,
    findings_as_json,
    findings_as_text,
)


def add_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    diff = sub.add_parser(
        "diff",
        help="what changed between two versions or spec files, classified breaking/non-breaking/note",
        description="Compare two registered versions or spec files (JSON or YAML). Exit 1 with "
        "--fail-on breaking when a breaking change exists.",
    )
    diff.add_argument("old", help="a registered version id or a spec file")
    diff.add_argument("new", help="a registered version id or a spec file")
    output = diff.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_true", help="one object per change (schema: README)")
    output.add_argument("--markdown", action="store_true", help="markdown for a pull request")
    diff.add_argument("--fail-on", choices=("breaking", "never"), default="never")
    diff.add_argument("--no-notes", action="store_true", help="leave out description/example changes")
    diff.add_argument(
        "--no-python", action="store_true", help="skip comparing the generated packages' Python API"
    )
    diff.set_defaults(func=cmd_diff)

    check = sub.add_parser(
        "upgrade-check",
        help="call sites in your code that a version change breaks",
        description="Read Python files (never imported) and list each use of an operation, generated "
        "function, model class or field whose change from --from to --to is breaking. Exit 1 if any.",
    )
    check.add_argument("--from", dest="old", required=True, help="the version your code uses now")
    check.add_argument("--to", dest="new", required=True, help="the version you want to move to")
    check.add_argument("paths", nargs="+", type=Path, help="Python files or directories")
    check.add_argument("--json", action="store_true")
    check.set_defaults(func=cmd_upgrade_check)


def cmd_diff(args: argparse.Namespace) -> int:
    report = compare(args.old, args.new, python=not args.no_python)
    if args.no_notes:
        report.changes = [c for c in report.changes if c.severity != "note"]
    if args.json:
        sys.stdout.write(render.as_json(report))
    elif args.markdown:
        sys.stdout.write(render.as_markdown(report))
    else:
        sys.stdout.write(render.as_text(report))
    return 1 if args.fail_on == "breaking" and report.breaking else 0


def cmd_upgrade_check(args: argparse.Namespace) -> int:
    missing = [str(p) for p in args.paths if not p.exists()]
    if missing:
        raise FileNotFoundError(f"no such file or directory: {', '.join(missing)}")
    old, new = load_source(args.old), load_source(args.new)
    report = compare_sources(old, new)
    index = BreakIndex.build(report, old.doc, generated_names(old))
    findings, problems = check_paths(index, args.paths)
    if args.json:
        sys.stdout.write(json.dumps(findings_as_json(report, findings, problems), indent=2) + "\n")
    else:
        sys.stdout.write(findings_as_text(report, findings, problems))
    return 1 if findings else 0
