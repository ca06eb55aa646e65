"""The checkpoint format: what ``pager.checkpoint`` holds, how it is checked, and its repeat digests."""

from __future__ import annotations

import contextlib
import datetime as _dt
import enum
import hashlib
from collections.abc import Mapping
from typing import Any

from flexport_facade.pagination._protocol import STYLES, SourceSpec

CHECKPOINT_VERSION = 1
SEEN_KEPT = 32  # cursor and page digests a checkpoint carries for repeat detection after a resume
# Digests a walk keeps in memory, so its memory stays flat however many pages it reads (10k pages
# held ~1 MB when every digest was kept; 4096 of them, ~0.55 MB, were a third of a 1M-record walk's
# peak, scripts/bench/pagination.py). A server ignoring offset repeats the very next page and a
# cycling cursor comes back within a few; a repeat further back than this window goes unnoticed,
# and ``max_pages`` is the bound for that.
SEEN_WINDOW = 1024


def jsonable(value: Any) -> Any:
    """Filters as they can live in a JSON checkpoint: enums by value, dates as ISO strings."""
    if isinstance(value, enum.Enum):
        return jsonable(value.value)
    if isinstance(value, _dt.datetime | _dt.date):
        return value.isoformat()
    if isinstance(value, Mapping):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [jsonable(v) for v in value]
    if value is None or isinstance(value, str | int | float | bool):
        return value
    return str(value)


def make_checkpoint(
    *,
    source: str,
    style: str,
    position: int | str | None,
    index: int,
    page_size: int,
    params: Mapping[str, Any],
    seen_cursors: Mapping[int, int],
    seen_pages: Mapping[int, int | str | None],
) -> dict[str, Any]:
    """The checkpoint dict. ``seen`` keeps the latest cursors and pages seen (not the current page,
    which a resume fetches again), so a cycle shorter than SEEN_KEPT pages is caught across a resume."""
    cp: dict[str, Any] = {
        "v": CHECKPOINT_VERSION,
        "source": source,
        "style": style,
        "position": position,
        "index": index,
        "page_size": page_size,
        "params": jsonable(params),
    }
    pages = [k for k, pos in seen_pages.items() if pos != position][-SEEN_KEPT:]
    cursors = list(seen_cursors)[-SEEN_KEPT:]
    if pages or cursors:
        cp["seen"] = {"cursors": [f"{k:016x}" for k in cursors], "pages": [f"{k:016x}" for k in pages]}
    return cp


def validate_checkpoint(checkpoint: Mapping[str, Any], spec: SourceSpec) -> dict[str, Any]:
    cp = dict(checkpoint)
    if cp.get("v") != CHECKPOINT_VERSION or cp.get("style") not in STYLES:
        raise ValueError(
            f"not a pagination checkpoint (v{CHECKPOINT_VERSION}; resume= takes a pager.checkpoint): "
            f"{checkpoint!r}"
        )
    if cp.get("source") != spec.name:
        raise ValueError(f"checkpoint is for {cp.get('source')!r}, not {spec.name!r}")
    if not isinstance(cp.get("index"), int) or cp["index"] < 0:
        raise ValueError("checkpoint index must be an integer >= 0")
    return cp


def read_seen(cp: Mapping[str, Any]) -> tuple[dict[int, int], dict[int, int | str | None]]:
    """The cursor and page digests a checkpoint carries (empty for an older or damaged one)."""
    seen: dict[str, Any] = cp["seen"] if isinstance(cp.get("seen"), dict) else {}
    cursors: dict[int, int] = {}
    pages: dict[int, int | str | None] = {}
    with contextlib.suppress(TypeError, ValueError):  # an older checkpoint, or a damaged list
        cursors = {int(k, 16): -1 for k in seen.get("cursors", [])}
        pages = {int(k, 16): "before the resume" for k in seen.get("pages", [])}
    return cursors, pages


def remember(seen: dict[int, Any], key: int, value: Any) -> None:
    """Record ``key`` unless already there, forgetting the oldest digest beyond ``SEEN_WINDOW``."""
    if key in seen:
        return
    seen[key] = value
    if len(seen) > SEEN_WINDOW:
        del seen[next(iter(seen))]  # dicts keep insertion order: the first key is the oldest


def digest(content: str | bytes) -> int:
    """8 bytes that stand for a cursor or a page in repeat detection (and in a checkpoint's ``seen``)."""
    data = content.encode("utf-8", "surrogatepass") if isinstance(content, str) else content
    return int.from_bytes(hashlib.blake2b(data, digest_size=8).digest(), "big")


def page_text(items: list[Any]) -> str:
    """What identifies a page's content: the items' reprs (generated models are attrs classes, whose
    repr lists every field; dicts from JSON keep their order)."""
    return "\x1e".join(repr(item) for item in items)
