"""Parcels: buy a label, read it back, cancel it, follow its tracking, quote one without buying.

A parcel is bought at once (``status`` OK: the Parcel schema's ParcelApiStatus) and then tracks
through LABEL_CREATED, IN_TRANSIT, OUT_FOR_DELIVERY and DELIVERED, one step every
``Faults.parcel_step_after`` seconds of simulated time, each stamping its ``eventTimestamps`` member
and, where the version declares it, emitting Parcel.TrackingUpdated. Only a parcel still at
LABEL_CREATED can be cancelled (then CANCELLED); cancelling again or after pickup is 409, and an id
the account never bought is 422, since CancelParcel declares no 404. The tracking status words are
the simulator's choice: the schema types ``status`` as a plain string. Label and tracking URLs are
placeholders on example.com (RFC 2606); nothing is served there.

Sandbox accounts never get here: the engine answers 403 first (``NOT_IN_SANDBOX``), as the reference
says Parcels has no sandbox.
"""

from __future__ import annotations

from typing import Any

from flexport_facade.testing._handlers.base import Ctx, not_found, ok, route
from flexport_facade.testing._handlers.parcel_rules import rate
from flexport_facade.testing._replies import Reply, SimError
from flexport_facade.testing._world import Account, Json, World

CARRIER = "USPS"
# status -> (the next status, the eventTimestamps member stamped on entering the next one)
STEPS = {
    "LABEL_CREATED": ("IN_TRANSIT", "arrivalScanTime"),
    "IN_TRANSIT": ("OUT_FOR_DELIVERY", "facilityTime"),
    "OUT_FOR_DELIVERY": ("DELIVERED", "deliveryTime"),
}
MESSAGES = {
    "LABEL_CREATED": "Label created; awaiting carrier pickup",
    "IN_TRANSIT": "Scanned at the carrier's facility",
    "OUT_FOR_DELIVERY": "Out for delivery",
    "DELIVERED": "Delivered",
    "CANCELLED": "Label cancelled",
}
CANCELLABLE = {"LABEL_CREATED"}
LABEL_HOST = "https://labels.example.com"
TRACKING_HOST = "https://track.example.com"


def new_parcel(world: World, account: Account, body: dict[str, Any], *, customs: bool = True) -> Json:
    """Buy a label for ``body`` (its rules: ``parcel_rules.rate``) and start its tracking."""
    rating = rate(body, customs=customs)
    number = world.next_id()
    parcel_id = f"PCL{number}"
    code = f"9400{number:018d}"
    label_format = str(body.get("labelFormat") or "PNG").lower()
    parcel: Json = {
        "parcelId": parcel_id,
        "trackingCode": code,
        "carrierCode": CARRIER,
        "serviceLevel": rating.service_level,
        "price": rating.price,
        "status": "OK",
        "shippingLabelUrl": f"{LABEL_HOST}/{parcel_id}.{label_format}",
        "packageTrackingUrl": f"{TRACKING_HOST}/{CARRIER.lower()}/{code}",
        "flexportTrackingUrl": f"{TRACKING_HOST}/flexport/{parcel_id}",
        "customerReferenceId": body.get("customerParcelId"),
        "customerCustomField": body.get("customerCustomField"),
    }
    now = world.iso()
    steps = len(STEPS)
    record: Json = {
        "parcel": {k: v for k, v in parcel.items() if v is not None},
        "status": "LABEL_CREATED",
        "timestamps": {
            "labelTime": now,
            "lastTrackingEventTime": now,
            "lastTrackingIngestionTime": now,
            "estimatedDeliveryTime": world.clock.iso(world.now() + steps * world.faults.parcel_step_after),
        },
        "shipTo": dict(body.get("shipToAddress") or {}),
    }
    account.parcels[parcel_id] = record
    _emit(world, account, record)
    world.at(world.faults.parcel_step_after, lambda: _advance(world, account, parcel_id))
    return record


def _advance(world: World, account: Account, parcel_id: str) -> None:
    record = account.parcels[parcel_id]
    step = STEPS.get(record["status"])
    if step is None:  # delivered or cancelled: the timer stands down
        return
    record["status"], stamp = step
    now = world.iso()
    record["timestamps"].update({stamp: now, "lastTrackingEventTime": now, "lastTrackingIngestionTime": now})
    _emit(world, account, record)
    if record["status"] in STEPS:
        world.at(world.faults.parcel_step_after, lambda: _advance(world, account, parcel_id))


