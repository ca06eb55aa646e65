"""Offset pages with the field's silent clamp and occasional short pages (field-facts §10.6), and
numeric-cursor pages for the lists that take ``cursor`` instead."""

from __future__ import annotations

import random
from typing import Any

from flexport_facade.testing._handlers.base import Ctx
from flexport_facade.testing._replies import SimError


def offset_page(ctx: Ctx, rows: list[Any], *, default_limit: int = 20) -> list[Any]:
    faults = ctx.world.faults
    limit = max(ctx.int_arg("limit", default_limit), 0)
    offset = max(ctx.int_arg("offset", 0), 0)
    served = min(limit, faults.page_cap)  # asked for 500, silently got 100
    page = rows[offset : offset + served]
    if faults.short_pages and len(page) > 1 and offset + len(page) < len(rows):
        # Seeded by position so a retry of the same page sees the same short page.
        rng = random.Random(offset * 7919 + served)
        if rng.random() < 0.5:
            page = page[: rng.randint(1, len(page) - 1)]
    return page


def id_cursor_page(
    ctx: Ctx, rows: dict[int, Any], *, cap: int = 100, default_limit: int = 20
) -> tuple[list[Any], dict[str, str]]:
    """A numeric-cursor list (``limit``, ``cursor``, ``direction``: the unstable Freight lists).

    ``forward`` (the default) serves ids after ``cursor`` in creation order, ``backward`` ids before
    it, newest first; past ``cap`` rows a page is cut silently. When rows remain, a Link
    ``rel="next"`` names the next page with the same limit (and the direction, when one was given),
    so the page list needs no next-cursor field (GetQuotesResponse and GetOrdersResponse have none).
    Returns the page's rows and its headers.
    """
    limit = ctx.int_arg("limit", default_limit)
    if limit < 1:
        raise SimError(400, f"limit must be at least 1, got {limit}")
    served = min(limit, cap)
    direction = ctx.arg("direction")
    backward = direction == "backward"
    cursor = ctx.arg("cursor")
    ids = sorted(rows, reverse=backward)
    if cursor:
        at = ctx.int_arg("cursor", 0)
        ids = [i for i in ids if (i < at if backward else i > at)]
    page = ids[:served]
    headers: dict[str, str] = {}
    if len(ids) > served:
        query: dict[str, str | int] = {"cursor": page[-1], "limit": served}
        if direction:
            query["direction"] = direction
        headers["link"] = f'<{ctx.url(**query)}>; rel="next"'
    return [rows[i] for i in page], headers
