"""Pagination from cassettes: an offset walk over short pages and a cursor walk over /events."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from rec_target import SimControl

from flexport_facade import Flexport

pytestmark = pytest.mark.vcr

DIMENSIONS = {"weight": 1, "weightUnit": "lb", "height": 1, "width": 1, "length": 1, "lengthUnit": "in"}


def queries(sent: list[httpx.Request], suffix: str) -> list[dict[str, list[str]]]:
    return [
        parse_qs(urlsplit(str(r.url)).query)
        for r in sent
        if r.method == "GET" and r.url.path.endswith(suffix)
    ]


@pytest.mark.simulator_only  # seeds products and caps the page size with a fault
@pytest.mark.faults(page_cap=3)
def test_offset_walk_advances_by_rows_actually_served(fx: Flexport, sent: list[httpx.Request]) -> None:
    created = [
        fx.request(
            "POST",
            "/products",
            json={"name": f"Page {i}", "merchantSku": f"REC-PAGE-{i}", "dimensions": DIMENSIONS},
        ).json()["logisticsSku"]
        for i in range(7)
    ]
    # One request at a time: a cassette replays a fixed sequence, and with the sequential prefetch the
    # page after the empty one may or may not go out before the end of the walk cancels it.
    pager = fx.paginate(fx.products.get_products, limit=5, min_page_size=1, prefetch=False)
    skus = [p.logistics_sku for p in pager]
    assert skus == created  # every row once, in order, although each page was short (3 of 5)
    asked = [(q["offset"][0], q["limit"][0]) for q in queries(sent, "/products")]
    assert asked == [("0", "5"), ("3", "5"), ("6", "5"), ("7", "5")]


def test_cursor_walk_follows_link_page_info(fx: Flexport, sim: SimControl, sent: list[httpx.Request]) -> None:
    for i in range(7):  # while recording against the simulator; a live account has its own events
        sim.emit("Order.Shipped", {"id": f"rec-order-{i}", "orderId": f"rec-order-{i}"})
    events = list(fx.paginate(fx.events.get_events, limit=3, min_page_size=1, max_pages=4))
    ids = [e.id if hasattr(e, "id") else e["id"] for e in events]
    assert len(ids) > 3, "recording needs more than 3 events on the account to walk past one page"
    assert len(ids) == len(set(ids)) and len(ids) <= 12
    asked = queries(sent, "/events")
    assert asked[0] == {"limit": ["3"]}
    # After the first page only the cursor travels (it carries the filters), and each cursor differs.
    assert all(set(q) == {"limit", "page_info"} for q in asked[1:])
    cursors = [q["page_info"][0] for q in asked[1:]]
    assert len(cursors) == len(set(cursors))
    assert len(asked) >= 2
