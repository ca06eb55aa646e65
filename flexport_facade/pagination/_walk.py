"""The walk state machine: what to ask next, when to stop, and what a page, a 504 or a bad cursor means."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from flexport_facade._exceptions import APIError, CursorRejected, PaginationError
from flexport_facade.pagination._checkpoint import (
    digest,
    make_checkpoint,
    page_text,
    read_seen,
    remember,
    validate_checkpoint,
)
from flexport_facade.pagination._failures import is_cursor_failure, is_gateway_timeout, note_checkpoint
from flexport_facade.pagination._links import cursor_from_label, cursor_label, cursor_params, next_link
from flexport_facade.pagination._options import Options, Progress
from flexport_facade.pagination._protocol import PageResult, SourceSpec, Style
from flexport_facade.pagination._style import style_from_answer

_UNSEEN = object()


class Walk:
    """The state of one walk; the drivers call ``request``/``accept``/``fail`` and yield what it says.

    Position for the checkpoint is (``page_pos``, ``index``): the page being yielded and how many of
    its items the caller has had. The drivers bump ``index`` before each yield, so a checkpoint
    read inside the loop body already counts the current item.
    """

    def __init__(
        self,
        spec: SourceSpec,
        opts: Options,
        params: Mapping[str, Any],
        resume: Mapping[str, Any] | None,
    ) -> None:
        self.spec = spec
        self.opts = opts
        self.params = spec.keyword_args(params)
        self.style: Style | None = opts.style or spec.style
        self.size = max(opts.min_page_size, min(opts.page_size, opts.max_page_size))
        self.asked_size = self.size  # what the options ask for: ``size`` below it means a 504 came
        self.guessed = False  # offset style inferred from a response, not declared
        self.page_pos: int | str | None = None
        self.index = 0
        self.skip = 0  # items of the first page the resumed checkpoint already delivered
        self.cursor: dict[str, Any] = {}  # what the next cursor request sends besides limit
        self.pending_cursor: tuple[dict[str, Any], str | None] = ({}, None)  # from this page's next link
        self.pages = 0
        self.items = 0
        self.empty_run = 0
        self.cursor_failures = 0
        self.first_page: list[Any] | None = None  # only kept while a guessed offset style is unconfirmed
        self.done = False
        # Repeat detection: digests (8 bytes each) of the cursors followed and pages received (the
        # latest SEEN_WINDOW of each), so a cycle (A -> B -> A) or a server that ignores
        # offset/page_info stops the walk.
        self.seen_cursors: dict[int, int] = {}  # cursor digest -> page number it was first seen at
        self.seen_pages: dict[int, int | str | None] = {}  # page digest -> position it came from
        offset = self.params.pop("offset", None)
        page_info = self.params.pop("page_info", None)
        self.params.pop("limit", None)
        if resume is not None:
            self._resume(validate_checkpoint(resume, spec))
        elif offset is not None:
            if int(offset) < 0:
                raise ValueError(f"offset={offset!r} is out of range; offset must be >= 0")
            self.style = self.style or "offset"
            self.page_pos = int(offset)
        elif page_info is not None:
            self.style = self.style or "cursor"
            self.cursor = {"page_info": page_info}
            self.page_pos = str(page_info)
        if self.style == "offset" and self.page_pos is None:
            self.page_pos = 0

    def _resume(self, cp: dict[str, Any]) -> None:
        self.style = cp["style"]
        self.seen_cursors, self.seen_pages = read_seen(cp)
        self.params = {**self.spec.keyword_args(cp.get("params") or {}), **self.params}
        if isinstance(cp.get("page_size"), int):
            self.size = max(self.opts.min_page_size, min(cp["page_size"], self.opts.max_page_size))
        if self.style == "offset":
            self.page_pos = int(cp.get("position") or 0) + cp["index"]  # offsets resume exactly
        else:
            self.page_pos = cp.get("position")
            self.cursor = cursor_from_label(cp.get("position"))
            self.skip = self.index = cp["index"]  # the same page comes back: drop what was had

    # -- checkpoint -----------------------------------------------------------------------------

    def checkpoint(self) -> dict[str, Any]:
        return make_checkpoint(
            source=self.spec.name,
            style=self.style or "single",
            position=self.page_pos,
            index=self.index,
            page_size=self.size,
            params=self.params,
            seen_cursors=self.seen_cursors,
            seen_pages=self.seen_pages,
        )

    # -- limits ---------------------------------------------------------------------------------

    def room(self) -> int | None:
        """Items still allowed by max_items (None: no cap)."""
        return None if self.opts.max_items is None else self.opts.max_items - self.items

    def page_allowed(self) -> bool:
        if self.done:
            return False
        if self.opts.max_pages is not None and self.pages >= self.opts.max_pages:
            return False
        room = self.room()
        return room is None or room > 0

    def _clip(self, items: list[Any]) -> list[Any]:
        room = self.room()
        if room is not None and len(items) > room:
            self.done = True
            return items[:room]
        return items

    def _progress(self, n: int, position: int | str | None) -> None:
        self.pages += 1
        if self.opts.on_progress is not None:
            self.opts.on_progress(
                Progress(
                    style=self.style or "single",
                    pages=self.pages,
                    items=self.items + n,
                    page_items=n,
                    page_size=self.size,
                    position=position,
                )
            )

    # -- sequential requests (cursor, single, and the first page of an undeclared style) ---------

    def request(self) -> dict[str, Any]:
        if self.style == "cursor" and self.cursor:
            return self._cursor_request(self.cursor)
        limit = {"limit": self.size} if self.spec.takes("limit") and self.style != "single" else {}
        if self.style == "offset":
            return {**self.params, **limit, "offset": self.page_pos}
        return {**self.params, **limit}

    def _cursor_request(self, cursor: Mapping[str, Any]) -> dict[str, Any]:
        limit = {"limit": self.size} if self.spec.takes("limit") else {}
        return {**limit, **cursor}  # the cursor carries the filters

    # -- the next cursor page, asked for while this one is decoded, built and read ---------------
    # The driver uses what comes back only when ``request()`` then asks exactly the same, so asking
    # early changes no decision; it only never asks where the walk might not go (max_pages, max_items).

    def ahead_of_decoding(self, headers: Mapping[str, str]) -> dict[str, Any] | None:
        """The next cursor request from a page's Link header, before its body is decoded; None unless
        nothing in the body can change it (a cursor walk without ``max_items``)."""
        if self.style != "cursor" or self.done or self.opts.max_items is not None:
            return None
        if self.opts.max_pages is not None and self.pages + 1 >= self.opts.max_pages:
            return None
        link = next_link(headers)
        nxt = cursor_params(link) if link is not None else {}
        return self._cursor_request(nxt) if nxt else None

    def ahead_of_building(self, pending: int) -> dict[str, Any] | None:
        """After ``accept``: the next cursor request, if the walk goes on once the ``pending`` items
        just accepted are yielded."""
        if self.style != "cursor" or self.done or not self.pending_cursor[0]:
            return None
        if self.opts.max_pages is not None and self.pages >= self.opts.max_pages:
            return None
        room = self.room()
        if room is not None and room - pending <= 0:
            return None
        return self._cursor_request(self.pending_cursor[0])

    def accept(self, page: PageResult, items: list[Any]) -> list[Any]:
        """A page arrived for ``request()``: the items to yield now (the caller bumps ``index``)."""
        self.cursor_failures = 0
        if self.style is None:  # undeclared: a next link means cursor, else offset if it pages at all
            self.style = style_from_answer(self.spec, page.headers, items)
            if self.style == "offset":  # a guess the second page confirms (or not: see accept_offset)
                self.guessed, self.page_pos, self.first_page = True, 0, items
        if self.style == "offset":
            return self.accept_offset(items, page.content_key)
        position = self.page_pos
        self._check_repeat(items, page.content_key)
        self._progress(len(items), position)
        out = items[self.skip :]
        self.skip = 0
        self.index = len(items) - len(out)
        if self.style == "single":
            self.done = True
            return self._clip(out)
        link = next_link(page.headers)
        if link is None:
            self.done = True  # the checkpoint stays on this page, so a later resume sees new items
            return self._clip(out)
        nxt = cursor_params(link)
        label = cursor_label(nxt)
        if not nxt or label == self.page_pos:
            raise PaginationError(
                f"{self.spec.name}: the next link repeats the current cursor ({link})",
                checkpoint=self.checkpoint(),
            )
        if self.page_pos is not None:
            remember(self.seen_cursors, digest(str(self.page_pos)), self.pages)
        first_seen = self.seen_cursors.get(digest(str(label)))
        if first_seen is not None:
            where = f"page {first_seen}" if first_seen >= 0 else "before the resume"
            raise PaginationError(
                f"{self.spec.name}: the next link returns to a cursor already followed ({where}); "
                f"the server's links form a cycle ({link}). Resume from err.checkpoint once it is fixed",
                checkpoint=self.checkpoint(),
            )
        self.empty_run = self.empty_run + 1 if not items else 0
        if self.empty_run > self.opts.max_empty_pages:
            raise PaginationError(
                f"{self.spec.name}: {self.empty_run} empty pages in a row that still link onwards",
                checkpoint=self.checkpoint(),
            )
        self.pending_cursor = (nxt, label)
        return self._clip(out)

    def turn_page(self) -> None:
        """Every item of the current page was yielded: move the checkpoint to the next page."""
        if self.style == "cursor" and not self.done:
            self.cursor, self.page_pos = self.pending_cursor
            self.index = 0
        elif self.style == "offset" and isinstance(self.page_pos, int):
            self.page_pos += self.index
            self.index = 0

    def accept_offset(self, items: list[Any], content_key: int | None = None) -> list[Any]:
        if not items:
            self.done = True
            return []
        if self.guessed and self.first_page is not None and self.page_pos != 0:
            same = items == self.first_page[: len(items)]
            self.first_page = None
            if same:  # the server ignores offset: it is a single page after all
                self.style, self.done = "single", True
                return []
        self._check_repeat(items, content_key)
        self._progress(len(items), self.page_pos)
        return self._clip(items)

    def _check_repeat(self, items: list[Any], content_key: int | None) -> None:
        """Stop when a page equals one received before: the server ignores offset or page_info
        (or its cursors cycle), and walking on would yield the same items until a cap.

        ``content_key``: the page's ``PageResult.content_key``, if its items are the whole body."""
        if not items:
            return
        key = digest(page_text(items)) if content_key is None else content_key
        earlier = self.seen_pages.get(key, _UNSEEN)
        if earlier is not _UNSEEN:
            what = "offset" if self.style == "offset" else "page_info"
            raise PaginationError(
                f"{self.spec.name}: the page at {self.page_pos!r} repeats the page at {earlier!r}; the "
                f"server ignores {what} or loops. Stopped instead of yielding the same items again; "
                "err.checkpoint resumes here",
                checkpoint=self.checkpoint(),
            )
        remember(self.seen_pages, key, self.page_pos)

    def fail(self, exc: BaseException, asked: int | None = None) -> float:
        """A page failed: seconds to wait before asking again (the size may have shrunk), or raise.

        ``asked`` is the limit the failed request carried (fetch-ahead pages may predate a halving).
        """
        if is_gateway_timeout(exc):
            asked = self.size if asked is None else asked
            if asked > self.opts.min_page_size:
                # Halve what failed, not what is current; the smaller size sticks for the rest of the walk.
                self.size = max(self.opts.min_page_size, min(self.size, asked // 2))
                return 0.0
            note_checkpoint(exc, self.checkpoint())
            raise exc
        if self.style == "cursor" and self.cursor and is_cursor_failure(exc):
            self.cursor_failures += 1
            if self.cursor_failures < self.opts.cursor_attempts:
                return float(self.opts.cursor_backoff * 2 ** (self.cursor_failures - 1))
            status = exc.status if isinstance(exc, APIError) else 0
            raise CursorRejected(
                f"{self.spec.name}: the server failed cursor {self.page_pos!r} {self.cursor_failures} times "
                f"(last: {status}); resume later from err.checkpoint",
                checkpoint=self.checkpoint(),
                status=status,
            ) from exc
        note_checkpoint(exc, self.checkpoint())
        raise exc
