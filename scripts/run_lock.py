"""One run at a time per output tree: an flock beside openapi/ or generated/, naming who holds it.

The lock file sits *beside* the tree (``.generated.lock`` next to ``generated/``), not inside it: both
trees ship in the wheel, and a lock file inside would ship too. It is never deleted (deleting a lock
file races with a process that just opened it); the kernel drops the flock when the holder exits or
is killed, so a crashed run never leaves a stale lock. While a run holds the lock, every temp file
or dir in its tree older than the run was left by a run that died, and may be swept.
"""

from __future__ import annotations

import fcntl
import json
import os
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

POLL_SECONDS = 0.1


class LockBusy(RuntimeError):
    """Another run holds the lock and did not let go within the wait."""


def lock_path(tree: Path) -> Path:
    tree = tree.resolve()
    return tree.parent / f".{tree.name}.lock"


def describe_holder(path: Path) -> str:
    try:
        info = json.loads(path.read_text(encoding="utf-8") or "{}")
    except (OSError, ValueError):
        info = {}
    if not info:
        return "another run"
    started = info.get("started")
    return f"pid {info.get('pid')} on {info.get('host')} ({info.get('command')}, started {started})"


@contextmanager
def hold(tree: Path, command: str, wait: float) -> Iterator[float]:
    """Hold the lock for ``tree`` (waiting up to ``wait`` seconds); yields the time it was taken."""
    path = lock_path(tree)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        deadline = time.monotonic() + max(0.0, wait)
        announced = False
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                holder = describe_holder(path)
                if time.monotonic() >= deadline:
                    raise LockBusy(
                        f"{command}: {tree} is in use by {holder}; wait for it to finish (or pass "
                        f"--lock-wait SECONDS to wait longer). Lock file: {path}"
                    ) from None
                if not announced:
                    print(f"{command}: waiting for {holder} to release {path.name}", file=sys.stderr)
                    announced = True
                time.sleep(POLL_SECONDS)
        taken = time.time()
        holder_info = {
            "pid": os.getpid(),
            "host": os.uname().nodename,
            "command": command,
            "started": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(taken)),
        }
        os.ftruncate(fd, 0)
        os.pwrite(fd, (json.dumps(holder_info) + "\n").encode(), 0)
        try:
            yield taken
        finally:
            os.ftruncate(fd, 0)
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)
