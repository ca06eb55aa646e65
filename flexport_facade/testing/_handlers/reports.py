"""Reports: GenerateReport answers a reference at once; GetReportStatus is PENDING until the report
is ready (``Faults.report_ready_after`` seconds of simulated time), then SUCCESS with a CSV url that
expires, or ERROR with an errorMessage (the ReportStatus schema's three states)."""

from __future__ import annotations

from datetime import datetime

from flexport_facade.testing._handlers.base import Ctx, not_found, ok, route
from flexport_facade.testing._replies import Reply, SimError
from flexport_facade.testing._world import Account, Json, World

URL_LIFETIME = 3600.0  # seconds a download url works; the schema says it expires, not when


def _parse(raw: object, name: str) -> datetime | None:
    if raw is None:
        return None
    try:
        return datetime.fromisoformat(str(raw).replace("Z", "+00:00"))
    except ValueError:
        raise SimError(400, f"{name} is not an RFC 3339 date-time") from None


def _finish(world: World, account: Account, reference: str, origin: str) -> None:
    report = account.reports[reference]
    if report["status"] != "PENDING":
        return
    report.update(
        status="SUCCESS",
        url=f"{origin}/_sim/reports/{reference}.csv",
        urlExpiration=world.clock.iso(world.now() + URL_LIFETIME),
    )


@route("POST", "/reports")
async def generate_report(ctx: Ctx) -> Reply:
    body = ctx.json_body()
    account, world = ctx.acct, ctx.world
    start, end = _parse(body.get("startDate"), "startDate"), _parse(body.get("endDate"), "endDate")
    reference = f"rpt_{world.next_id()}"
    report: Json = {"status": "PENDING", "reportType": body.get("reportType")}
    if start is not None and end is not None and start > end:
        # Accepted, then failed: the reference exists and its status explains why.
        report.update(status="ERROR", errorMessage="startDate is after endDate")
    account.reports[reference] = report
    origin = ctx.origin
    world.at(world.faults.report_ready_after, lambda: _finish(world, account, reference, origin))
    return ok({"reportReference": reference}, 201)


@route("GET", "/reports/{}")
async def get_report_status(ctx: Ctx) -> Reply:
    report = ctx.acct.reports.get(ctx.param())
    if report is None:
        raise not_found(f"report {ctx.param()}")
    return ok({k: v for k, v in report.items() if k != "reportType"})


def report_csv(account: Account, reference: str) -> str | None:
    """The report's rows: inventory levels for Inventory-* types, a header only otherwise."""
    report = account.reports.get(reference)
    if report is None or report["status"] != "SUCCESS":
        return None
    if str(report.get("reportType", "")).startswith("Inventory-"):
        rows = ["logisticsSku,onHand,available,unavailable"]
        for sku, stock in sorted(account.inventory.items()):
            rows.append(f"{sku},{stock['onHand']},{stock['available']},{stock['unavailable']}")
        return "\n".join(rows) + "\n"
    return f"reportType\n{report.get('reportType')}\n"
