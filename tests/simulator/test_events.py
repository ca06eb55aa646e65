"""GET /events: Link cursors, the cursor format, limits, retention, dead cursors, load shedding."""

from __future__ import annotations

import re
from typing import Any

import httpx

from flexport_facade.testing._cursors import decode_page_info, encode_page_info, ulid, ulid_ms


def emit(admin: httpx.Client, count: int, event_type: str = "Order.Shipped") -> None:
    for n in range(count):
        admin.post("/events", json={"type": event_type, "payload": {"orderId": str(n)}})
        admin.post("/clock/advance", json={"seconds": 1})


def next_page_info(response: httpx.Response) -> str | None:
    found = re.search(r'<([^>]*)>;\s*rel="next"', response.headers.get("link", ""))
    if not found:
        return None
    return httpx.URL(found.group(1)).params["page_info"]


def test_link_header_walk_with_type_carried_by_cursor(
    api: httpx.Client, admin: httpx.Client, conforms: Any
) -> None:
    emit(admin, 5)
    emit(admin, 2, "Shipment.Created")
    first = conforms(api.get("/events", params={"type": "Order.Shipped", "limit": 2}))
    assert first.status_code == 200 and len(first.json()) == 2
    ids = [e["id"] for e in first.json()]
    page_info = next_page_info(first)
    assert page_info and "=" not in page_info
    decoded = decode_page_info(page_info)
    assert decoded["type"] == "Order.Shipped" and decoded["direction"] == "forward"
    assert len(decoded["cursor"]) == 26
    while page_info:
        page = api.get("/events", params={"limit": 2, "page_info": page_info})  # no type re-sent
        assert all(e["type"] == "Order.Shipped" for e in page.json())
        ids += [e["id"] for e in page.json()]
        page_info = next_page_info(page)
    assert len(ids) == len(set(ids)) == 5
    assert ids == sorted(ids)  # forward in time


def test_limit_rules(api: httpx.Client, admin: httpx.Client) -> None:
    emit(admin, 3)
    assert api.get("/events", params={"limit": 250}).status_code == 400
    assert api.get("/events", params={"limit": 180}).status_code == 200  # served as 100


def test_hand_made_cursor_before_floor_snaps_to_floor(api: httpx.Client, admin: httpx.Client) -> None:
    emit(admin, 2)
    ancient = encode_page_info({"type": "", "cursor": ulid(0, 0), "direction": "forward"})
    response = api.get("/events", params={"page_info": ancient})
    assert response.status_code == 200 and len(response.json()) == 2


def test_events_older_than_retention_are_gone(api: httpx.Client, admin: httpx.Client) -> None:
    emit(admin, 1)
    admin.post("/clock/advance", json={"seconds": 366 * 86400})
    emit(admin, 1)
    assert len(api.get("/events").json()) == 1


def test_poisoned_cursor_500s_every_retry_but_a_later_one_works(
    api: httpx.Client, admin: httpx.Client
) -> None:
    emit(admin, 4)
    page_info = next_page_info(api.get("/events", params={"limit": 1}))
    assert page_info
    admin.post("/cursors/poison", json={"page_info": page_info})
    for _ in range(3):
        assert api.get("/events", params={"page_info": page_info, "limit": 1}).status_code == 500
    later_ms = ulid_ms(decode_page_info(page_info)["cursor"]) + 15 * 60 * 1000
    nudged = encode_page_info({"type": "", "cursor": ulid(later_ms, 0), "direction": "forward"})
    assert api.get("/events", params={"page_info": nudged}).status_code == 200


def test_transient_400_then_same_cursor_works(api: httpx.Client, admin: httpx.Client) -> None:
    emit(admin, 3)
    page_info = next_page_info(api.get("/events", params={"limit": 1}))
    admin.post("/faults", json={"events_transient_400": 2})
    codes = [api.get("/events", params={"page_info": page_info, "limit": 1}).status_code for _ in range(3)]
    assert codes == [400, 400, 200]


def test_deep_offset_freezes_on_the_oldest_slice(api: httpx.Client, admin: httpx.Client) -> None:
    emit(admin, 6)
    admin.post("/faults", json={"events_offset_freeze": 2})
    oldest = api.get("/events", params={"limit": 2}).json()
    assert api.get("/events", params={"limit": 2, "offset": 2}).json() != oldest
    assert api.get("/events", params={"limit": 2, "offset": 4}).json() == oldest


def test_last_page_may_carry_only_prev(api: httpx.Client, admin: httpx.Client) -> None:
    emit(admin, 1)
    admin.post("/faults", json={"link_prev_on_last_page": True})
    response = api.get("/events")
    assert 'rel="prev"' in response.headers["link"] and next_page_info(response) is None
