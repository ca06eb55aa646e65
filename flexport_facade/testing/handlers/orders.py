"""D2C orders: created, auto-shipped after a delay, with Shipment.* and Order.* events (seed 000)."""

from __future__ import annotations

from flexport_facade.testing.handlers.base import Ctx, not_found, ok, route
from flexport_facade.testing.handlers.inbounds import line_items
from flexport_facade.testing.replies import Reply, SimError
from flexport_facade.testing.world import Account, Json, World

INVALID_ORDER_STATUS = 407001


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


def _ship(world: World, account: Account, order_id: str) -> None:
    order = account.orders[order_id]
    if status(order) != "CREATED":
        return
    now = world.clock.iso()
    for shipment in order["shipments"]:
        shipment.update(status="SHIPPED", shippedAt=now)
        world.emit(account, "Shipment.Shipped", _event_ids(order, shipment))
    for item in order["lineItems"]:
        account.stock(item["logisticsSku"])["onHand"] -= int(item["quantity"])
    _set_state(order, "SHIPPED", "SHIPPED", in_progress=False)
    order["cost"] = round(4.99 * len(order["shipments"]), 2)  # null until the order ships (§10.23)
    order.update(shippedAt=now, updatedAt=now)
    world.emit(account, "Order.Shipped", _event_ids(order))


def _schedule_ship(world: World, account: Account, order_id: str) -> None:
    world.at(world.faults.order_ship_after, lambda: _ship(world, account, order_id))


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
    now = world.clock.iso()
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
