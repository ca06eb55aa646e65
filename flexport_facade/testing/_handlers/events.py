"""GET /events: bare array, Link-header cursors, and the feed's quirks (field-facts §1.1, §10.1-4, 8, 9)."""

from __future__ import annotations

from flexport_facade.testing._cursors import BadCursor, decode_page_info, encode_page_info, ulid, ulid_ms
from flexport_facade.testing._handlers.base import Ctx, ok, route
from flexport_facade.testing._replies import Reply, SimError
from flexport_facade.testing._world import Event

EVENTS_CAP = 100


def link(ctx: Ctx, rel: str, page_info: str, limit: int) -> str:
    return f'<{ctx.url(page_info=page_info, limit=limit)}>; rel="{rel}"'


@route("GET", "/events")
async def get_events(ctx: Ctx) -> Reply:
    world, faults = ctx.world, ctx.world.faults
    limit = ctx.int_arg("limit", EVENTS_CAP)
    if limit >= faults.events_reject_limit:
        raise SimError(400, f"limit must be between 1 and {EVENTS_CAP}")
    served = max(min(limit, EVENTS_CAP), 1)
    page_info = ctx.arg("page_info")
    floor_ms = int((world.clock.now() - faults.retention_days * 86400) * 1000)
    event_type = ctx.arg("type")
    after_id = ulid(floor_ms, 0)
    if page_info:
        if faults.take("events_transient_400"):
            raise SimError(400, "Bad Request")  # load shedding: the same cursor works moments later
        try:
            cursor = decode_page_info(page_info)
            cursor_ms = ulid_ms(str(cursor.get("cursor", "")))
        except BadCursor as exc:
            raise SimError(400, f"invalid page_info: {exc}") from exc
        if any(abs(cursor_ms - p) <= faults.poison_window_ms for p in faults.poisoned_cursors):
            raise SimError(500, "Internal Server Error")  # sticky at this position (§10.8)
        event_type = cursor.get("type") or None  # the filter rides in the cursor
        # Before the retention floor: silently start at the floor.
        after_id = max(str(cursor["cursor"]).upper(), after_id)
    # after/since/start/end are accepted and ignored (§10.5).
    rows = [e for e in ctx.acct.events if e.ms >= floor_ms and (not event_type or e.type == event_type)]
    for name in ("orderId", "shipmentId"):
        value = ctx.arg(name)
        if value is not None:
            rows = [
                e
                for e in rows
                if e.payload.get(name) == value or (name == "shipmentId" and e.payload.get("id") == value)
            ]
    ids = set(ctx.args("ids"))
    if ids:
        rows = [e for e in rows if e.id in ids]
    offset = ctx.int_arg("offset", 0)
    if offset and not page_info:
        start = 0 if offset > faults.events_offset_freeze else offset  # deep offsets freeze (§10.4)
        page = rows[start : start + served]
        remaining = rows[start + served :]
    else:
        later = [e for e in rows if e.id > after_id]
        page, remaining = later[:served], later[served:]
    headers = {}
    if remaining and page:
        headers["link"] = link(ctx, "next", _cursor(page[-1], event_type), served)
    elif faults.link_prev_on_last_page and page:
        headers["link"] = link(ctx, "prev", _cursor(page[0], event_type), served)
    return ok([e.as_json() for e in page], headers=headers)


def _cursor(event: Event, event_type: str | None) -> str:
    return encode_page_info({"type": event_type or "", "cursor": event.id, "direction": "forward"})
