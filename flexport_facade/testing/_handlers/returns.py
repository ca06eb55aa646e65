"""Returns: create, get, cancel, and the unstable cursor list (field-facts §1.1 /returns)."""

from __future__ import annotations

from flexport_facade.testing._cursors import BadCursor, decode_page_info, encode_page_info
from flexport_facade.testing._handlers.base import Ctx, not_found, ok, route
from flexport_facade.testing._handlers.events import link
from flexport_facade.testing._replies import Reply, SimError
from flexport_facade.testing._world import Account, Json

RETURNS_CAP = 100


def _return_or_404(account: Account, raw: str) -> Json:
    found = account.returns.get(int(raw)) if raw.isdigit() else None
    if found is None:
        raise not_found(f"return {raw}")
    return found


@route("POST", "/returns")
async def create_return(ctx: Ctx) -> Reply:
    body = ctx.json_body()
    account, world = ctx.acct, ctx.world
    external = body.get("externalReturnId")
    if external and any(r.get("externalReturnId") == external for r in account.returns.values()):
        raise SimError(409, f"Return with externalReturnId {external} already exists; use idempotency-key")
    return_id = world.next_id()
    label = body.get("externalLabel") or {"carrier": "USPS", "trackingCode": f"9400{return_id:018d}"}
    record: Json = {
        "id": return_id,
        "status": "CREATED",
        "rma": body.get("rma") or f"RMA{return_id}",
        "externalReturnId": external or str(return_id),
        "sourceAddress": body.get("sourceAddress"),
        "shippingLabel": {**label, "trackingStatus": "CREATED"},
        "returnItems": [
            {
                "identifier": item.get("identifier"),
                "expectedQuantity": item.get("quantity", 0),
                "inspectedItems": [],
            }
            for item in body.get("returnItems", [])
            if isinstance(item, dict)
        ],
        "shippedAt": None,
        "receivedAt": None,
        "inspectedAt": None,
    }
    account.returns[return_id] = record
    world.emit(account, "Return.Updated", dict(record))  # the whole return, as the field reports
    return ok(record, 201)


@route("GET", "/returns/{}")
async def get_return(ctx: Ctx) -> Reply:
    return ok(_return_or_404(ctx.acct, ctx.param()))


@route("POST", "/returns/{}/cancel")
async def cancel_return(ctx: Ctx) -> Reply:
    record = _return_or_404(ctx.acct, ctx.param())
    if record["status"] != "CREATED":
        raise SimError(400, f"return {record['id']} is {record['status']}")
    record["status"] = "CANCELLED"
    ctx.world.emit(ctx.acct, "Return.Updated", dict(record))
    return ok(record)


@route("GET", "/returns")
async def list_returns(ctx: Ctx) -> Reply:
    limit = max(min(ctx.int_arg("limit", RETURNS_CAP), RETURNS_CAP), 1)
    after = 0
    page_info = ctx.arg("page_info")
    if page_info:
        try:
            after = int(decode_page_info(page_info).get("id", 0))  # a plain incrementing id
        except (BadCursor, ValueError) as exc:
            raise SimError(400, f"invalid page_info: {exc}") from exc
    statuses = set(ctx.args("status"))
    rows = [r for _, r in sorted(ctx.acct.returns.items()) if r["id"] > after]
    rows = [r for r in rows if not statuses or r["status"] in statuses]
    page = rows[:limit]
    headers = {}
    if len(rows) > limit:
        headers["link"] = link(ctx, "next", encode_page_info({"id": page[-1]["id"]}), limit)
    return ok(page, headers=headers)
