"""D2C orders: created, auto-shipped after a delay, delivered later, with Shipment.* and Order.* events.

Every version: Order.Submitted and Shipment.Created at creation, Shipment.Shipped and Order.Shipped
when the sandbox ships the order (``order_ship_after``), and ``deliveredAt`` once it is delivered
(``order_deliver_after`` later; §10.23). Versions whose snapshot declares the 2026-02 lifecycle
events in x-webhooks also get Shipment.Submitted at creation, then PickingStarted, Packed and
Dispatched (Shipment.* per shipment, then Order.*) spread evenly on the way to Shipped, and
Shipment.Delivered / Order.Delivered on delivery. Payloads carry orderId and externalOrderId,
and ``id``: the shipment's on Shipment.* events, the order's on Order.* (seed 000, release notes).
"""

from __future__ import annotations

import functools

from flexport_facade.testing._handlers.base import Ctx, not_found, ok, route
from flexport_facade.testing._handlers.inbounds import line_items
from flexport_facade.testing._replies import Reply, SimError
from flexport_facade.testing._world import Account, Json, World

INVALID_ORDER_STATUS = 407001
# On the way to Shipped (2026-02 release notes), in order.
PRE_SHIP_STEPS = ("PickingStarted", "Packed", "Dispatched")


def status(order: Json) -> str:
    return str(order["state"]["internalStatus"])


def _set_state(order: Json, internal: str, external: str, *, in_progress: bool) -> None:
    order["state"] = {
        "fulfillmentDelayed": False,
        "fulfillmentInProgress": in_progress,
        "fulfillmentStatus": external,
        "internalStatus": internal,
    }


def _order_or_404(account: Account, order_id: str) -> Json:
    order = account.orders.get(order_id)
    if order is None:
        raise not_found(f"order {order_id}")
    return order


def _event_ids(order: Json, shipment: Json | None = None) -> dict[str, object]:
    # Order.* payloads carry the order id as ``id`` and ``orderId``; Shipment.* use ``id`` for the shipment.
    ids: dict[str, object] = {"orderId": order["id"], "externalOrderId": order["externalOrderId"]}
    return {"id": shipment["id"] if shipment is not None else order["id"], **ids}


def _emit_step(world: World, account: Account, order: Json, step: str) -> None:
    """Shipment.<step> for each shipment, then Order.<step>: each only if the version declares it."""
    if world.declares(f"Shipment.{step}"):
        for shipment in order["shipments"]:
            world.emit(account, f"Shipment.{step}", _event_ids(order, shipment))
    if world.declares(f"Order.{step}"):
        world.emit(account, f"Order.{step}", _event_ids(order))


def _current(account: Account, order_id: str, run: int, wanted: str) -> Json | None:
    """The order, if it is still in ``wanted`` status on the fulfilment run that set the timer."""
    order = account.orders[order_id]
    if status(order) != wanted or account.order_runs.get(order_id) != run:
        return None
    return order


def _step(world: World, account: Account, order_id: str, run: int, step: str) -> None:
    order = _current(account, order_id, run, "CREATED")
    if order is not None:
        _emit_step(world, account, order, step)


def _ship(world: World, account: Account, order_id: str, run: int) -> None:
    order = _current(account, order_id, run, "CREATED")
    if order is None:
        return
    now = world.iso()
    for shipment in order["shipments"]:
        shipment.update(status="SHIPPED", shippedAt=now)
        world.emit(account, "Shipment.Shipped", _event_ids(order, shipment))
    for item in order["lineItems"]:
        account.stock(item["logisticsSku"])["onHand"] -= int(item["quantity"])
    _set_state(order, "SHIPPED", "SHIPPED", in_progress=False)
    order["cost"] = round(4.99 * len(order["shipments"]), 2)  # null until the order ships (§10.23)
    order.update(shippedAt=now, updatedAt=now)
    world.emit(account, "Order.Shipped", _event_ids(order))
    world.at(world.faults.order_deliver_after, lambda: _deliver(world, account, order_id, run))


def _deliver(world: World, account: Account, order_id: str, run: int) -> None:
    order = _current(account, order_id, run, "SHIPPED")
    if order is None:
        return
    now = world.iso()
    _set_state(order, "DELIVERED", "DELIVERED", in_progress=False)
    order.update(deliveredAt=now, updatedAt=now)  # null until delivered (§10.23)
    _emit_step(world, account, order, "Delivered")


