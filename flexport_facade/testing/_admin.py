"""``/_sim/``: flip faults, move the clock, issue and revoke tokens, set account flags, flush webhooks.

``POST /_sim/inbounds/receive`` takes ``items`` ({logisticsSku: units}) and stocks them at once
through an inbound that is received on the spot. ``POST /_sim/accounts`` takes ``account_id``
(default: the default account) and any of the flags
``frozen`` (423), ``has_billing`` (False: Orders, Inbounds, Freight answer 403) and ``sandbox``
(True: Returns, Parcels answer 403); ``create: true`` adds the account if it does not exist.

The admin surface is for the test that owns the simulator; it has no auth, like the rest of a
loopback-only test server. Token values appear only in the answer to the call that created them.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import Route

from flexport_facade.testing._cursors import BadCursor, decode_page_info, ulid_ms
from flexport_facade.testing._faults import Faults
from flexport_facade.testing._world import ALL_SCOPES, Account

if TYPE_CHECKING:
    from flexport_facade.testing._app import Simulator

ACCOUNT_FLAGS = ("frozen", "has_billing", "sandbox")


def account_flags(account: Account) -> dict[str, bool]:
    return {name: bool(getattr(account, name)) for name in ACCOUNT_FLAGS}


def admin_routes(sim: Simulator) -> list[Route]:

    async def body(request: Request) -> dict[str, Any]:
        raw = await request.body()
        if not raw:
            return {}
        data = await request.json()
        if not isinstance(data, dict):
            raise ValueError("admin bodies are JSON objects")
        return data

    def bad(message: str) -> JSONResponse:
        return JSONResponse({"error": message}, status_code=400)

    async def reset(request: Request) -> JSONResponse:
        data = await body(request)
        faults = Faults()
        try:
            faults.update(data.get("faults", {}))
        except (ValueError, TypeError) as exc:
            return bad(str(exc))
        sim.reset(faults=faults)
        return JSONResponse({"reset": True})

    async def state(request: Request) -> JSONResponse:
        world = sim.world
        return JSONResponse(
            {
                "version": world.version,
                "now": world.clock.iso(),
                "faults": world.faults.as_dict(),
                "accounts": {a.id: account_flags(a) for a in world.accounts.values()},
                "pendingDeliveries": len(sim.deliverer.pending),
            }
        )

    async def faults(request: Request) -> JSONResponse:
        world = sim.world
        try:
            world.faults.update(await body(request))
        except (ValueError, TypeError) as exc:
            return bad(str(exc))
        return JSONResponse(world.faults.as_dict())

    async def faults_reset(request: Request) -> JSONResponse:
        world = sim.world
        world.faults.update(Faults().as_dict())
        return JSONResponse(world.faults.as_dict())

    async def outage(request: Request) -> JSONResponse:
        world = sim.world
        data = await body(request)
        world.faults.outage_until = world.clock.now() + float(data.get("seconds", 60))
        world.faults.outage_status = int(data.get("status", 503))
        return JSONResponse({"until": world.clock.iso(world.faults.outage_until)})

    async def advance(request: Request) -> JSONResponse:
        world = sim.world
        data = await body(request)
        world.clock.advance(float(data.get("seconds", 0)))
        ran = world.tick()
        sent = await sim.deliverer.flush()
        return JSONResponse({"now": world.clock.iso(), "transitions": ran, "deliveries": sent})

    async def tokens(request: Request) -> JSONResponse:
        world = sim.world
        data = await body(request)
        account_id = str(data.get("account_id") or world.default_account.id)
        if account_id not in world.accounts:
            world.add_account(account_id)
        scopes = set(data.get("scopes", ALL_SCOPES))
        expires_in = data.get("expires_in")
        value = world.issue_token(
            account_id, scopes, expires_in=None if expires_in is None else float(expires_in)
        )
        return JSONResponse({"token": value, "account_id": account_id, "scopes": sorted(scopes)})

    async def revoke(request: Request) -> JSONResponse:
        world = sim.world
        data = await body(request)
        token = world.tokens.get(str(data.get("token", "")))
        if token is None:
            return bad("unknown token")
        token.revoked = True
        return JSONResponse({"revoked": True})

    async def account(request: Request) -> JSONResponse:
        world = sim.world
        data = await body(request)
        account_id = str(data.get("account_id") or world.default_account.id)
        target = world.accounts.get(account_id)
        if target is None and data.get("create") is True:
            target = world.add_account(account_id)
        if target is None:
            return bad("unknown account (pass create: true to add it)")
        flags = {k: data[k] for k in ACCOUNT_FLAGS if k in data}
        wrong = sorted(k for k, v in flags.items() if not isinstance(v, bool))
        if wrong:
            return bad(f"account flags are JSON booleans: {', '.join(wrong)}")
        for name, value in flags.items():
            setattr(target, name, value)
        return JSONResponse({"account_id": target.id, **account_flags(target)})

    async def oauth_client(request: Request) -> JSONResponse:
        world = sim.world
        data = await body(request)
        world.oauth_clients[str(data["client_id"])] = str(data["redirect_uri"])
        if data.get("client_secret"):
            world.oauth_secrets[str(data["client_id"])] = str(data["client_secret"])
        return JSONResponse({"client_id": data["client_id"]})

    async def flush(request: Request) -> JSONResponse:
        world = sim.world
        world.tick()
        return JSONResponse({"deliveries": await sim.deliverer.flush()})

    async def deliveries(request: Request) -> JSONResponse:
        return JSONResponse(sim.deliverer.log)

    async def emit(request: Request) -> JSONResponse:
        world = sim.world
        data = await body(request)
        target = world.accounts[str(data.get("account_id") or world.default_account.id)]
        event = world.emit(target, str(data["type"]), dict(data.get("payload", {})))
        await sim.deliverer.flush()
        return JSONResponse(event.as_json())

    async def receive_inbound(request: Request) -> JSONResponse:
        """Stock in one step: an inbound for {sku: units}, received at once (its events go out)."""
        from flexport_facade.testing._handlers.inbounds import new_shipment, receive
        from flexport_facade.testing._replies import SimError

        world = sim.world
        data = await body(request)
        target = world.accounts.get(str(data.get("account_id") or world.default_account.id))
        items = data.get("items")
        if target is None:
            return bad("unknown account")
        if (
            not isinstance(items, dict)
            or not items
            or not all(
                isinstance(k, str) and isinstance(v, int) and not isinstance(v, bool) and v > 0
                for k, v in items.items()
            )
        ):
            return bad('items is an object of logisticsSku -> positive units, e.g. {"D0123": 10}')
        missing = sorted(sku for sku in items if sku not in target.products)
        if missing:
            return bad(f"no product {', '.join(missing)} on account {target.id}: create it first")
        try:
            shipment = new_shipment(world, target, list(items.items()), {})
        except SimError as exc:
            return bad(exc.detail)
        receive(world, target, int(shipment["id"]))
        await sim.deliverer.flush()
        return JSONResponse(shipment)

    async def report_file(request: Request) -> Response:
        """The CSV a SUCCESS report's url names (any account's: the reference is unique)."""
        from flexport_facade.testing._handlers.reports import report_csv

        reference = str(request.path_params["reference"])
        for candidate in sim.world.accounts.values():
            text = report_csv(candidate, reference)
            if text is not None:
                return PlainTextResponse(text, media_type="text/csv")
        return JSONResponse({"error": f"no ready report {reference}"}, status_code=404)

    async def poison(request: Request) -> JSONResponse:
        world = sim.world
        data = await body(request)
        try:
            if "page_info" in data:
                at_ms = ulid_ms(str(decode_page_info(str(data["page_info"])).get("cursor", "")))
            else:
                at_ms = int(datetime.fromisoformat(str(data["at"]).replace("Z", "+00:00")).timestamp() * 1000)
        except (BadCursor, KeyError, ValueError) as exc:
            return bad(f"give page_info or an RFC 3339 'at': {exc}")
        world.faults.poisoned_cursors.append(at_ms)
        return JSONResponse({"poisoned_ms": at_ms})

    return [
        Route("/state", state, methods=["GET"]),
        Route("/reset", reset, methods=["POST"]),
        Route("/faults", faults, methods=["POST", "PATCH"]),
        Route("/faults/reset", faults_reset, methods=["POST"]),
        Route("/outage", outage, methods=["POST"]),
        Route("/clock/advance", advance, methods=["POST"]),
        Route("/tokens", tokens, methods=["POST"]),
        Route("/tokens/revoke", revoke, methods=["POST"]),
        Route("/accounts", account, methods=["POST"]),
        Route("/oauth/clients", oauth_client, methods=["POST"]),
        Route("/webhooks/flush", flush, methods=["POST"]),
        Route("/webhooks/deliveries", deliveries, methods=["GET"]),
        Route("/events", emit, methods=["POST"]),
        Route("/inbounds/receive", receive_inbound, methods=["POST"]),
        Route("/reports/{reference}.csv", report_file, methods=["GET"]),
        Route("/cursors/poison", poison, methods=["POST"]),
    ]
