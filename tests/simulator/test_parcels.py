"""Parcels keep state in the simulator: a label bought, read back, tracked as the clock moves, cancelled
once, quoted at the price it is then bought at, and bought in bulk by a job that finishes later.

Every answer is checked against the 2026-02 snapshot (``conforms``); every test runs with the sync
and the async client (``flavour``).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any

import httpx
import pytest
from both_clients import Flavour, close, maybe_await

from flexport_facade import Flexport, RetryPolicy, errors
from flexport_facade.testing import RunningSimulator, run_simulator
from tests.simulator.conftest import checked

STEP = 3600.0  # parcel_step_after: one tracking step an hour
JOB_READY = 60.0
HOME = {
    "name": "Ada Doe",
    "street1": "1 Main St",
    "city": "Reno",
    "state": "NV",
    "zip": "89502",
    "country": "US",
}
ABROAD = {
    "name": "Ben Roe",
    "street1": "5 Rue X",
    "city": "Lyon",
    "state": "ARA",
    "zip": "69001",
    "country": "FR",
}
BOX = {"weight": 2, "weightUnit": "lb", "length": 12, "width": 10, "height": 8, "lengthUnit": "in"}
CUSTOMS = {
    "customsItems": [
        {
            "code": "TSHIRT",
            "description": "Cotton t-shirt",
            "quantity": 2,
            "weight": 0.5,
            "weightUnit": "lb",
            "value": 20,
            "hsTariffCode": "6109.10",
            "originCountry": "US",
        }
    ]
}
Check = Callable[[httpx.Response], httpx.Response]


@pytest.fixture
def parcels_sim(server: RunningSimulator) -> RunningSimulator:
    server.reset(parcel_step_after=STEP, parcel_job_ready_after=JOB_READY)
    return server


@pytest.fixture
async def fx(parcels_sim: RunningSimulator, flavour: Flavour) -> AsyncIterator[Any]:
    client = flavour.Flexport(
        version="2026-02", token=parcels_sim.token, base_url=parcels_sim.url, retry=RetryPolicy(attempts=1)
    )
    yield client
    await close(client)


def parcel_body(**changes: Any) -> dict[str, Any]:
    return {"shipToAddress": HOME, "dimensions": BOX, "serviceLevel": "Standard", **changes}


async def test_a_parcel_is_quoted_bought_read_back_and_tracked_to_delivery(
    fx: Any, parcels_sim: RunningSimulator, conforms: Check
) -> None:
    quote = await checked(conforms, fx.parcels.get_parcel_quote, body=parcel_body())
    # 12 x 10 x 8 in is 6.9 lb by volume (139 in³ a pound): billed 7 lb, not the 2 it weighs.
    assert quote.billed_weight_lbs == 7 and "dimensional" in quote.warnings[0]
    parcel = await checked(conforms, fx.parcels.create_parcel, body=parcel_body(customerParcelId="ORDER-7"))
    assert parcel.price == quote.price and str(parcel.status) == "OK"
    again = await checked(conforms, fx.parcels.get_parcel, parcel_id=parcel.parcel_id)
    assert (again.tracking_code, again.customer_reference_id) == (parcel.tracking_code, "ORDER-7")

    tracking = await checked(conforms, fx.parcels.get_parcel_tracking, parcel_id=parcel.parcel_id)
    assert tracking.status == "LABEL_CREATED" and tracking.event_timestamps.label_time is not None
    url = await checked(conforms, fx.parcels.get_tracking_url, parcel_id=parcel.parcel_id)
    assert url == parcel.flexport_tracking_url

    parcels_sim.advance_clock(seconds=STEP)
    by_code = await checked(
        conforms, fx.parcels.get_parcel_tracking_by_tracking_code, tracking_code=parcel.tracking_code
    )
    assert by_code.status == "IN_TRANSIT" and by_code.event_timestamps.arrival_scan_time is not None
    parcels_sim.advance_clock(seconds=2 * STEP)
    delivered = await checked(conforms, fx.parcels.get_parcel_tracking, parcel_id=parcel.parcel_id)
    assert delivered.status == "DELIVERED"
    assert delivered.event_timestamps.delivery_time == delivered.event_timestamps.estimated_delivery_time

    events = await maybe_await(fx.request("GET", "/events", params={"type": "Parcel.TrackingUpdated"}))
    statuses = [e["payload"]["status"] for e in events.json()]
    assert statuses == ["LABEL_CREATED", "IN_TRANSIT", "OUT_FOR_DELIVERY", "DELIVERED"]
    with pytest.raises(errors.Conflict, match="DELIVERED and can no longer be cancelled"):
        await checked(conforms, fx.parcels.cancel_parcel, body={"parcelId": parcel.parcel_id})


async def test_a_parcel_is_cancelled_once_and_stays_cancelled(
    fx: Any, parcels_sim: RunningSimulator, conforms: Check
) -> None:
    parcel = await checked(conforms, fx.parcels.create_parcel, body=parcel_body())
    assert await checked(conforms, fx.parcels.cancel_parcel, body={"parcelId": parcel.parcel_id}) is None
    with pytest.raises(errors.Conflict, match="already cancelled"):
        await checked(conforms, fx.parcels.cancel_parcel, body={"parcelId": parcel.parcel_id})
    parcels_sim.advance_clock(seconds=5 * STEP)  # no carrier pickup for a cancelled label
    tracking = await checked(conforms, fx.parcels.get_parcel_tracking, parcel_id=parcel.parcel_id)
    assert tracking.status == "CANCELLED"
    # CancelParcel declares no 404: an id the account never bought is unprocessable.
    with pytest.raises(errors.UnprocessableEntity, match="not a parcel of this account"):
        await checked(conforms, fx.parcels.cancel_parcel, body={"parcelId": "PCL0"})
    picked_up = await checked(conforms, fx.parcels.create_parcel, body=parcel_body())
    parcels_sim.advance_clock(seconds=STEP)
    with pytest.raises(errors.Conflict, match="IN_TRANSIT"):
        await checked(conforms, fx.parcels.cancel_parcel, body={"parcelId": picked_up.parcel_id})


async def test_refusals_carry_the_reference_codes(fx: Any, conforms: Check) -> None:
    with pytest.raises(errors.UnprocessableEntity, match="CUSTOMS_INFORMATION_REQUIRED"):
        await checked(
            conforms,
            fx.parcels.create_parcel,
            body=parcel_body(shipToAddress=ABROAD, serviceLevel="International"),
        )
    abroad = parcel_body(shipToAddress=ABROAD, serviceLevel="International", customsInformation=CUSTOMS)
    bought = await checked(conforms, fx.parcels.create_parcel, body=abroad)
    assert bought.service_level == "International" and bought.price > 18
    with pytest.raises(errors.UnprocessableEntity, match="SERVICE_LEVEL_UNSUPPORTED_FOR_DESTINATION"):
        await checked(conforms, fx.parcels.create_parcel, body={**abroad, "serviceLevel": "Standard"})
    with pytest.raises(errors.UnprocessableEntity, match="SERVICE_LEVEL_UNSUPPORTED_FOR_DESTINATION"):
        await checked(conforms, fx.parcels.get_parcel_quote, body=parcel_body(serviceLevel="International"))
    heavy = {**BOX, "weight": 80, "weightUnit": "kg"}
    with pytest.raises(errors.UnprocessableEntity, match=r"EXCEEDS_MAX_DIMENSIONS.*176\.4 lb"):
        await checked(conforms, fx.parcels.create_parcel, body=parcel_body(dimensions=heavy))
    with pytest.raises(errors.NotFound):
        await checked(conforms, fx.parcels.get_parcel, parcel_id="PCL0")
    with pytest.raises(errors.NotFound):
        await checked(conforms, fx.parcels.get_parcel_tracking_by_tracking_code, tracking_code="9400000")


async def test_a_bulk_job_buys_its_labels_once_the_clock_moves(
    fx: Any, parcels_sim: RunningSimulator, conforms: Check
) -> None:
    good = [parcel_body(customerParcelId=f"KIT-{n}") for n in (1, 2)]
    bad = parcel_body(customerParcelId="KIT-3", shipToAddress=ABROAD, serviceLevel="International")
    job = await checked(
        conforms, fx.parcels.create_bulk_parcel_job, body={"parcels": [*good, bad], "packslipRequired": False}
    )
    assert job.status == "PENDING" and job.parcels == []
    parcels_sim.advance_clock(seconds=JOB_READY)
    done = await checked(conforms, fx.parcels.get_bulk_parcel_job, id=int(job.job_id))
    assert done.status == "COMPLETED" and done.labels_url
    by_id = {p.integration_channel_parcel_id: p for p in done.parcels}
    assert [by_id[k].parcel_status for k in ("KIT-1", "KIT-2", "KIT-3")] == ["OK", "OK", "ERROR"]
    assert "CUSTOMS_INFORMATION_REQUIRED" in by_id["KIT-3"].error_messages
    tracked = await checked(
        conforms,
        fx.parcels.get_parcel_tracking_by_tracking_code,
        tracking_code=by_id["KIT-1"].tracking_number,
    )
    assert tracked.status == "LABEL_CREATED"  # a parcel like any other from here on

    failing = await checked(
        conforms, fx.parcels.create_bulk_parcel_job, body={"parcels": [bad], "packslipRequired": True}
    )
    parcels_sim.advance_clock(seconds=JOB_READY)
    assert (
        await checked(conforms, fx.parcels.get_bulk_parcel_job, id=int(failing.job_id))
    ).status == "FAILED"
    with pytest.raises(errors.UnprocessableEntity, match="at least one parcel"):
        await checked(
            conforms, fx.parcels.create_bulk_parcel_job, body={"parcels": [], "packslipRequired": False}
        )
    with pytest.raises(errors.NotFound):
        await checked(conforms, fx.parcels.get_bulk_parcel_job, id=1)


async def test_sandbox_accounts_have_no_parcels(
    fx: Any, parcels_sim: RunningSimulator, conforms: Check
) -> None:
    # Parcels keep state for ordinary accounts; a sandbox account gets the 403 the reference describes.
    parcels_sim.set_account(sandbox=True)  # the default account
    with pytest.raises(errors.Forbidden, match="not supported in Sandbox"):
        await checked(conforms, fx.parcels.create_parcel, body=parcel_body())


@pytest.fixture(scope="module", params=["2023-04", "unstable"])
def other_version(request: pytest.FixtureRequest) -> Iterator[tuple[str, Flexport]]:
    with (
        run_simulator(request.param) as sim,
        Flexport(version=request.param, token=sim.token, base_url=sim.url, allow_unstable=True) as client,
    ):
        yield request.param, client


def test_older_and_unstable_versions_keep_their_own_shapes(other_version: tuple[str, Flexport]) -> None:
    version, fx = other_version
    create = fx.parcels.create_parcel if version == "2023-04" else fx.parcels.create_parcel_v3
    # 2023-04 cannot send customs information, so it is not asked for.
    body = parcel_body(shipToAddress=ABROAD, serviceLevel="International")
    if version != "2023-04":
        body["customsInformation"] = CUSTOMS
    answer = create.raw(body=body)
    assert answer.status_code == 200, answer.content
    # Neither version's Parcel declares flexportTrackingUrl, so it is not sent.
    assert "flexportTrackingUrl" not in answer.http.json()
    tracking = fx.parcels.get_parcel_tracking(parcel_id=answer.parsed.parcel_id)
    assert tracking.status == "LABEL_CREATED"
    if version == "2023-04":
        assert "cancel_parcel" not in dir(fx.parcels)  # CancelParcel arrived in 2023-07