def _schedule_ship(world: World, account: Account, order_id: str) -> None:
    """Start a fulfilment run; timers left by an earlier run (before a cancel) stand down."""
    run = account.order_runs[order_id] = account.order_runs.get(order_id, 0) + 1
    after = world.faults.order_ship_after
    for n, step in enumerate(PRE_SHIP_STEPS, start=1):
        at = after * n / (len(PRE_SHIP_STEPS) + 1)
        world.at(at, functools.partial(_step, world, account, order_id, run, step))
    world.at(after, lambda: _ship(world, account, order_id, run))


@route("POST", "/orders")
async def create_order(ctx: Ctx) -> Reply:
    body = ctx.json_body()
    account, world = ctx.acct, ctx.world
    external = str(body.get("externalOrderId", ""))
    if external and any(o["externalOrderId"] == external for o in account.orders.values()):
        raise SimError(409, f"Order with externalOrderId {external} already exists; use idempotency-key")
    items = line_items(body)
    for sku, qty in items:
        if sku not in account.products:
            raise SimError(422, f"unknown logisticsSku {sku}")
        if account.stock(sku)["available"] < qty:
            raise SimError(422, f"insufficient inventory for {sku}")
    for sku, qty in items:
        account.stock(sku)["available"] -= qty
    order_id = str(world.next_id())
    now = world.iso()
    lines = [{"logisticsSku": s, "quantity": q} for s, q in items]
    # One order can fan out into several shipments, each with its own Shipment.Created (§10.10).
    shipments = [
        {
            "id": str(world.next_id()),
            "status": "CREATED",
            "packages": [],
            "lineItems": [],
            "warehouseId": "RNO1",
            "createdAt": now,
        }
        for _ in range(max(world.faults.split_shipments, 1))
    ]
    order: Json = {
        "id": order_id,
        "externalOrderId": external,
        "address": body.get("address"),
        "lineItems": lines,
        "shipments": shipments,
        "cost": None,
        "deliveredAt": None,
        "shippedAt": None,
        "createdAt": now,
        "updatedAt": now,
    }
    _set_state(order, "CREATED", "ROUTING_IN_PROGRESS", in_progress=True)
    account.orders[order_id] = order
    world.emit(account, "Order.Submitted", _event_ids(order))
    for shipment in shipments:
        world.emit(account, "Shipment.Created", _event_ids(order, shipment))
    if world.declares("Shipment.Submitted"):
        for shipment in shipments:
            world.emit(account, "Shipment.Submitted", _event_ids(order, shipment))
    _schedule_ship(world, account, order_id)
    return ok(order, 201)


@route("GET", "/orders/{}")
async def get_order(ctx: Ctx) -> Reply:
    return ok(_order_or_404(ctx.acct, ctx.param()))


@route("GET", "/orders/external_id/{}")
async def get_order_by_external_id(ctx: Ctx) -> Reply:
    external = ctx.param()  # already percent-decoded: Shopify names may hold "/"
    for order in ctx.acct.orders.values():
        if order["externalOrderId"] == external:
            return ok(order)
    raise not_found(f"order with externalOrderId {external}")


@route("POST", "/orders/{}/cancel")
async def cancel_order(ctx: Ctx) -> Reply:
    account, world = ctx.acct, ctx.world
    order = _order_or_404(account, ctx.param())
    if status(order) != "CREATED":
        raise SimError(400, f"order {order['id']} is {status(order)}", code=INVALID_ORDER_STATUS)
    _set_state(order, "CANCELLED", "STOPPED", in_progress=False)
    for item in order["lineItems"]:
        account.stock(item["logisticsSku"])["available"] += int(item["quantity"])
    for shipment in order["shipments"]:
        shipment["status"] = "CANCELLED"
        world.emit(account, "Shipment.Cancelled", _event_ids(order, shipment))
    world.emit(account, "Order.Cancelled", _event_ids(order))
    return ok(order)


@route("POST", "/orders/{}/retry")
async def retry_order(ctx: Ctx) -> Reply:
    account, world = ctx.acct, ctx.world
    order = _order_or_404(account, ctx.param())
    if status(order) != "CANCELLED":
        raise SimError(
            400,
            f"order {order['id']} is {status(order)}; only Canceled orders retry",
            code=INVALID_ORDER_STATUS,
        )
    _set_state(order, "CREATED", "ROUTING_IN_PROGRESS", in_progress=True)
    for shipment in order["shipments"]:
        shipment["status"] = "CREATED"
    _schedule_ship(world, account, order["id"])
    return ok(order)
