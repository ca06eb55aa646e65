"""Inbound shipments: created via the API, auto-received after a delay, raising inventory (seed 000)."""

from __future__ import annotations

from typing import Any

from flexport_facade.testing._handlers.base import Ctx, not_found, ok, route
from flexport_facade.testing._handlers.paging import offset_page
from flexport_facade.testing._replies import Reply, SimError
from flexport_facade.testing._world import Account, Json, World

_ITEM_KEYS = ("items", "lineItems", "shipmentItems", "products")
_QTY_KEYS = ("quantity", "qty", "expectedQuantity", "totalUnits", "units")
WAREHOUSE_ADDRESS = {
    "name": "Flexport RNO1",
    "address1": "1 Receiving Way",
    "city": "Reno",
    "provinceCode": "NV",
    "zip": "89502",
    "countryCode": "US",
}


def line_items(body: dict[str, Any]) -> list[tuple[str, int]]:
    """(logisticsSku, units) pairs, whichever list and quantity names the version uses."""
    for key in _ITEM_KEYS:
        items = body.get(key)
        if isinstance(items, list):
            out = []
            for item in items:
                if not isinstance(item, dict) or not isinstance(item.get("logisticsSku"), str):
                    raise SimError(422, f"{key}[] entries need a logisticsSku")
                qty = next((item[k] for k in _QTY_KEYS if isinstance(item.get(k), int | float)), 0)
                out.append((item["logisticsSku"], int(qty)))
            return out
    return []


def receive(world: World, account: Account, shipment_id: int) -> None:
    """The warehouse receives the shipment: stock rises, inbound and inventory events go out."""
    shipment = account.inbounds[shipment_id]
    if shipment["status"] != "IN_TRANSIT":
        return
    now = world.iso()
    shipment.update(status="COMPLETED", arrivedAt=now, completedAt=now)
    world.emit(
        account, "Inbound.ShipmentStatusChanged", {"shipmentId": str(shipment_id), "status": "COMPLETED"}
    )
    adjustments = []
    for item in shipment["items"]:
        qty = int(item["counts"]["expected"])
        stock = account.stock(item["logisticsSku"])
        stock["onHand"] += qty
        stock["available"] += qty
        item["counts"]["sellable"] = qty
        adjustments.append(
            {"logisticsSKU": item["logisticsSku"], "changes": [{"state": "AVAILABLE", "delta": qty}]}
        )
        world.emit(
            account,
            "Inbound.Received",
            {"type": "SELLABLE", "amount": qty, "shipmentItemId": int(item["shipmentItemId"])},
        )
    world.emit(
        account,
        "Inventory.Adjusted",
        {"adjustmentId": str(world.next_id()), "reason": "ASN_RECEIVE", "adjustments": adjustments},
    )


def new_shipment(world: World, account: Account, items: list[tuple[str, int]], body: dict[str, Any]) -> Json:
    """Record an inbound in transit for ``items`` (SKUs the account has) and schedule its receipt."""
    for sku, _ in items:
        if sku not in account.products:
            raise SimError(422, f"unknown logisticsSku {sku}")
    shipment_id = world.next_id()
    shipment: Json = {
        "id": str(shipment_id),
        "receivingId": f"R{shipment_id}",
        # Sandbox: API-created inbounds are in transit at once and auto-received later.
        "status": "IN_TRANSIT",
        "addresses": {"from": body.get("from") or WAREHOUSE_ADDRESS, "to": WAREHOUSE_ADDRESS},
        "items": [
            {
                "logisticsSku": sku,
                "shipmentItemId": str(world.next_id()),
                "counts": {"expected": qty, "sellable": 0, "damaged": 0},
            }
            for sku, qty in items
        ],
        "prep": {"boxContentLabels": False},
        "shippingPlanId": str(world.next_id()),
        "shippingPlanName": body.get("shippingPlanName"),
        "shippingPlanExternalId": body.get("shippingPlanExternalId"),
    }
    account.inbounds[shipment_id] = shipment
    world.at(world.faults.inbound_receive_after, lambda: receive(world, account, shipment_id))
    return shipment


@route("POST", "/inbounds/shipments")
async def create_inbound(ctx: Ctx) -> Reply:
    body = ctx.json_body()
    return ok(new_shipment(ctx.world, ctx.acct, line_items(body), body), 201)


@route("GET", "/inbounds/shipments")
async def list_inbounds(ctx: Ctx) -> Reply:
    account = ctx.acct
    wanted = [int(v) for raw in ctx.args("shipmentIds") for v in raw.split(",") if v.strip().isdigit()]
    if wanted:
        return ok([account.inbounds[i] for i in wanted if i in account.inbounds])
    newest_first = [account.inbounds[i] for i in sorted(account.inbounds, reverse=True)]
    return ok(offset_page(ctx, newest_first, default_limit=100))


@route("GET", "/inbounds/shipments/{}")
async def get_inbound(ctx: Ctx) -> Reply:
    raw = ctx.param()
    shipment = ctx.acct.inbounds.get(int(raw)) if raw.isdigit() else None
    if shipment is None:
        raise not_found(f"shipment {raw}")
    return ok(shipment)
