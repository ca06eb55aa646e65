"""The pager options (``Options``, ``Progress``), checked when given rather than deep inside a walk."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from flexport_facade import _constants
from flexport_facade.pagination._protocol import STYLES, Style

# Documented caps: limit "capped at 100" on every paged operation; the field halves 504s down to 10.
MAX_PAGE_SIZE = _constants.MAX_PAGE_SIZE
MIN_PAGE_SIZE = _constants.MIN_PAGE_SIZE


@dataclass(frozen=True)
class Progress:
    """Told to ``on_progress`` after each page arrives (in yield order)."""

    style: Style
    pages: int  # pages received by this pager so far
    items: int  # items received by this pager so far (yielded or about to be)
    page_items: int  # items on this page
    page_size: int  # the limit in force (smaller after a 504)
    position: int | str | None  # offset or page_info of this page


@dataclass(frozen=True)
class Options:
    """What ``paginate`` was asked for (``_options.check_options`` checks the arguments first).

    ``concurrency``: offset page requests in flight. At 1, with ``prefetch`` (the default), a walk
    that has seen two different pages (the server honours ``offset``) keeps one more on its way, 2
    in flight, so the server's latency for the next page overlaps the current one's. It asks at most
    one page past the empty page that ends the walk, never past ``max_items``/``max_pages``, and
    goes back to one at a time once a 504 has shrunk the page. ``prefetch=False``: one request at a
    time. A cursor walk has one request at a time whatever these say: the next page is asked for as
    soon as this one's Link header is read.
    """

    page_size: int = MAX_PAGE_SIZE
    max_page_size: int = MAX_PAGE_SIZE
    min_page_size: int = MIN_PAGE_SIZE
    style: Style | None = None
    max_items: int | None = None
    max_pages: int | None = None
    concurrency: int = 1
    on_progress: Callable[[Progress], None] | None = None
    max_empty_pages: int = _constants.MAX_EMPTY_PAGES  # empty pages that still link onwards, in a row
    cursor_attempts: int = (
        _constants.CURSOR_ATTEMPTS
    )  # tries of one page_info the server fails (400/5xx) before CursorRejected
    cursor_backoff: float = (
        _constants.CURSOR_BACKOFF
    )  # seconds before the 2nd try of a failing cursor; doubles
    prefetch: bool = True  # a sequential offset walk keeps one more page request in flight

    @property
    def most_in_flight(self) -> int:
        """The most offset page requests in flight at once (besides a gap a short page leaves)."""
        return 2 if self.concurrency == 1 and self.prefetch else self.concurrency

    def __post_init__(self) -> None:
        if self.concurrency < 1:
            raise ValueError("concurrency must be >= 1")
        if not 1 <= self.min_page_size <= self.max_page_size:
            raise ValueError("need 1 <= min_page_size <= max_page_size")
        if self.cursor_attempts < 1:
            raise ValueError("cursor_attempts counts the first try and must be >= 1")


def check_options(
    limit: int | None,
    style: Style | None,
    max_items: int | None,
    max_pages: int | None,
    concurrency: int,
    on_progress: Callable[[Progress], None] | None,
    max_page_size: int,
    min_page_size: int,
    max_empty_pages: int,
    cursor_attempts: int,
    cursor_backoff: float,
    resume: Any,
    prefetch: bool = True,
) -> Options:
    _check_int("limit", limit, 1, optional=True)
    _check_int("max_items", max_items, 0, optional=True)
    _check_int("max_pages", max_pages, 0, optional=True)
    _check_int("concurrency", concurrency, 1)
    _check_int("max_page_size", max_page_size, 1)
    _check_int("min_page_size", min_page_size, 1)
    _check_int("max_empty_pages", max_empty_pages, 0)
    _check_int("cursor_attempts", cursor_attempts, 1)
    if isinstance(cursor_backoff, bool) or not isinstance(cursor_backoff, int | float) or cursor_backoff < 0:
        raise TypeError(f"cursor_backoff must be a number of seconds >= 0, not {_shown(cursor_backoff)}")
    if not isinstance(prefetch, bool):
        raise TypeError(f"prefetch must be True or False, not {_shown(prefetch)}")
    if style is not None and style not in STYLES:
        raise TypeError(f"style must be one of {', '.join(map(repr, STYLES))} or None, not {_shown(style)}")
    if on_progress is not None and not callable(on_progress):
        raise TypeError(f"on_progress must be callable (it is given a Progress), not {_shown(on_progress)}")
    if resume is not None and not isinstance(resume, Mapping):
        raise TypeError(
            f"resume must be a checkpoint dict (as pager.checkpoint gives, e.g. loaded back from JSON), "
            f"not {_shown(resume)}"
        )
    return Options(
        page_size=limit or max_page_size,
        max_page_size=max_page_size,
        min_page_size=min(min_page_size, max_page_size),
        style=style,
        max_items=max_items,
        max_pages=max_pages,
        concurrency=concurrency,
        on_progress=on_progress,
        max_empty_pages=max_empty_pages,
        cursor_attempts=cursor_attempts,
        cursor_backoff=cursor_backoff,
        prefetch=prefetch,
    )


def _shown(value: Any) -> str:
    text = repr(value)
    return f"{text[:60] + '...' if len(text) > 60 else text} ({type(value).__name__})"


def _check_int(name: str, value: Any, minimum: int, *, optional: bool = False) -> None:
    """Arguments are checked when given, not when first used deep inside a walk."""
    if value is None and optional:
        return
    if isinstance(value, bool) or not isinstance(value, int):
        expected = f"an int >= {minimum}" + (" or None" if optional else "")
        raise TypeError(f"{name} must be {expected}, not {_shown(value)}")
    if value < minimum:
        raise ValueError(f"{name} must be >= {minimum}, not {value}")
