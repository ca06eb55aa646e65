"""Write the sync twin of every hand-written async module (`make generate-sync`; `--check` in `make test`).

The facade's I/O code is written once, for asyncio, in modules named ``_async_*.py`` (or ``_async.py``);
the sync module beside it (``_sync_*.py`` / ``_sync.py``) is this script's output: the source with the
name substitutions of ``SUBSTITUTIONS`` applied, then ``ruff check --fix`` (import order, imports
left unused) and ``ruff format``. What really differs between threads and tasks is not substituted
here: it lives in ``flexport_facade/_core/_concurrency.py``, which has a sync and an async spelling
of each piece (``async_sleep`` -> ``sleep``, ``AsyncFetchAhead`` -> ``FetchAhead``, ...).

    python scripts/unasync.py            # rewrite the sync modules
    python scripts/unasync.py --check    # exit 1, naming the files, if one differs (a hand edit)
"""

from __future__ import annotations

import argparse
import difflib
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "flexport_facade"

# (pattern, replacement), applied in order to every line of an async source.
SUBSTITUTIONS: list[tuple[str, str]] = [
    (r"\basync def\b", "def"),
    (r"\basync for\b", "for"),
    (r"\basync with\b", "with"),
    (r"\bawait ", ""),
    (r"\b__aenter__\b", "__enter__"),
    (r"\b__aexit__\b", "__exit__"),
    (r"\b__aiter__\b", "__iter__"),
    (r"\b__anext__\b", "__next__"),
    (r"\baclose\b", "close"),
    (r"\bStopAsyncIteration\b", "StopIteration"),
    (r"\basyncio_detailed\b", "sync_detailed"),
    (r"\bget_async_httpx_client\b", "get_httpx_client"),
    (r"\basynccontextmanager\b", "contextmanager"),
    # The stores' drivers: redis.asyncio.Redis -> redis.Redis (psycopg's AsyncConnectionPool and
    # friends follow the Async* rule below).
    (r"\bredis\.asyncio\b", "redis"),
    # Awaitable[X] -> X (X may hold one level of brackets: Awaitable[list[Record]]).
    (r"\bAwaitable\[((?:[^\[\]]|\[[^\[\]]*\])*)\]", r"\1"),
    (r"\bAsyncGenerator\[((?:[^\[\]]|\[[^\[\]]*\])*), None\]", r"Generator[\1, None, None]"),
    # AsyncFlexport, AsyncPipeline, AsyncClient, AsyncIterator, AsyncPager ... -> the sync name.
    (r"\bAsync([A-Z]\w*)", r"\1"),
    # async_sleep, async_source_for, async_settle ... -> sleep, source_for, settle.
    (r"\basync_(\w+)", r"\1"),
    # The async functions spelt with a leading "a".
    (
        r"\ba(paginate|subscribe|unsubscribe|list_subscriptions|send|iter_pages|notify_unauthorized"
        r"|claim|complete|release)\b",
        r"\1",
    ),
    # Module names: _async_pipeline -> _sync_pipeline, pagination._async -> pagination._sync.
    (r"\b_async(_\w+)?\b", r"_sync\1"),
    (r"\bafx\b", "fx"),
]

_COMPILED = [(re.compile(pattern), replacement) for pattern, replacement in SUBSTITUTIONS]


def sources() -> list[Path]:
    """Every hand-written async module of the package, sorted."""
    return sorted(p for p in PACKAGE.rglob("_async*.py") if "__pycache__" not in p.parts)


def target_of(source: Path) -> Path:
    return source.with_name("_sync" + source.name[len("_async") :])


def unasync_text(text: str) -> str:
    lines = []
    for line in text.splitlines(keepends=True):
        for pattern, replacement in _COMPILED:
            line = pattern.sub(replacement, line)
        lines.append(line)
    return "".join(lines)


def _ruff(args: list[str], text: str, path: Path) -> str:
    ruff = Path(sys.executable).with_name("ruff")
    config = ["--config", str(ROOT / "pyproject.toml")]  # the project's settings wherever ``path`` is
    command = [str(ruff) if ruff.exists() else "ruff", *args, *config, "--stdin-filename", str(path), "-"]
    done = subprocess.run(command, input=text, capture_output=True, text=True, cwd=ROOT, check=False)
    if done.returncode not in (0, 1) or not done.stdout:
        raise SystemExit(f"ruff {' '.join(args)} failed on the generated {path}:\n{done.stderr}")
    return done.stdout


def generate(source: Path) -> str:
    target = target_of(source)
    relative = source.relative_to(ROOT).as_posix()
    header = (
        f"# Generated from {relative} by scripts/unasync.py: do not edit by hand.\n"
        "# Change the async source and run `make generate-sync`.\n"
    )
    text = header + unasync_text(source.read_text(encoding="utf-8"))
    # I: imports renamed out of order; F401: Awaitable and the like, now unused; UP028: yield from.
    fixes = ["check", "--fix", "--unsafe-fixes", "--quiet", "--select", "I,F401,UP028", "--exit-zero"]
    text = _ruff(fixes, text, target)
    return _ruff(["format", "--quiet"], text, target)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if a sync module is not what it generates")
    args = parser.parse_args(argv)
    stale: list[str] = []
    for source in sources():
        target = target_of(source)
        wanted = generate(source)
        current = target.read_text(encoding="utf-8") if target.exists() else ""
        if current == wanted:
            continue
        name = target.relative_to(ROOT).as_posix() if target.is_relative_to(ROOT) else str(target)
        if args.check:
            stale.append(name)
            diff = difflib.unified_diff(
                wanted.splitlines(), current.splitlines(), "generated", name, lineterm="", n=1
            )
            print("\n".join(list(diff)[:40]), file=sys.stderr)
        else:
            target.write_text(wanted, encoding="utf-8")
            print(f"wrote {name}")
    if stale:
        print(
            f"{len(stale)} sync module(s) differ from their async source: {', '.join(stale)}.\n"
            "They are generated: edit the _async source instead and run `make generate-sync`.",
            file=sys.stderr,
        )
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
