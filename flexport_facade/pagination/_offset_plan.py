"""Which offset pages to have in flight, and the gap a short page leaves (``OffsetPlan``)."""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass
from typing import Any

from flexport_facade.pagination._walk import Walk


@dataclass
class Slot:
    """One offset page request: ``limit`` rows from ``offset``; ``handle`` is the driver's future/task."""

    offset: int
    limit: int
    handle: Any = None


class OffsetPlan:
    """Which offset pages to have in flight: consecutive slots from the next unyielded row.

    Slots run ahead by the stride; the head is always the next row to yield. A short head leaves a
    gap up to the next slot, which gets its own request (placed first), so a clamp or short page is
    never mistaken for the end, and no row is skipped or repeated. An empty head ends the walk.
    """

    def __init__(self, walk: Walk, queued: int = 0) -> None:
        self.walk = walk
        self.queued = queued  # requests a concurrent walk keeps waiting for a free worker (FetchAhead.queued)
        self.slots: deque[Slot] = deque()
        self.stride = walk.size
        self.end_at: int | None = None  # an empty page was seen here: nothing beyond is asked
        self.scheduled = walk.pages  # pages received before the plan (the first of a detected style) count
        self.after: int | None = None  # the row after the last head accepted (before the caller reads it)

    @property
    def expected(self) -> int:
        pos = self.walk.page_pos
        return (pos if isinstance(pos, int) else 0) + self.walk.index

    @property
    def depth(self) -> int:
        """Requests to keep asked for: ``concurrency`` (plus ``queued`` waiting for a worker), or the
        sequential prefetch (``Options``) once two pages differ (a server that ignores offset is caught
        without a request more) and while no 504 has shrunk the page (deep offsets are costly: one at
        a time, as the caller asked)."""
        walk = self.walk
        if walk.opts.concurrency > 1:
            return walk.opts.concurrency + self.queued
        if walk.pages >= 2 and walk.size >= walk.asked_size:
            return walk.opts.most_in_flight
        return walk.opts.concurrency

    def wanted(self, in_flight: int) -> list[Slot]:
        """New slots to start so that up to ``depth`` are in flight."""
        new: list[Slot] = []
        walk = self.walk
        depth = self.depth
        while in_flight + len(new) < depth and not walk.done:
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

    def accept_head(self, items: list[Any], content_key: int | None = None) -> tuple[list[Any], Slot | None]:
        """The head's rows (trimmed to what it asked for), and a gap slot to start first, if any."""
        slot = self.slots.popleft()
        if len(items) > slot.limit:  # a server that ignores limit would overlap the next slot
            items, content_key = items[: slot.limit], None  # the key was the whole body's
        if not items:
            self.end_at = slot.offset
            self.walk.done = True
            return [], None
        self.walk.page_pos, self.walk.index = slot.offset, 0
        self.after = slot.offset + len(items)
        out = self.walk.accept_offset(items, content_key)
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
