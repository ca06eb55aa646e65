"""B2B outbounds (/orders/rs) through the status lifecycle of seed 000's tables."""

from __future__ import annotations

from typing import Any

from flexport_facade.testing._handlers.base import Ctx, not_found, ok, route
from flexport_facade.testing._handlers.orders import INVALID_ORDER_STATUS
from flexport_facade.testing._replies import Reply, SimError
from flexport_facade.testing._world import Account, Json, World

# status -> (next status, shipment status on entering it, events to emit on entering it)
_STEPS: dict[str, tuple[str, str | None, tuple[str, ...]]] = {
    "PLANNED": ("BOOKED", "CREATED", ("Shipment.Submitted",)),
    "BOOKED": ("IN_PROGRESS", "WAREHOUSE", ()),
    "IN_PROGRESS": ("TENDERED", "SHIPPED", ("Shipment.Shipped", "Order.Shipped")),
    "TENDERED": ("COMPLETED", None, ("Shipment.Delivered", "Order.Delivered")),
}
CANCELLABLE = {"PLANNED", "BOOKED"}


def _resolve_sku(account: Account, item: dict[str, Any]) -> str | None:
    sku = item.get("logisticsSku")
    if isinstance(sku, str):
        return sku if sku in account.products else None
    data = item.get("productData") or {}
    for product in account.products.values():  # productData fallback: merchant SKU lookup
        if data.get("sku") and product.get("merchantSku") == data.get("sku"):
            return str(product["logisticsSku"])
    return None


def _emit(world: World, account: Account, order: Json, event_type: str) -> None:
    base: dict[str, Any] = {"orderId": order["orderId"], "externalOrderId": order.get("externalId")}
    if event_type.startswith("Shipment."):
        for shipment in order["shipments"]:
            world.emit(account, event_type, {"id": shipment["shipmentId"], **base})
    else:
        world.emit(account, event_type, {"id": order["orderId"], **base})


def _advance(world: World, account: Account, order_id: str) -> None:
    order = account.outbounds[order_id]
    step = _STEPS.get(order["orderStatus"])
    if step is None:
        return
    target, shipment_status, events = step
    if target == "BOOKED":
        order["shipments"] = [
            {
                "shipmentId": str(world.next_id()),
                "status": "CREATED",
                "shipmentItems": list(order["orderItems"]),
            }
        ]
    if target == "TENDERED":
        for item in order["orderItems"]:
            if item.get("logisticsSku"):
                account.stock(item["logisticsSku"])["onHand"] -= int(item.get("quantity", 0))
    order["orderStatus"] = target
    for shipment in order["shipments"]:
        if shipment_status:
            shipment["status"] = shipment_status
    for event in events:
        _emit(world, account, order, event)
    if target != "COMPLETED":
        world.at(world.faults.outbound_step_after, lambda: _advance(world, account, order_id))


@route("POST", "/orders/rs")
async def create_outbound(ctx: Ctx) -> Reply:
    body = ctx.json_body()
    account, world = ctx.acct, ctx.world
    external = body.get("externalId")
    if external and any(o.get("externalId") == external for o in account.outbounds.values()):
        raise SimError(409, f"Order with externalId {external} already exists; use idempotency-key")
    order_id = str(world.next_id())
    items = [dict(item) for item in body.get("orderItems", []) if isinstance(item, dict)]
    status = "PLANNED"
    for item in items:
        sku = _resolve_sku(account, item)
        qty = int(item.get("quantity", 0))
        if sku is None or account.stock(sku)["available"] < qty:
            status = "ERROR"  # unresolvable product or short inventory: terminal, no API retry
        else:
            item["logisticsSku"] = sku
    if status != "ERROR":
        for item in items:
            account.stock(item["logisticsSku"])["available"] -= int(item.get("quantity", 0))
    order: Json = {
        "orderId": order_id,
        "externalId": external,
        "type": body.get("type", "B2B"),
        "orderStatus": status,
        "orderItems": items,
        "shipments": [],
        "shipBy": body.get("shipBy"),
        "notes": body.get("notes"),
        "locationId": "RS1",
    }
    account.outbounds[order_id] = order
    if status != "ERROR":
        _emit(world, account, order, "Order.Submitted")
        world.at(world.faults.outbound_step_after, lambda: _advance(world, account, order_id))
    return ok(order, 201)


def _outbound_or_404(account: Account, order_id: str) -> Json:
    order = account.outbounds.get(order_id)
    if order is None:
        raise not_found(f"order {order_id}")
    return order


@route("GET", "/orders/rs/{}")
async def get_outbound(ctx: Ctx) -> Reply:
    return ok(_outbound_or_404(ctx.acct, ctx.param()))


@route("GET", "/orders/rs/external_id/{}")
async def get_outbound_by_external_id(ctx: Ctx) -> Reply:
    external = ctx.param()
    for order in ctx.acct.outbounds.values():
        if order.get("externalId") == external:
            return ok(order)
    raise not_found(f"order with externalId {external}")


@route("POST", "/orders/rs/{}/cancel")
async def cancel_outbound(ctx: Ctx) -> Reply:
    account, world = ctx.acct, ctx.world
    order = _outbound_or_404(account, ctx.param())
    if order["orderStatus"] not in CANCELLABLE:
        raise SimError(
            400,
            f"order {order['orderId']} is {order['orderStatus']} and can no longer be cancelled",
            code=INVALID_ORDER_STATUS,
        )
    order["orderStatus"] = "CANCELLED"
    for item in order["orderItems"]:
        if item.get("logisticsSku"):
            account.stock(item["logisticsSku"])["available"] += int(item.get("quantity", 0))
    for shipment in order["shipments"]:
        shipment["status"] = "CANCELLED"
    _emit(world, account, order, "Shipment.Cancelled")
    _emit(world, account, order, "Order.Cancelled")
    return ok(order)
