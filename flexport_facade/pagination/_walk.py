"""What the sync and async pagers share: the page protocol, checkpoints, and the walk state machines.

The drivers (``pagination_sync``, ``pagination_async``) only move pages between a fetcher and the
caller; every decision (what to ask next, when to stop, what a 504 or a bad cursor means) is made
here, once, so both drivers behave identically.
"""

from __future__ import annotations

import base64
import contextlib
import datetime as _dt
import enum
import hashlib
import json
import re
from collections import deque
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol

import attrs
import httpx

from flexport_facade import _constants
from flexport_facade._exceptions import APIError, CursorRejected, PaginationError

Style = Literal["offset", "cursor", "single"]
STYLES: tuple[Style, ...] = ("offset", "cursor", "single")
CHECKPOINT_VERSION = 1

# Documented caps: limit "capped at 100" on every paged operation; the field halves 504s down to 10.
MAX_PAGE_SIZE = _constants.MAX_PAGE_SIZE
MIN_PAGE_SIZE = _constants.MIN_PAGE_SIZE
SEEN_KEPT = 32  # cursor and page digests a checkpoint carries for repeat detection after a resume


# ---------------------------------------------------------------------------------------------
# The protocol a source implements


@dataclass(frozen=True)
class PageResult:
    """One fetched page: its items (in order) and the response headers (for ``Link``).

    With ``build``, ``items`` are the decoded JSON records and ``build`` turns (a slice of) them into
    the models: the drivers call it through ``built`` after the next page is asked for, so parsing a
    page overlaps the next request instead of adding to it.
    """

    items: Sequence[Any]
    headers: Mapping[str, str] = field(default_factory=dict)
    build: Callable[[list[Any]], list[Any]] | None = None

    def built(self, items: list[Any]) -> list[Any]:
        """``items`` (this page's, possibly clipped) as the caller gets them."""
        return items if self.build is None or not items else self.build(items)

    def decoded(self) -> PageResult:
        return self


class UndecodedPage(PageResult):
    """A page whose body is still the answer's bytes: a page waiting in the fetch-ahead holds only
    those, and is decoded (``decoded``) when its turn comes, so N pages in flight cost N bodies."""

    def __init__(self, decode: Callable[[], PageResult], headers: Mapping[str, str]) -> None:
        super().__init__((), headers)
        object.__setattr__(self, "_decode", decode)

    def decoded(self) -> PageResult:
        decode: Callable[[], PageResult] = object.__getattribute__(self, "_decode")
        return decode()


PageFetcher = Callable[[dict[str, Any]], PageResult]
AsyncPageFetcher = Callable[[dict[str, Any]], Awaitable[PageResult]]


@dataclass(frozen=True)
class SourceSpec:
    """What is known about an operation before the first request.

    ``style`` is the declared style (None: detect from the first response). ``accepts`` holds the
    query names the operation takes (None: unknown), so ``limit`` is only sent where accepted.
    ``keywords`` holds the python keyword names of the generated function (None: unknown): a filter
    given by its spec name (``type``, ``poolName``) is sent as the keyword (``type_``, ``pool_name``).
    """

    name: str  # the operation id or path: a checkpoint only resumes the walk it came from
    style: Style | None = None
    accepts: frozenset[str] | None = None
    keywords: frozenset[str] | None = None

    def takes(self, param: str) -> bool:
        return self.accepts is None or param in self.accepts

    def keyword_args(self, params: Mapping[str, Any]) -> dict[str, Any]:
        """``params`` by the generated function's keyword names; names it does not know pass as given.

        Names match when equal after lower-casing and dropping everything but letters and digits, so
        the spec's ``type`` is ``type_`` and ``poolName`` is ``pool_name``.
        """
        if not self.keywords:
            return dict(params)
        by_norm: dict[str, list[str]] = {}
        for keyword in sorted(self.keywords):
            by_norm.setdefault(_norm(keyword), []).append(keyword)
        out: dict[str, Any] = {}
        given: dict[str, str] = {}
        for name, value in params.items():
            matches = by_norm.get(_norm(name), [])
            key = name if name in self.keywords or len(matches) != 1 else matches[0]
            if key in given:
                raise TypeError(f"{self.name}: {given[key]!r} and {name!r} are the same parameter ({key})")
            given[key] = name
            out[key] = value
        return out


def _norm(name: str) -> str:
    return re.sub(r"[^0-9a-z]", "", name.lower())


