"""Freight quotes and ports (unstable): quote pallets (LTL), a truck (FTL) or containers (drayage).

A quote is CREATED, or INELIGIBLE when the load does not fit its mode (more than ``LTL_MAX_PALLETS``
pallets for LTL; more than ``FTL_MAX_PALLETS`` pallets or ``FTL_MAX_LB`` for one truck); booking an
order from it makes it BOOKED (QuoteStatus). It can be booked until its ``expiresAt``
(``Faults.freight_quote_valid_for`` after it was made). A drayage quote whose delivery is in another
ZIP region than its pickup gains transload and FTL items, as the Ruby client's notes on the
operation say long hauls do. Prices, transit days and the limits are the simulator's choice.

Lists take ``limit``, ``cursor`` and ``direction`` (``paging.id_cursor_page``).
"""

from __future__ import annotations

import math
from typing import Any

from flexport_facade.testing._handlers.base import Ctx, by_numeric_id, ok, route
from flexport_facade.testing._handlers.paging import id_cursor_page
from flexport_facade.testing._replies import Reply, SimError
from flexport_facade.testing._world import Account, Json, World

LTL_MAX_PALLETS = 6
FTL_MAX_PALLETS = 26
FTL_MAX_LB = 45_000.0
DRAYAGE_COST = 725.0
TRANSLOAD_COST = 275.0
REGION_MILES = 400  # a step between ZIP regions (the first digit), for prices and transit days
MAX_COUNT = 1000  # pallets in one request; past this it is not one shipment

# GetFreightPorts: a few US container ports (public addresses; the ids are their UN/LOCODEs).
PORTS: list[Json] = [
    {"id": "USLAX", "name": "Port of Los Angeles", "street1": "425 S Palos Verdes St", "street2": "",
     "city": "San Pedro", "stateOrProvince": "CA", "postalCode": "90731", "country": "US"},
    {"id": "USLGB", "name": "Port of Long Beach", "street1": "415 W Ocean Blvd", "street2": "",
     "city": "Long Beach", "stateOrProvince": "CA", "postalCode": "90802", "country": "US"},
    {"id": "USOAK", "name": "Port of Oakland", "street1": "530 Water St", "street2": "",
     "city": "Oakland", "stateOrProvince": "CA", "postalCode": "94607", "country": "US"},
    {"id": "USSEA", "name": "Port of Seattle", "street1": "2711 Alaskan Way", "street2": "Pier 69",
     "city": "Seattle", "stateOrProvince": "WA", "postalCode": "98121", "country": "US"},
    {"id": "USSAV", "name": "Port of Savannah", "street1": "2 Main St", "street2": "",
     "city": "Garden City", "stateOrProvince": "GA", "postalCode": "31408", "country": "US"},
]  # fmt: skip


def _region(details: Any) -> int | None:
    zip_code = str(details.get("zip", "")) if isinstance(details, dict) else ""
    first = zip_code[:1]
    return int(first) if first.isascii() and first.isdigit() else None  # "³".isdigit() too


def _miles(body: dict[str, Any]) -> int:
    start, end = _region(body.get("pickupDetails")), _region(body.get("deliveryDetails"))
    if start is None or end is None:
        return REGION_MILES  # a ZIP that is not a US one: priced as one region away
    return abs(start - end) * REGION_MILES + 50


def _days(miles: int) -> int:
    return 1 + miles // 500


def _truck_cost(miles: int) -> float:
    return round(850 + 2.1 * miles, 2)


def _count(body: dict[str, Any], name: str) -> int:
    value = body.get(name)
    if isinstance(value, int | float) and not isinstance(value, bool) and 1 <= value <= MAX_COUNT:
        return math.ceil(value)
    raise SimError(422, f"{name} must be a number from 1 to {MAX_COUNT}, got {value!r}")


def finite_sum(values: list[Any]) -> float | None:
    """The sum of the numbers among ``values``, or None when it is not a finite number."""
    total = math.fsum(float(v) for v in values if isinstance(v, int | float) and not isinstance(v, bool))
    return total if math.isfinite(total) else None


