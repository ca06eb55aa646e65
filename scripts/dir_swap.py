"""Swap two directories in one step, so a package path is never missing while it is replaced.

Why an exchange and not a symlink flip: generated/<package> is committed to git, built into the wheel
by hatch (``sources`` maps generated/ to the top level) and imported from the checkout by editable
installs. A symlink per package would put links plus hidden versioned targets into git and the wheel
and rely on every tool following them; renameat2(RENAME_EXCHANGE) (Linux 3.15+, glibc 2.28+) and
renamex_np(RENAME_SWAP) (macOS) swap two real directories atomically and leave generated/ a plain tree.
Where neither works (another OS, a filesystem without exchange), two renames are the fallback, with a
moment in which the package is missing; ``exchange`` says which happened. ``remove_tree`` then
removes the replaced directory.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import errno
import os
import sys
from pathlib import Path

_AT_FDCWD = -100
_RENAME_EXCHANGE = 2  # linux/fs.h
_RENAME_SWAP = 2  # macOS sys/stdio.h


def _libc() -> ctypes.CDLL | None:
    try:
        return ctypes.CDLL(ctypes.util.find_library("c") or None, use_errno=True)
    except OSError:
        return None


def exchange(a: Path, b: Path) -> bool:
    """Atomically swap the directories ``a`` and ``b`` (both must exist); False when unsupported."""
    libc = _libc()
    if libc is None:
        return False
    if sys.platform.startswith("linux") and hasattr(libc, "renameat2"):
        result = libc.renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE)
    elif sys.platform == "darwin" and hasattr(libc, "renamex_np"):
        result = libc.renamex_np(os.fsencode(a), os.fsencode(b), _RENAME_SWAP)
    else:
        return False
    if result == 0:
        return True
    err = ctypes.get_errno()
    if err in (errno.EINVAL, errno.ENOSYS, errno.ENOTSUP, errno.EXDEV):
        return False  # this filesystem (or kernel) cannot exchange
    raise OSError(err, os.strerror(err), str(a), None, str(b))


def replace_dir(new: Path, target: Path, aside: Path) -> None:
    """Put ``new`` at ``target``; the previous ``target`` (if any) ends up at ``aside`` for removal."""
    if not target.exists():
        os.rename(new, target)
        return
    if exchange(new, target):
        os.rename(new, aside)  # ``new`` now holds the previous package
        return
    os.replace(target, aside)  # fallback: the package is missing until the next rename
    os.replace(new, target)


def remove_tree(path: Path, workers: int = 16) -> None:
    """``shutil.rmtree(path, ignore_errors=True)`` with the files unlinked by a pool of threads.

    On a VM disk (ext4 mounted with ``discard`` here) each unlink of a file written back to disk
    waits a few milliseconds for the freed blocks, and a replaced package has ~300 files: ~1 s one at
    a time, ~0.1 s with the waits overlapped. Whatever a thread could not remove (a race, a
    permission) is left to the rmtree at the end, which ignores errors as before.
    """
    import shutil

    if os.path.islink(path) or not os.path.isdir(path):
        shutil.rmtree(path, ignore_errors=True)
        return
    files: list[str] = []
    dirs: list[str] = []
    for root, subdirs, names in os.walk(path):
        dirs.append(root)
        files += [os.path.join(root, n) for n in names]
        files += [os.path.join(root, d) for d in subdirs if os.path.islink(os.path.join(root, d))]
    if len(files) > 1:
        from concurrent.futures import ThreadPoolExecutor

        with ThreadPoolExecutor(max_workers=min(workers, len(files))) as pool:
            list(pool.map(_unlink_quietly, files))
    for directory in reversed(dirs):  # os.walk went top-down: children come after their parents
        try:
            os.rmdir(directory)
        except OSError:
            break
    shutil.rmtree(path, ignore_errors=True)


def _unlink_quietly(path: str) -> None:
    with contextlib.suppress(OSError):
        os.unlink(path)
