"""Issue 16 item 13: cursor cycles and servers that ignore ``offset`` stop with an error carrying the
checkpoint, and (property-based) every item comes exactly once under clamps, short pages, resumes."""

from __future__ import annotations

import itertools
import random
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from flexport_facade.pagination import Options, Pager, PageResult, PaginationError, SourceSpec
from flexport_facade.pagination._checkpoint import SEEN_WINDOW


class CursorServer:
    """Pages by page_info; ``links`` maps a cursor ("" for the first page) to the next one."""

    def __init__(self, links: dict[str, str | None], *, content: str = "cursor", most: int = 1000) -> None:
        self.links = links
        self.most = most
        self.content = content
        self.spec = SourceSpec("cursor-fake", style="cursor")
        self.requests = 0
        self.served: dict[str, int] = {}

    def fetch(self, params: dict[str, Any]) -> PageResult:
        self.requests += 1
        assert self.requests < self.most, "the walk did not stop"
        cursor = params.get("page_info", "")
        self.served[cursor] = self.served.get(cursor, 0) + 1
        # content="cursor": a page's items depend on its cursor; "visit": fresh items on every visit
        tag = cursor if self.content == "cursor" else f"{cursor}#{self.served[cursor]}"
        items = [f"{tag}-{i}" for i in range(3)]
        nxt = self.links.get(cursor)
        headers = {"link": f'<https://x/events?page_info={nxt}&limit=3>; rel="next"'} if nxt else {}
        return PageResult(items, headers)


class OffsetServer:
    """``total`` rows; clamps ``limit`` to ``clamp``; some offsets answer short; may ignore offset."""

    def __init__(
        self,
        total: int,
        *,
        clamp: int = 100,
        short: frozenset[int] = frozenset(),
        ignore_offset: bool = False,
    ) -> None:
        self.total, self.clamp, self.short, self.ignore_offset = total, clamp, short, ignore_offset
        self.spec = SourceSpec("offset-fake", style="offset", accepts=frozenset({"limit", "offset"}))
        self.requests = 0

    def fetch(self, params: dict[str, Any]) -> PageResult:
        self.requests += 1
        assert self.requests < 10_000, "the walk did not stop"
        offset = 0 if self.ignore_offset else params["offset"]
        limit = min(params["limit"], self.clamp)
        if offset in self.short:
            limit = max(1, limit // 3)
        return PageResult([{"row": i} for i in range(offset, min(self.total, offset + limit))])


@pytest.mark.parametrize(
    "links",
    [
        {"": "A", "A": "B", "B": "A"},  # A -> B -> A
        {"": "A", "A": "B", "B": "C", "C": "A"},  # A -> B -> C -> A
        {"": "A", "A": "B", "B": "C", "C": "B"},  # a cycle that does not include the start
    ],
)
@pytest.mark.parametrize("content", ["cursor", "visit"])
def test_cursor_cycles_stop_with_the_checkpoint(links: dict[str, str | None], content: str) -> None:
    server = CursorServer(links, content=content)
    got: list[str] = []
    pager: Pager[str] = Pager(server)
    with pytest.raises(PaginationError, match=r"cycle|repeats the page") as info:
        for item in pager:
            got.append(item)
    assert len(got) == len(set(got))  # nothing yielded twice
    assert server.requests <= len(links) + 1
    assert info.value.checkpoint is not None and info.value.checkpoint["style"] == "cursor"


def test_an_offset_server_ignoring_offset_stops_after_the_first_page() -> None:
    server = OffsetServer(5000, ignore_offset=True)
    got = []
    with pytest.raises(PaginationError, match="ignores offset") as info:
        for item in Pager(server, options=Options(page_size=100)):
            got.append(item)
    assert got == [{"row": i} for i in range(100)]  # the first page, once; not 4,980 duplicates
    assert server.requests == 2
    assert info.value.checkpoint is not None and info.value.checkpoint["position"] == 100


def test_a_long_honest_walk_is_not_mistaken_for_a_repeat() -> None:
    server = OffsetServer(20_000, clamp=37, short=frozenset(range(0, 20_000, 500)))
    assert [r["row"] for r in Pager(server)] == list(range(20_000))


def test_repeat_digests_stay_bounded_on_a_long_walk() -> None:
    """A walk of more pages than SEEN_WINDOW keeps only the latest digests (memory stays flat), and
    a cycle that returns within the window is still caught after thousands of pages."""
    pages = SEEN_WINDOW + 500
    links: dict[str, str | None] = {"": "c0"}
    links.update({f"c{i}": f"c{i + 1}" for i in range(pages)})
    links[f"c{pages}"] = f"c{pages - 10}"  # a 10-page cycle at the far end
    server = CursorServer(links, most=pages + 50)
    pager: Pager[str] = Pager(server)
    with pytest.raises(PaginationError, match="cycle"):
        for _ in pager:
            pass
    state = pager._walk  # the walk's own bookkeeping: what a long walk holds in memory
    assert len(state.seen_cursors) <= SEEN_WINDOW
    assert len(state.seen_pages) <= SEEN_WINDOW


# -- properties ------------------------------------------------------------------------------------

PROPERTY = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@PROPERTY
@given(
    total=st.integers(0, 600),
    page_size=st.integers(10, 100),
    clamp=st.integers(1, 120),
    short_seed=st.integers(0, 2**16),
    concurrency=st.sampled_from([1, 3, 8]),  # 8: more slots than the walk has pages, and one queued
    stops=st.lists(st.integers(1, 200), max_size=3),
)
def test_offset_walks_yield_every_item_exactly_once(
    total: int, page_size: int, clamp: int, short_seed: int, concurrency: int, stops: list[int]
) -> None:
    rng = random.Random(short_seed)
    short = frozenset(o for o in range(total) if rng.random() < 0.05)
    server = OffsetServer(total, clamp=clamp, short=short)
    opts = Options(page_size=page_size, concurrency=concurrency)
    got: list[int] = []
    checkpoint: dict[str, Any] | None = None
    for stop in [*stops, None]:  # stop early, resume from the checkpoint, again, then to the end
        pager: Pager[dict[str, int]] = Pager(server, options=opts, resume=checkpoint)
        for n, item in enumerate(pager, 1):
            got.append(item["row"])
            if stop is not None and n >= stop:
                break
        checkpoint = pager.checkpoint
        pager.close()
    assert got == list(range(total))


@PROPERTY
@given(
    pages=st.integers(1, 12),
    back_to=st.data(),
    content=st.sampled_from(["cursor", "visit"]),
    resume_after=st.integers(0, 20),
)
def test_cursor_cycles_always_stop_and_never_repeat_an_item(
    pages: int, back_to: st.DataObject, content: str, resume_after: int
) -> None:
    labels = [f"c{i}" for i in range(pages)]
    target = back_to.draw(st.sampled_from(labels))
    links: dict[str, str | None] = {"": labels[0]}
    links.update(dict(itertools.pairwise(labels)))
    links[labels[-1]] = target  # the last page links back into the chain
    server = CursorServer(links, content=content)
    got: list[str] = []
    pager: Pager[str] = Pager(server)
    with pytest.raises(PaginationError) as info:
        for n, item in enumerate(pager, 1):
            got.append(item)
            if n == resume_after:  # break, then resume a fresh pager from the checkpoint
                checkpoint = pager.checkpoint
                pager.close()
                pager = Pager(server, resume=checkpoint)
                for item2 in pager:
                    got.append(item2)
                break
    assert len(got) == len(set(got))
    assert server.requests <= 2 * (pages + 2)
    assert info.value.checkpoint is not None