def _quote(world: World, account: Account, body: dict[str, Any], mode: str, item: tuple[str, Json]) -> Json:
    created = world.now()
    quote: Json = {
        "id": world.next_id(),
        "type": mode,
        "status": "CREATED",
        "createdAt": world.clock.iso(created),
        "expiresAt": world.clock.iso(created + world.faults.freight_quote_valid_for),
        "pickupDetails": body["pickupDetails"],
        "deliveryDetails": body["deliveryDetails"],
        item[0]: item[1],
    }
    account.freight_quotes[quote["id"]] = quote
    return quote


@route("POST", "/freight/quotes/pallets")
async def create_pallets_quote(ctx: Ctx) -> Reply:
    body = ctx.json_body()
    pallets, miles = _count(body, "palletCount"), _miles(body)
    unit = round(120 + 0.45 * miles, 2)
    item = {
        "palletCount": pallets,
        "unitCost": unit,
        "totalCost": round(unit * pallets, 2),
        "originalCost": round(unit * pallets, 2),
        "transitDays": _days(miles) + 1,  # LTL stops along the way
    }
    quote = _quote(ctx.world, ctx.acct, body, "LTL", ("ltlQuoteItem", item))
    if pallets > LTL_MAX_PALLETS:
        quote["status"] = "INELIGIBLE"
    return ok(quote)


@route("POST", "/freight/quotes/trucks")
async def create_truck_quote(ctx: Ctx) -> Reply:
    body = ctx.json_body()
    pallets, miles = _count(body, "palletCount"), _miles(body)
    weight = body.get("totalWeight")
    total = _truck_cost(miles)
    item: Json = {
        "palletCount": pallets,
        "totalCost": total,
        "originalCost": total,
        "transitDays": _days(miles),
    }
    if isinstance(weight, int | float) and not isinstance(weight, bool):
        item.update(totalWeight=weight, weightUnit="lb")
    quote = _quote(ctx.world, ctx.acct, body, "FTL", ("ftlQuoteItem", item))
    too_heavy = isinstance(weight, int | float) and weight > FTL_MAX_LB
    if pallets > FTL_MAX_PALLETS or too_heavy:
        quote["status"] = "INELIGIBLE"
    return ok(quote)


@route("POST", "/freight/quotes/containers")
async def create_containers_quote(ctx: Ctx) -> Reply:
    body = ctx.json_body()
    miles = _miles(body)
    long_haul = _region(body["pickupDetails"]) != _region(body["deliveryDetails"])
    # The drayage leg is local (port to a nearby door or transload site); a long haul adds legs.
    drayage: Json = {"totalCost": DRAYAGE_COST, "originalCost": DRAYAGE_COST, "transitDays": 1}
    for name in ("packageCount", "packageType"):
        if body.get(name) is not None:
            drayage[name] = body[name]
    quote = _quote(ctx.world, ctx.acct, body, "DRAYAGE", ("drayageQuoteItem", drayage))
    if long_haul:
        quote["transloadQuoteItem"] = {
            "totalCost": TRANSLOAD_COST,
            "originalCost": TRANSLOAD_COST,
            "transitDays": 1,
        }
        truck = _truck_cost(miles)
        quote["ftlQuoteItem"] = {
            "palletCount": FTL_MAX_PALLETS,
            "totalCost": truck,
            "originalCost": truck,
            "transitDays": _days(miles),
        }
    return ok(quote)


@route("GET", "/freight/quotes/{}")
async def get_quote(ctx: Ctx) -> Reply:
    return ok(by_numeric_id(ctx.acct.freight_quotes, ctx.param(), "quote"))


@route("GET", "/freight/quotes")
async def get_quotes(ctx: Ctx) -> Reply:
    rows, headers = id_cursor_page(ctx, ctx.acct.freight_quotes)
    return ok({"quotes": rows}, headers=headers)


@route("GET", "/freight/ports")
async def get_freight_ports(ctx: Ctx) -> Reply:
    return ok({"ports": [dict(port) for port in PORTS]})