def _emit(world: World, account: Account, record: Json) -> None:
    if not world.declares("Parcel.TrackingUpdated"):
        return
    where = record["shipTo"]
    location = {k: where[k] for k in ("city", "state", "zip", "country") if isinstance(where.get(k), str)}
    world.emit(
        account,
        "Parcel.TrackingUpdated",
        {
            "trackingCode": record["parcel"]["trackingCode"],
            "status": record["status"],
            "message": MESSAGES[record["status"]],
            "eventTime": world.iso(),
            "location": location,
        },
    )


def tracking(record: Json) -> Json:
    """The ParcelTracking view of a record."""
    parcel = record["parcel"]
    shared = (
        "parcelId",
        "trackingCode",
        "carrierCode",
        "packageTrackingUrl",
        "shippingLabelUrl",
        "flexportTrackingUrl",
        "customerReferenceId",
        "customerCustomField",
    )
    view: Json = {k: parcel[k] for k in shared if k in parcel}
    view.update(status=record["status"], eventTimestamps=dict(record["timestamps"]))
    return view


def _parcel_or(account: Account, parcel_id: str, error: SimError) -> Json:
    record = account.parcels.get(parcel_id)
    if record is None:
        raise error
    return record


@route("POST", "/parcels")
async def create_parcel(ctx: Ctx) -> Reply:
    # Before 2023-10 the request has no customsInformation, so nothing can be asked of it.
    record = new_parcel(ctx.world, ctx.acct, ctx.json_body(), customs=ctx.body_declares("customsInformation"))
    return ok(ctx.declared_only(record["parcel"]))


@route("GET", "/parcels/{}")
async def get_parcel(ctx: Ctx) -> Reply:
    record = _parcel_or(ctx.acct, ctx.param(), not_found(f"parcel {ctx.param()}"))
    return ok(ctx.declared_only(record["parcel"]))


@route("POST", "/parcels/cancel")
async def cancel_parcel(ctx: Ctx) -> Reply:
    parcel_id = str(ctx.json_body().get("parcelId", ""))
    unknown = SimError(422, f"parcelId {parcel_id!r} is not a parcel of this account")
    record = _parcel_or(ctx.acct, parcel_id, unknown)
    if record["status"] not in CANCELLABLE:
        already = record["status"] == "CANCELLED"
        why = "is already cancelled" if already else f"is {record['status']} and can no longer be cancelled"
        raise SimError(409, f"parcel {parcel_id} {why}")
    record["status"] = "CANCELLED"
    now = ctx.world.iso()
    record["timestamps"].update(lastTrackingEventTime=now, lastTrackingIngestionTime=now)
    record["timestamps"].pop("estimatedDeliveryTime", None)
    _emit(ctx.world, ctx.acct, record)
    return ok(None, 204)


@route("GET", "/parcels/{}/tracking")
async def get_parcel_tracking(ctx: Ctx) -> Reply:
    return ok(
        ctx.declared_only(tracking(_parcel_or(ctx.acct, ctx.param(), not_found(f"parcel {ctx.param()}"))))
    )


@route("GET", "/parcels/tracking/{}")
async def get_parcel_tracking_by_code(ctx: Ctx) -> Reply:
    code = ctx.param()
    for record in ctx.acct.parcels.values():
        if record["parcel"]["trackingCode"] == code:
            return ok(ctx.declared_only(tracking(record)))
    raise not_found(f"parcel with trackingCode {code}")


@route("GET", "/parcels/{}/tracking_url")
async def get_tracking_url(ctx: Ctx) -> Reply:
    record = _parcel_or(ctx.acct, ctx.param(), not_found(f"parcel {ctx.param()}"))
    return ok(record["parcel"]["flexportTrackingUrl"])


@route("POST", "/parcels/quote")
async def get_parcel_quote(ctx: Ctx) -> Reply:
    body = ctx.json_body()
    rating = rate(body, customs=False)  # CreateQuoteRequest carries no customs information
    return ok(
        {
            "price": rating.price,
            "serviceLevel": rating.service_level,
            "billedWeightLbs": rating.billed_lb,
            "dimensions": body.get("dimensions"),
            "warnings": rating.warnings,
        }
    )
