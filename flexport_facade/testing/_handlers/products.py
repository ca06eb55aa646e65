"""Products: create, list (limit/offset), get, inventory, barcodes (seed 003 field names)."""

from __future__ import annotations

from typing import Any

from flexport_facade.testing._handlers.base import Ctx, not_found, ok, route
from flexport_facade.testing._handlers.paging import offset_page
from flexport_facade.testing._replies import Reply, SimError
from flexport_facade.testing._world import Account, Json

_ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def new_sku(n: int) -> str:
    """``D`` plus ten base-36 characters: 11 characters, ``^D[0-9a-zA-Z]+$``."""
    chars = []
    for _ in range(10):
        n, rem = divmod(n, 36)
        chars.append(_ALPHABET[rem])
    return "D" + "".join(reversed(chars))


def product_or_404(account: Account, sku: str) -> Json:
    product = account.products.get(sku)
    if product is None:
        raise not_found(f"product {sku}")
    return product


def inventory_row(account: Account, sku: str) -> Json:
    return {"logisticsSku": sku, **account.stock(sku)}


@route("POST", "/products")
async def create_product(ctx: Ctx) -> Reply:
    body = ctx.json_body()
    account = ctx.acct
    now = ctx.world.clock.iso()
    sku = new_sku(ctx.world.next_id())
    product: Json = {
        "name": body.get("name"),
        "logisticsSku": sku,
        "merchantSku": body.get("merchantSku"),
        "barcodes": list(body.get("barcodes", [])),
        "dimsLocked": bool(body.get("dimensions")),  # sandbox trusts supplied dimensions
        "createdAt": now,
        "updatedAt": now,
    }
    if body.get("dimensions"):
        product["dimensions"] = body["dimensions"]
    if body.get("customsInformation"):
        product["international"] = body["customsInformation"]
    account.products[sku] = product
    account.stock(sku)
    return ok(product, 201)


@route("GET", "/products")
async def list_products(ctx: Ctx) -> Reply:
    # "updated after" style filters are accepted and ignored (field-facts §10.5).
    return ok(offset_page(ctx, list(ctx.acct.products.values())))


@route("GET", "/products/{}")
async def get_product(ctx: Ctx) -> Reply:
    return ok(product_or_404(ctx.acct, ctx.param()))


@route("GET", "/products/{}/inventory")
async def get_inventory(ctx: Ctx) -> Reply:
    sku = ctx.param()
    product_or_404(ctx.acct, sku)
    return ok(inventory_row(ctx.acct, sku))


@route("GET", "/products/inventory/all")
async def all_inventory(ctx: Ctx) -> Reply:
    account = ctx.acct
    rows = [inventory_row(account, sku) for sku in account.products]
    return ok(offset_page(ctx, rows))


@route("POST", "/products/barcodes")
async def add_barcodes(ctx: Ctx) -> Reply:
    body = ctx.json_body()
    sku = str(body.get("logisticsSKU") or body.get("logisticsSku") or "")
    product = product_or_404(ctx.acct, sku)
    wanted: list[Any] = list(body.get("barcodes", []))
    if not wanted or not all(isinstance(b, str) and b for b in wanted):
        raise SimError(422, "barcodes must be non-empty strings")
    result: dict[str, str] = {}
    for code in wanted:
        taken = any(code in p["barcodes"] for p in ctx.acct.products.values() if p is not product)
        result[code] = "DUPLICATE" if taken else "SUCCESS"  # a barcode belongs to one product
        if not taken and code not in product["barcodes"]:
            product["barcodes"].append(code)
    product["updatedAt"] = ctx.world.clock.iso()
    return ok({"logisticsSKU": sku, "result": result}, 201)
