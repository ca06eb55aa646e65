"""Freight orders (unstable): book a quote, follow the order and its bill of lading, cancel it.

Booking (pallets: LTL, trucks: FTL, containers: drayage) takes a quote of the same mode that is
CREATED and not past its ``expiresAt``; a quote that is unknown, of another mode, INELIGIBLE,
expired, or for another lane (ZIP codes) is 422, one already booked is 409. The order is BOOKED and
then TENDERED, IN_PROGRESS and COMPLETED, one step every ``Faults.freight_step_after`` seconds
(OrderStatus values; the order and its timing are the simulator's choice). Until it is picked up
(IN_PROGRESS) it can be cancelled; cancelling again, or later, is 409.

Each order has a bill of lading: ``customerBolId`` (issued here) and, for drayage, the caller's
``masterBolId``; GET /freight/tracking_events/{bolId} answers for either, with one tracking event
per step: CREATED, TENDERED, PICKED_UP (bolStatus IN_TRANSIT), DELIVERED, or CANCELLED; each step
also emits Freight.TrackingUpdated where the version declares it. Document URLs are placeholders on
example.com (RFC 2606).
"""

from __future__ import annotations

from typing import Any

from flexport_facade.testing._handlers.base import Ctx, by_numeric_id, not_found, numeric_id, ok, route
from flexport_facade.testing._handlers.freight_quotes import PORTS, finite_sum
from flexport_facade.testing._handlers.paging import id_cursor_page
from flexport_facade.testing._replies import Reply, SimError
from flexport_facade.testing._world import Account, Json, World

# order status -> (next status, its tracking eventType, its bolStatus)
STEPS = {
    "BOOKED": ("TENDERED", "TENDERED", "TENDERED"),
    "TENDERED": ("IN_PROGRESS", "PICKED_UP", "IN_TRANSIT"),
    "IN_PROGRESS": ("COMPLETED", "DELIVERED", "DELIVERED"),
}
CANCELLABLE = {"BOOKED", "TENDERED"}
CARRIER = "Simulated Freight Lines"
DOCUMENTS = {
    "LTL": ("CUSTOMER_BOL", "PALLET_LABELS"),
    "FTL": ("CUSTOMER_BOL", "PALLET_LABELS"),
    "DRAYAGE": ("CUSTOMER_BOL", "DELIVERY_ORDER", "PACKING_LIST"),
}
DOCUMENT_HOST = "https://documents.example.com"
DEFAULT_WINDOW = ("08:00", "17:00")
BOOKING_PATHS = {"LTL": "pallets", "FTL": "trucks", "DRAYAGE": "containers"}


# -- booking ---------------------------------------------------------------------------------------
def _bookable(ctx: Ctx, body: dict[str, Any], mode: str) -> Json:
    """The quote ``body`` books, or the 4xx saying why it cannot be booked."""
    raw = body.get("quoteId")
    quote_id = numeric_id(str(raw)) if isinstance(raw, int | float) and not isinstance(raw, bool) else None
    quote = ctx.acct.freight_quotes.get(quote_id) if quote_id is not None else None
    if quote is None:
        raise SimError(
            422, f"quoteId {raw!r} is not a quote of this account; create one under /freight/quotes"
        )
    if quote["type"] != mode:
        fits = BOOKING_PATHS[quote["type"]]
        raise SimError(
            422, f"quote {quote_id} is a {quote['type']} quote; book it with POST /freight/orders/{fits}"
        )
    if quote["status"] == "BOOKED":
        booked = next(
            r["order"]["id"] for r in ctx.acct.freight_orders.values() if r["order"]["quoteId"] == quote_id
        )
        raise SimError(409, f"quote {quote_id} is already booked by order {booked}")
    if quote["status"] == "INELIGIBLE":
        raise SimError(
            422, f"quote {quote_id} is INELIGIBLE: the load does not fit {mode}; quote another mode"
        )
    if ctx.world.clock.iso(ctx.world.now()) > quote["expiresAt"]:
        raise SimError(422, f"quote {quote_id} expired at {quote['expiresAt']}; request a new quote")
    # A drayage pickup is the port, not an address of the quote's.
    for side in ("deliveryDetails",) if mode == "DRAYAGE" else ("pickupDetails", "deliveryDetails"):
        given = str((body[side].get("address") or {}).get("zip", ""))
        quoted = str(quote[side].get("zip", ""))
        if given != quoted:
            raise SimError(
                422, f"{side}.address.zip {given!r} is not the quote's {quoted!r}; quote the new lane first"
            )
    return quote


