"""Bundles (kits): definitions of {product, quantity} contents, listed by cursor, with inventory
derived from the contents' stock (seed 000 "Bundles"; the 2023-10+ BundleContent schema)."""

from __future__ import annotations

import math

from flexport_facade.testing._cursors import BadCursor, decode_page_info, encode_page_info
from flexport_facade.testing._handlers.base import Ctx, not_found, ok, route
from flexport_facade.testing._handlers.events import link
from flexport_facade.testing._replies import Reply, SimError
from flexport_facade.testing._world import Account, Json

BUNDLES_CAP = 100
_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def bundle_id(number: int) -> str:
    """``B`` plus ten characters: the 11-character ``^B[0-9a-zA-Z]+$`` form of BundleIdType."""
    digits = []
    for _ in range(10):
        number, rest = divmod(number, len(_ALPHABET))
        digits.append(_ALPHABET[rest])
    return "B" + "".join(reversed(digits))


def _bundle_or_404(account: Account, raw: str) -> Json:
    found = account.bundles.get(raw)
    if found is None:
        raise not_found(f"bundle {raw}")
    return found


@route("POST", "/bundles")
async def create_bundle(ctx: Ctx) -> Reply:
    body = ctx.json_body()
    account, world = ctx.acct, ctx.world
    external = str(body.get("externalBundleId", ""))
    if any(b["externalBundleId"] == external for b in account.bundles.values()):
        raise SimError(409, f"a bundle with externalBundleId {external} already exists")
    contents = [c for c in body.get("bundleContents", []) if isinstance(c, dict)]
    unknown = sorted({str(c.get("productId")) for c in contents} - set(account.products))
    if unknown:
        raise SimError(422, f"unknown productId {', '.join(unknown)}: create the products first")
    record: Json = {
        "bundleId": bundle_id(world.next_id()),
        "externalBundleId": external,
        "title": body.get("title"),
        "sku": body.get("sku"),
        "bundleContents": [{"productId": c["productId"], "quantity": c["quantity"]} for c in contents],
        "createdAt": world.iso(),
    }
    account.bundles[record["bundleId"]] = record
    return ok(record, 201)


@route("GET", "/bundles/{}")
async def get_bundle(ctx: Ctx) -> Reply:
    return ok(_bundle_or_404(ctx.acct, ctx.param()))


@route("GET", "/bundles/{}/inventory")
async def get_bundle_inventory(ctx: Ctx) -> Reply:
    """Bundles sellable now: the scarcest content decides (available units // units per bundle)."""
    account = ctx.acct
    bundle = _bundle_or_404(account, ctx.param())
    counts = [
        math.floor(account.stock(c["productId"])["available"] / c["quantity"])
        for c in bundle["bundleContents"]
        if c["quantity"] > 0
    ]
    return ok({"bundleId": bundle["bundleId"], "availableUnits": float(min(counts, default=0))})


@route("GET", "/bundles")
async def list_bundles(ctx: Ctx) -> Reply:
    """Oldest first, by cursor: ``page_info`` names the last bundle of the previous page."""
    limit = max(min(ctx.int_arg("limit", BUNDLES_CAP), BUNDLES_CAP), 1)
    ordered = list(ctx.acct.bundles.values())  # insertion order: creation order
    start = 0
    page_info = ctx.arg("page_info")
    if page_info:
        try:
            after = str(decode_page_info(page_info).get("after", ""))
        except BadCursor as exc:
            raise SimError(400, f"invalid page_info: {exc}") from exc
        ids = [b["bundleId"] for b in ordered]
        start = ids.index(after) + 1 if after in ids else len(ids)
    page = ordered[start : start + limit]
    headers = {}
    if start + limit < len(ordered):
        headers["link"] = link(ctx, "next", encode_page_info({"after": page[-1]["bundleId"]}), limit)
    return ok(page, headers=headers)
