"""Bulk parcel jobs (2024-04 and later): many labels in one request, bought in the background.

A job answers PENDING with no parcels; ``Faults.parcel_job_ready_after`` seconds later every parcel
of the request has been tried, each through the same rules as POST /parcels. The job is then
COMPLETED (FAILED when no label could be bought), with one BulkParcelJobParcel per request parcel:
``parcelStatus`` OK with its tracking number, or ERROR with ``errorMessages`` saying why. The bought
parcels are ordinary parcels afterwards (GET /parcels/tracking/{trackingNumber} finds them). The job
status words are the simulator's choice; BulkParcelJobResponse types ``status`` as a plain string.
"""

from __future__ import annotations

from typing import Any

from flexport_facade.testing._handlers.base import Ctx, by_numeric_id, ok, route
from flexport_facade.testing._handlers.parcels import LABEL_HOST, new_parcel
from flexport_facade.testing._replies import Reply, SimError
from flexport_facade.testing._world import Account, Json, World


def _run(world: World, account: Account, job_id: int, requests: list[dict[str, Any]]) -> None:
    job = account.parcel_jobs[job_id]
    results: list[Json] = []
    for n, request in enumerate(requests, start=1):
        channel_id = str(request.get("customerParcelId") or f"{job_id}-{n}")
        entry: Json = {
            "integrationChannelParcelId": channel_id,
            "shipDate": str(request.get("pickupDateTime") or world.iso()),
        }
        try:
            parcel = new_parcel(world, account, request)["parcel"]
        except SimError as exc:
            entry.update(trackingNumber="", carrierCode="", parcelStatus="ERROR", errorMessages=exc.detail)
        else:
            entry.update(
                trackingNumber=parcel["trackingCode"],
                carrierCode=parcel["carrierCode"],
                parcelStatus="OK",
                errorMessages="",
            )
        results.append(entry)
    bought = [r for r in results if r["parcelStatus"] == "OK"]
    job.update(status="COMPLETED" if bought else "FAILED", parcels=results)
    if bought:
        job["labelsUrl"] = f"{LABEL_HOST}/jobs/{job_id}.pdf"


@route("POST", "/parcels/jobs")
async def create_bulk_parcel_job(ctx: Ctx) -> Reply:
    body = ctx.json_body()
    requests = [p for p in body.get("parcels", []) if isinstance(p, dict)]
    if not requests:
        raise SimError(422, "parcels is empty: a bulk job needs at least one parcel")
    account, world = ctx.acct, ctx.world
    job_id = world.next_id()
    account.parcel_jobs[job_id] = {"jobId": job_id, "status": "PENDING", "parcels": []}
    world.at(world.faults.parcel_job_ready_after, lambda: _run(world, account, job_id, requests))
    return ok(dict(account.parcel_jobs[job_id]))


@route("GET", "/parcels/jobs/{}")
async def get_bulk_parcel_job(ctx: Ctx) -> Reply:
    return ok(by_numeric_id(ctx.acct.parcel_jobs, ctx.param(), "bulk parcel job"))