def _common(world: World, body: dict[str, Any], quote: Json, mode: str) -> Json:
    order: Json = {
        "id": world.next_id(),
        "quoteId": quote["id"],
        "type": mode,
        "status": "BOOKED",
        "createdAt": world.iso(),
        "deliveryDetails": body["deliveryDetails"],
    }
    for name in ("commodityDescription", "customerReferenceNumber"):
        if body.get(name) is not None:
            order[name] = body[name]
    return order


def _book(ctx: Ctx, order: Json, quote: Json, pickup: Json, pallets: float | None) -> Reply:
    world, account = ctx.world, ctx.acct
    quote["status"] = "BOOKED"
    order_id = int(order["id"])
    record: Json = {
        "order": order,
        "bolIds": {f"BOL{order_id}"},
        "pickup": pickup,
        "delivery": _stop(order["deliveryDetails"], None, order["createdAt"]),
        "events": [],
        "totalPallets": pallets,
        "booked": world.now(),
    }
    master = order.get("drayageOrderItem", {}).get("masterBolId")
    if master:
        record["bolIds"].add(str(master))
    account.freight_orders[order_id] = record
    _track(world, account, record, "CREATED", "CREATED")
    world.at(world.faults.freight_step_after, lambda: _advance(world, account, order_id))
    return ok(order)


@route("POST", "/freight/orders/pallets")
async def create_pallets_order(ctx: Ctx) -> Reply:
    body = ctx.json_body()
    quote = _bookable(ctx, body, "LTL")
    order = _common(ctx.world, body, quote, "LTL")
    bol = f"BOL{order['id']}"
    order["pickupDetails"] = body["pickupDetails"]
    order["ltlOrderItem"] = {
        "cost": quote["ltlQuoteItem"]["totalCost"],
        "customerBolId": bol,
        "pallets": body["pallets"],
    }
    pallets = finite_sum([p.get("palletCount") for p in body["pallets"] if isinstance(p, dict)])
    pickup = _stop(body["pickupDetails"], None, order["createdAt"])
    return _book(ctx, order, quote, pickup, pallets)


@route("POST", "/freight/orders/trucks")
async def create_trucks_order(ctx: Ctx) -> Reply:
    body = ctx.json_body()
    quote = _bookable(ctx, body, "FTL")
    order = _common(ctx.world, body, quote, "FTL")
    order["pickupDetails"] = body["pickupDetails"]
    order["ftlOrderItem"] = {
        "cost": quote["ftlQuoteItem"]["totalCost"],
        "customerBolId": f"BOL{order['id']}",
        "palletCount": body["palletCount"],
        "totalWeight": body["totalWeight"],
        "weightUnit": "lb",
    }
    pickup = _stop(body["pickupDetails"], None, order["createdAt"])
    return _book(ctx, order, quote, pickup, float(body["palletCount"]))


@route("POST", "/freight/orders/containers")
async def create_containers_order(ctx: Ctx) -> Reply:
    body = ctx.json_body()
    port = next((p for p in PORTS if p["id"] == body.get("portId")), None)
    if port is None:
        known = ", ".join(str(p["id"]) for p in PORTS)
        raise SimError(
            422, f"portId {body.get('portId')!r} is not a drayage port; GET /freight/ports lists {known}"
        )
    quote = _bookable(ctx, body, "DRAYAGE")
    order = _common(ctx.world, body, quote, "DRAYAGE")
    bol = f"BOL{order['id']}"
    item: Json = {
        "cost": quote["drayageQuoteItem"]["totalCost"],
        "masterBolId": body["masterBolId"],
        "containerId": body["containerId"],
        "customerBolId": bol,
    }
    for name in ("packageType", "packages"):
        if body.get(name) is not None:
            item[name] = body[name]
    order.update(portId=port["id"], drayageOrderItem=item)
    if "transloadQuoteItem" in quote:  # a long haul: the quote's extra legs become order items
        weight = (
            finite_sum([p.get("weight") for p in body.get("packages") or [] if isinstance(p, dict)]) or 0.0
        )
        order["transloadOrderItem"] = {"cost": quote["transloadQuoteItem"]["totalCost"], "customerBolId": bol}
        order["ftlOrderItem"] = {
            "cost": quote["ftlQuoteItem"]["totalCost"],
            "customerBolId": bol,
            "totalWeight": weight,
            "weightUnit": "lb",
        }
    pickup = _stop({"address": _port_address(port)}, port["name"], order["createdAt"])
    return _book(ctx, order, quote, pickup, None)


# -- the lifecycle -------------------------------------------------------------------------------
def _advance(world: World, account: Account, order_id: int) -> None:
    record = account.freight_orders[order_id]
    step = STEPS.get(record["order"]["status"])
    if step is None:  # cancelled or completed: the timer stands down
        return
    record["order"]["status"], event_type, bol_status = step
    _track(world, account, record, event_type, bol_status)
    if record["order"]["status"] in STEPS:
        world.at(world.faults.freight_step_after, lambda: _advance(world, account, order_id))