class PageSource(Protocol):
    spec: SourceSpec

    def fetch(self, params: dict[str, Any]) -> PageResult: ...


class AsyncPageSource(Protocol):
    spec: SourceSpec

    async def fetch(self, params: dict[str, Any]) -> PageResult: ...


def style_from_names(declared: str | None, names: Sequence[str] | None) -> Style | None:
    """The style an operation's metadata implies; None when there is nothing to go on."""
    if declared in ("offset", "cursor"):
        return declared  # type: ignore[return-value]
    if names is None:
        return None
    lowered = {n.lower() for n in names}
    if "page_info" in lowered or "pageinfo" in lowered:
        return "cursor"
    if {"limit", "offset"} <= lowered:
        return "offset"
    return None  # not declared: one page, unless the answer links to a next one


# ---------------------------------------------------------------------------------------------
# Errors


# ---------------------------------------------------------------------------------------------
# Options, progress, checkpoints


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

    def __post_init__(self) -> None:
        if self.concurrency < 1:
            raise ValueError("concurrency must be >= 1")
        if not 1 <= self.min_page_size <= self.max_page_size:
            raise ValueError("need 1 <= min_page_size <= max_page_size")
        if self.cursor_attempts < 1:
            raise ValueError("cursor_attempts counts the first try and must be >= 1")


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


# ---------------------------------------------------------------------------------------------
# Reading pages


def find_items(body: Any, where: str | Callable[[Any], Sequence[Any]] | None = None) -> list[Any]:
    """The list of records in a page body: a bare list, or the one list inside an object or model."""
    if callable(where):
        return list(where(body))
    if body is None:
        return []
    if isinstance(body, list):
        return body
    fields = _fields(body)
    if where is not None:
        return list(fields[where] or [])
    for key in ("data", "items", "records", "results"):
        if isinstance(fields.get(key), list):
            return list(fields[key])
    lists = [k for k, v in fields.items() if isinstance(v, list) and k != "additional_properties"]
    if len(lists) == 1:
        return list(fields[lists[0]])
    if not lists and all(_is_paging(k) for k in fields if k != "additional_properties"):
        return []  # {} or an envelope that leaves out its empty list: {"next": null}
    raise TypeError(
        f"cannot tell which list holds the items of a {type(body).__name__} page "
        f"(lists: {lists or 'none'}); pass items='<field>'"
    )


# What a list envelope carries besides its list: paging metadata (``total``, ``next_cursor``, ...).
_PAGING_WORDS = frozenset({"total", "count", "next", "prev", "cursor", "page", "limit", "offset", "more"})
_PAGING_WORDS |= {"link", "meta", "token", "size", "object", "self", "url", "direction"}


def is_one_resource(body: Any) -> bool:
    """Whether a body is one object rather than a page of items (a list, or an object holding one).

    ``None``, a list (even empty), and an object whose fields besides its lists are all paging
    metadata (``{"data": [], "total": 0}``, ``{"next": null}``, ``{}``) are pages. A list under
    ``data``, ``records`` or ``results`` makes a page whatever else is there. Any other object is
    one resource: ``{"logisticsSku": "D1", "name": "P", "barcodes": []}`` is a product, not a list
    of barcodes.
    """
    if body is None or isinstance(body, list):
        return False
    try:
        fields = _fields(body)
    except TypeError:
        return False  # not an object either: find_items says what is wrong with it
    fields.pop("additional_properties", None)
    lists = {k for k, v in fields.items() if isinstance(v, list)}
    if lists & {"data", "records", "results"}:
        return False
    return any(not _is_paging(k) for k in fields if k not in lists)


def _is_paging(name: str) -> bool:
    return any(word in _norm(name) for word in _PAGING_WORDS)


def _fields(body: Any) -> dict[str, Any]:
    if isinstance(body, Mapping):
        return dict(body)
    if attrs.has(type(body)):  # generated models are attrs classes (slots, so no __dict__)
        return {a.name: getattr(body, a.name) for a in attrs.fields(type(body))}
    if hasattr(body, "__dict__"):
        return dict(vars(body))
    raise TypeError(f"a page must be a list or an object holding one, not {type(body).__name__}")


def next_link(headers: Mapping[str, str]) -> str | None:
    """The ``rel="next"`` target of a Link header (httpx parses it; rel may list several tokens)."""
    if "link" not in headers:
        return None
    for rel, link in httpx.Response(200, headers={"link": headers["link"]}).links.items():
        if rel and "next" in rel.lower().split():
            return link.get("url") or None
    return None


