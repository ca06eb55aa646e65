"""Offset pages with the field's silent clamp and occasional short pages (field-facts §10.6)."""

from __future__ import annotations

import random
from typing import Any

from flexport_facade.testing._handlers.base import Ctx


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