def _track(world: World, account: Account, record: Json, event_type: str, bol_status: str) -> None:
    event: Json = {"occurredAt": world.iso(), "eventType": event_type, "bolStatus": bol_status}
    where = record["delivery"] if bol_status == "DELIVERED" else record["pickup"]
    event["address"] = where["address"]
    record["events"].append(event)
    if world.declares("Freight.TrackingUpdated"):
        for bol in sorted(record["bolIds"]):
            world.emit(account, "Freight.TrackingUpdated", {"bolId": bol, **tracking(world, record)})


def tracking(world: World, record: Json) -> Json:
    """The FreightTrackingInfo view of an order: pickup two steps after booking, delivery three."""
    order, events = record["order"], record["events"]
    step = world.faults.freight_step_after
    info: Json = {
        "mode": order["type"],
        "bolStatus": events[-1]["bolStatus"],
        "events": [dict(e) for e in events],
        "updatedAt": events[-1]["occurredAt"],
        "pickupDetails": record["pickup"],
        "deliveryDetails": record["delivery"],
        "carrierName": CARRIER,
        "estimatedPickupTime": world.clock.iso(record["booked"] + 2 * step),
        "estimatedDeliveryTime": world.clock.iso(record["booked"] + 3 * step),
    }
    if record["totalPallets"] is not None:
        info["totalPallets"] = record["totalPallets"]
    return info


def _port_address(port: Json) -> Json:
    return {
        "company": port["name"],
        "street1": port["street1"],
        "street2": port["street2"],
        "city": port["city"],
        "state": port["stateOrProvince"],
        "zip": port["postalCode"],
        "country": port["country"],
    }


def _stop(details: Json, name: str | None, created: str) -> Json:
    """A FreightStopDetails from an order's pickup or delivery details (address plus contact)."""
    address = details.get("address") or {}
    contact = details.get("contact") or {}
    person = " ".join(str(contact[k]) for k in ("firstName", "lastName") if contact.get(k))
    stop_address: Json = {
        "name": name or address.get("company") or person or "Receiving",
        **{
            k: address[k]
            for k in ("street1", "street2", "city", "zip", "state", "country", "company")
            if address.get(k)
        },
    }
    for key in ("phone", "email"):
        if contact.get(key):
            stop_address[key] = contact[key]
    hours = address.get("workingHours") or {}
    day = str(details.get("cargoReadyDate") or created)[:10]
    window = {
        "date": day,
        "startTime": str(hours.get("startTime") or DEFAULT_WINDOW[0]),
        "endTime": str(hours.get("endTime") or DEFAULT_WINDOW[1]),
    }
    return {"address": stop_address, "appointmentWindow": window}


# -- reading and cancelling ----------------------------------------------------------------------
def _order_or_404(account: Account, raw: str) -> Json:
    record: Json = by_numeric_id(account.freight_orders, raw, "freight order")
    return record


@route("GET", "/freight/orders")
async def get_freight_orders(ctx: Ctx) -> Reply:
    orders = {order_id: record["order"] for order_id, record in ctx.acct.freight_orders.items()}
    rows, headers = id_cursor_page(ctx, orders)
    return ok({"orders": rows}, headers=headers)


@route("GET", "/freight/orders/{}")
async def get_freight_order(ctx: Ctx) -> Reply:
    return ok(_order_or_404(ctx.acct, ctx.param())["order"])


@route("POST", "/freight/orders/{}/cancel")
async def cancel_freight_order(ctx: Ctx) -> Reply:
    record = _order_or_404(ctx.acct, ctx.param())
    order = record["order"]
    if order["status"] not in CANCELLABLE:
        already = order["status"] == "CANCELLED"
        why = "is already cancelled" if already else f"is {order['status']} and can no longer be cancelled"
        raise SimError(409, f"freight order {order['id']} {why}")
    order["status"] = "CANCELLED"
    _track(ctx.world, ctx.acct, record, "CANCELLED", "CANCELLED")
    return ok(None, 204)


@route("GET", "/freight/orders/{}/documents")
async def get_order_documents(ctx: Ctx) -> Reply:
    order = _order_or_404(ctx.acct, ctx.param())["order"]
    documents = [
        {"type": kind, "url": f"{DOCUMENT_HOST}/freight/{order['id']}/{kind.lower()}.pdf"}
        for kind in DOCUMENTS[order["type"]]
    ]
    return ok({"documents": documents})


@route("GET", "/freight/tracking_events/{}")
async def get_bol_tracking(ctx: Ctx) -> Reply:
    bol = ctx.param()
    for record in ctx.acct.freight_orders.values():
        if bol in record["bolIds"]:
            return ok(tracking(ctx.world, record))
    raise not_found(f"bill of lading {bol}")