def cursor_params(url: str) -> dict[str, Any]:
    """What to send for the page a next link names: its page_info, else its whole query minus limit."""
    query = httpx.URL(url).params
    if "page_info" in query:
        return {"page_info": query["page_info"]}
    return {k: v for k, v in query.multi_items() if k != "limit"}


def cursor_label(params: Mapping[str, Any]) -> str | None:
    """A JSON-safe cursor: the page_info itself, or the next-link query packed into one string."""
    if not params:
        return None
    if set(params) == {"page_info"}:
        return str(params["page_info"])
    raw = json.dumps(dict(params), sort_keys=True, separators=(",", ":")).encode()
    return "q:" + base64.urlsafe_b64encode(raw).decode().rstrip("=")


def cursor_from_label(label: str | None) -> dict[str, Any]:
    if label is None:
        return {}
    if label.startswith("q:"):
        raw = label[2:] + "=" * (-len(label[2:]) % 4)
        return dict(json.loads(base64.urlsafe_b64decode(raw)))
    return {"page_info": label}


def is_gateway_timeout(exc: BaseException) -> bool:
    return isinstance(exc, APIError) and exc.status == 504


def is_cursor_failure(exc: BaseException) -> bool:
    """What a failing page_info looks like: 400 (also load shedding) or 5xx other than 504."""
    return isinstance(exc, APIError) and (exc.status == 400 or (exc.status >= 500 and exc.status != 504))


# ---------------------------------------------------------------------------------------------
# Walk state


@dataclass
class Slot:
    """One offset page request: ``limit`` rows from ``offset``; ``handle`` is the driver's future/task."""

    offset: int
    limit: int
    handle: Any = None


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
        # Repeat detection: digests (8 bytes each) of every cursor followed and every page received,
        # so a cycle (A -> B -> A) or a server that ignores offset/page_info stops the walk.
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
        seen: dict[str, Any] = cp["seen"] if isinstance(cp.get("seen"), dict) else {}
        with contextlib.suppress(TypeError, ValueError):  # an older checkpoint, or a damaged list
            self.seen_cursors = {int(k, 16): -1 for k in seen.get("cursors", [])}
            self.seen_pages = {int(k, 16): "before the resume" for k in seen.get("pages", [])}
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
        cp = {
            "v": CHECKPOINT_VERSION,
            "source": self.spec.name,
            "style": self.style or "single",
            "position": self.page_pos,
            "index": self.index,
            "page_size": self.size,
            "params": jsonable(self.params),
        }
        # The latest cursors and pages seen (not the current page, which a resume fetches again), so
        # a cycle shorter than SEEN_KEPT pages is caught across a resume as well.
        pages = [k for k, pos in self.seen_pages.items() if pos != self.page_pos][-SEEN_KEPT:]
        cursors = list(self.seen_cursors)[-SEEN_KEPT:]
        if pages or cursors:
            cp["seen"] = {"cursors": [f"{k:016x}" for k in cursors], "pages": [f"{k:016x}" for k in pages]}
        return cp

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
        limit = {"limit": self.size} if self.spec.takes("limit") and self.style != "single" else {}
        if self.style == "cursor" and self.cursor:
            return {**limit, **self.cursor}  # the cursor carries the filters
        if self.style == "offset":
            return {**self.params, **limit, "offset": self.page_pos}
        return {**self.params, **limit}

    def accept(self, page: PageResult, items: list[Any]) -> list[Any]:
        """A page arrived for ``request()``: the items to yield now (the caller bumps ``index``)."""
        self.cursor_failures = 0
        if self.style is None:  # undeclared: a next link means cursor, else offset if it pages at all
            if next_link(page.headers) is not None:
                self.style = "cursor"
            elif items and self.spec.takes("offset") and self.spec.takes("limit"):
                self.style, self.guessed, self.page_pos = "offset", True, 0
                self.first_page = items
            else:
                self.style = "single"
        if self.style == "offset":
            return self._accept_offset(items)
        position = self.page_pos
        self._check_repeat(items)
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
            self.seen_cursors.setdefault(_digest(str(self.page_pos)), self.pages)
        first_seen = self.seen_cursors.get(_digest(str(label)))
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

    def _accept_offset(self, items: list[Any]) -> list[Any]:
        if not items:
            self.done = True
            return []
        if self.guessed and self.first_page is not None and self.page_pos != 0:
            same = items == self.first_page[: len(items)]
            self.first_page = None
            if same:  # the server ignores offset: it is a single page after all
                self.style, self.done = "single", True
                return []
        self._check_repeat(items)
        self._progress(len(items), self.page_pos)
        return self._clip(items)

    def _check_repeat(self, items: list[Any]) -> None:
        """Stop when a page equals one received before: the server ignores offset or page_info
        (or its cursors cycle), and walking on would yield the same items until a cap."""
        if not items:
            return
        key = _digest(_page_text(items))
        earlier = self.seen_pages.get(key, _UNSEEN)
        if earlier is not _UNSEEN:
            what = "offset" if self.style == "offset" else "page_info"
            raise PaginationError(
                f"{self.spec.name}: the page at {self.page_pos!r} repeats the page at {earlier!r}; the "
                f"server ignores {what} or loops. Stopped instead of yielding the same items again; "
                "err.checkpoint resumes here",
                checkpoint=self.checkpoint(),
            )
        self.seen_pages[key] = self.page_pos

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
            _note(exc, self.checkpoint())
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
        _note(exc, self.checkpoint())
        raise exc


