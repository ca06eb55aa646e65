"""GET /warehouses/active: warehouse codes, filtered by countryCode."""

from __future__ import annotations

from flexport_facade.testing._handlers.base import Ctx, ok, route
from flexport_facade.testing._replies import Reply

WAREHOUSES = {"US": ["ATL1", "LAX2", "RNO1"], "NL": ["AMS1"]}


@route("GET", "/warehouses/active")
async def active_warehouses(ctx: Ctx) -> Reply:
    country = ctx.arg("countryCode")
    if country:
        return ok(list(WAREHOUSES.get(country, [])))
    return ok([code for codes in WAREHOUSES.values() for code in codes])
