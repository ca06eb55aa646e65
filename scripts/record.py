"""Re-record tests/cassettes/ (``make record``), then replay them offline to prove they hold.

    python -m scripts.record                 # against a simulator started here (the default)
    python -m scripts.record --live          # against FLEXPORT_BASE_URL with FLEXPORT_TOKEN (sandbox)
    python -m scripts.record -- -k oauth     # anything after -- goes to pytest

With both FLEXPORT_TOKEN and FLEXPORT_BASE_URL set, the real API is the default. Live recording
skips ``simulator_only`` tests (faults cannot be switched on a real account) and keeps their
cassettes. The recording pass runs pytest with ``--record-mode=rewrite`` and FLEXPORT_RECORD set;
the verify pass replays with the network blocked and scans every cassette for the token used.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TESTS = "tests/recorded"
CASSETTES = ROOT / "tests" / "cassettes"
VERSION = "2026-02"
PASS_TIMEOUT = 900  # seconds per pytest pass; a hung recording must not hang `make record`
# Read by tests/recorded/test_rec_cassettes.py: literal values that must not appear in any cassette.
SCAN_ENV = "FLEXPORT_SCAN_SECRETS"
_SCRUBBED_ENV = ("FLEXPORT_RECORD", "FLEXPORT_TOKEN", "FLEXPORT_BASE_URL", SCAN_ENV)


def parse(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m scripts.record", description=__doc__.split("\n\n")[0])
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--simulator", action="store_true", help="record against a local simulator")
    where.add_argument("--live", action="store_true", help="record against FLEXPORT_BASE_URL (a sandbox)")
    parser.add_argument("--no-verify", action="store_true", help="skip the offline replay afterwards")
    parser.add_argument("pytest_args", nargs="*", help="extra pytest arguments (after --)")
    return parser.parse_args(argv)


def _clean_env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if k not in _SCRUBBED_ENV}


def run_pytest(extra: Sequence[str], env: dict[str, str]) -> int:
    cmd = [sys.executable, "-m", "pytest", TESTS, "-p", "no:cacheprovider", *extra]
    print("+", " ".join(cmd), flush=True)  # the command only: credentials travel in env
    try:
        return subprocess.run(cmd, cwd=ROOT, env=env, timeout=PASS_TIMEOUT, check=False).returncode
    except subprocess.TimeoutExpired:
        print(f"record: pytest did not finish within {PASS_TIMEOUT} s", file=sys.stderr)
        return 1


@contextlib.contextmanager
def restored_on_failure(directory: Path) -> Iterator[list[bool]]:
    """Put ``directory`` back as it was unless the block sets ``ok[0]``: a failed recording, or one
    the verify pass found a secret in, must not stay in the working tree."""
    ok = [False]
    with tempfile.TemporaryDirectory(prefix="cassettes-") as tmp:
        snapshot = Path(tmp) / "snapshot"
        if directory.exists():
            shutil.copytree(directory, snapshot)
        try:
            yield ok
        finally:
            if not ok[0]:
                shutil.rmtree(directory, ignore_errors=True)
                if snapshot.exists():
                    shutil.copytree(snapshot, directory)
                print(f"record: {directory.relative_to(ROOT)} restored as it was", file=sys.stderr)


@contextlib.contextmanager
def simulator_target() -> Iterator[tuple[str, str]]:
    from flexport_facade.testing import run_simulator  # needs the [testing] extra

    with run_simulator(VERSION) as sim:
        print(f"record: simulator {sim.version} at {sim.url}", flush=True)
        yield sim.url, sim.token


@contextlib.contextmanager
def live_target() -> Iterator[tuple[str, str]]:
    base_url, token = os.environ.get("FLEXPORT_BASE_URL", ""), os.environ.get("FLEXPORT_TOKEN", "")
    if not base_url or not token:
        raise SystemExit("record --live needs FLEXPORT_BASE_URL and FLEXPORT_TOKEN (a sandbox account's)")
    print(f"record: live API at {base_url}", flush=True)
    yield base_url, token


def main(argv: Sequence[str] | None = None) -> int:
    args = parse(sys.argv[1:] if argv is None else argv)
    live = args.live or (
        not args.simulator and bool(os.environ.get("FLEXPORT_TOKEN") and os.environ.get("FLEXPORT_BASE_URL"))
    )
    mode = "live" if live else "simulator"
    target = live_target() if live else simulator_target()
    with target as (base_url, token), restored_on_failure(CASSETTES) as ok:
        env = {**_clean_env(), "FLEXPORT_RECORD": mode, "FLEXPORT_BASE_URL": base_url}
        env["FLEXPORT_TOKEN"] = token
        code = run_pytest(["--record-mode=rewrite", *args.pytest_args], env)
        if code != 0:
            print(f"record: recording against the {mode} failed (pytest exit {code})", file=sys.stderr)
            return code
        if not args.no_verify:
            # Offline: no FLEXPORT_RECORD, network blocked, and the token just used must be absent.
            code = run_pytest(args.pytest_args, {**_clean_env(), SCAN_ENV: token})
            if code != 0:
                print("record: the new cassettes do not replay cleanly (or hold a secret)", file=sys.stderr)
                return code
        ok[0] = True
        return 0


if __name__ == "__main__":
    sys.exit(main())