_UNSEEN = object()


def _digest(text: str) -> int:
    return int.from_bytes(
        hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=8).digest(), "big"
    )


def _page_text(items: list[Any]) -> str:
    """What identifies a page's content: the items' reprs (generated models are attrs classes, whose
    repr lists every field; dicts from JSON keep their order)."""
    return "\x1e".join(repr(item) for item in items)


def _note(exc: BaseException, checkpoint: dict[str, Any]) -> None:
    exc.add_note(f"pagination checkpoint: {json.dumps(checkpoint)}")


class OffsetPlan:
    """Which offset pages to have in flight: consecutive slots from the next unyielded row.

    Slots run ahead by the stride; the head is always the next row to yield. A short head leaves a
    gap up to the next slot, which gets its own request (placed first), so a clamp or short page is
    never mistaken for the end, and no row is skipped or repeated. An empty head ends the walk.
    """

    def __init__(self, walk: Walk) -> None:
        self.walk = walk
        self.slots: deque[Slot] = deque()
        self.stride = walk.size
        self.end_at: int | None = None  # an empty page was seen here: nothing beyond is asked
        self.scheduled = 0
        self.after: int | None = None  # the row after the last head accepted (before the caller reads it)

    @property
    def expected(self) -> int:
        pos = self.walk.page_pos
        return (pos if isinstance(pos, int) else 0) + self.walk.index

    def wanted(self, in_flight: int) -> list[Slot]:
        """New slots to start so that up to ``concurrency`` are in flight."""
        new: list[Slot] = []
        walk = self.walk
        while in_flight + len(new) < walk.opts.concurrency and not walk.done:
            if self.slots:
                start = self.slots[-1].offset + self.slots[-1].limit
            else:  # nothing in flight: right after the page just accepted, even before it is read
                start = self.after if self.after is not None else self.expected
            if self.end_at is not None and start >= self.end_at:
                break
            if walk.opts.max_pages is not None and self.scheduled >= walk.opts.max_pages:
                break
            room = walk.room()
            if room is not None and start >= self.expected + room:
                break
            slot = Slot(start, self.stride)
            self.slots.append(slot)
            self.scheduled += 1
            new.append(slot)
        return new

    def head(self) -> Slot:
        return self.slots[0]

    def accept_head(self, items: list[Any]) -> tuple[list[Any], Slot | None]:
        """The head's rows (trimmed to what it asked for), and a gap slot to start first, if any."""
        slot = self.slots.popleft()
        items = items[: slot.limit]  # a server that ignores limit would overlap the next slot
        if not items:
            self.end_at = slot.offset
            self.walk.done = True
            return [], None
        self.walk.page_pos, self.walk.index = slot.offset, 0
        self.after = slot.offset + len(items)
        out = self.walk._accept_offset(items)
        gap: Slot | None = None
        end = slot.offset + len(items)
        if not self.walk.done and self.slots and self.slots[0].offset > end:
            gap = Slot(end, min(self.walk.size, self.slots[0].offset - end))
            self.slots.appendleft(gap)
        return out, gap

    def retry_head(self) -> Slot:
        """The head failed with a 504 and the size was halved: ask the same offset for less."""
        slot = self.slots[0]
        slot.limit = min(slot.limit, self.walk.size)
        self.stride = min(self.stride, self.walk.size)
        slot.handle = None
        return slot
