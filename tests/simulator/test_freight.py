"""Freight (unstable) keeps state in the simulator: quotes listed and read back, orders booked from
them that move with the clock, cancel once, and answer tracking by their bill of lading.

Every answer is checked against the unstable snapshot; every test runs with the sync and the async
client (``flavour``).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any

import httpx
import pytest
from both_clients import Flavour, close, collect, maybe_await

from flexport_facade import RetryPolicy, errors
from flexport_facade.testing import RunningSimulator, load_snapshot, run_simulator
from flexport_facade.testing._validation import Validator
from tests.simulator.conftest import checked, conformance_check

STEP = 3600.0  # freight_step_after
VALID_FOR = 86400.0  # freight_quote_valid_for
CONTACT = {"firstName": "Ada", "lastName": "Doe", "phone": "+1 775 555 0100", "email": "ada@example.com"}
RENO = {"street1": "1 Main St", "city": "Reno", "zip": "89502", "state": "NV", "country": "US"}
LONG_BEACH = {"street1": "2 Harbor Ave", "city": "Long Beach", "zip": "90802", "state": "CA", "country": "US"}
PICKUP = {"address": RENO, "contact": CONTACT, "cargoReadyDate": "2026-03-02T09:00:00Z"}
DELIVERY = {"address": LONG_BEACH, "contact": CONTACT}
LANE = {"pickupDetails": {"zip": "89502"}, "deliveryDetails": {"zip": "90802"}}
PALLET = {"palletCount": 2, "length": 48, "width": 40, "height": 50, "weight": 600, "weightUnit": "lb"}
Check = Callable[[httpx.Response], httpx.Response]


@pytest.fixture(scope="module")
def unstable() -> Iterator[RunningSimulator]:
    with run_simulator("unstable") as running:
        yield running


@pytest.fixture(scope="module")
def conforms() -> Check:
    return conformance_check(Validator(load_snapshot("unstable")))


@pytest.fixture
def sim(unstable: RunningSimulator) -> RunningSimulator:
    unstable.reset(freight_step_after=STEP, freight_quote_valid_for=VALID_FOR)
    return unstable


@pytest.fixture
async def fx(sim: RunningSimulator, flavour: Flavour) -> AsyncIterator[Any]:
    client = flavour.Flexport(
        version="unstable",
        token=sim.token,
        base_url=sim.url,
        allow_unstable=True,
        retry=RetryPolicy(attempts=1),
    )
    yield client
    await close(client)


async def ltl_order(fx: Any, conforms: Check) -> Any:
    quote = await checked(conforms, fx.freight.create_pallets_quote, body={**LANE, "palletCount": 2})
    body = {"quoteId": quote.id, "pallets": [PALLET], "pickupDetails": PICKUP, "deliveryDetails": DELIVERY}
    return await checked(conforms, fx.freight.create_pallets_order, body=body)


async def test_quotes_are_listed_in_order_and_read_back(fx: Any, conforms: Check) -> None:
    ltl = await checked(conforms, fx.freight.create_pallets_quote, body={**LANE, "palletCount": 3})
    assert (str(ltl.type_), str(ltl.status)) == ("LTL", "CREATED")
    assert ltl.ltl_quote_item.total_cost == 3 * ltl.ltl_quote_item.unit_cost
    ftl = await checked(
        conforms, fx.freight.create_truck_quote, body={**LANE, "palletCount": 20, "totalWeight": 30000}
    )
    # Containers from the Port of Long Beach to Reno: another ZIP region, so transload and FTL legs join.
    port_lane = {"pickupDetails": {"zip": "90802"}, "deliveryDetails": {"zip": "89502"}}
    drayage = await checked(
        conforms, fx.freight.create_containers_quote, body={**port_lane, "packageType": "PALLETS"}
    )
    assert drayage.transload_quote_item.total_cost > 0 and drayage.ftl_quote_item.transit_days >= 1
    too_big = await checked(conforms, fx.freight.create_pallets_quote, body={**LANE, "palletCount": 8})
    assert str(too_big.status) == "INELIGIBLE"  # more pallets than LTL carries: quote FTL instead

    read = await checked(conforms, fx.freight.get_quote, quote_id=ftl.id)
    assert (str(read.type_), read.ftl_quote_item.total_weight) == ("FTL", 30000)
    walked = await collect(fx.paginate(fx.freight.get_quotes, limit=2))
    assert [q.id for q in walked] == [ltl.id, ftl.id, drayage.id, too_big.id]
    newest = await maybe_await(
        fx.request("GET", "/freight/quotes", params={"direction": "backward", "limit": 3})
    )
    conforms(newest)
    assert [q["id"] for q in newest.json()["quotes"]] == [too_big.id, drayage.id, ftl.id]
    assert "direction=backward" in newest.headers["link"] and f"cursor={ftl.id}" in newest.headers["link"]
    with pytest.raises(errors.NotFound):
        await checked(conforms, fx.freight.get_quote, quote_id=1)
    with pytest.raises(errors.UnprocessableEntity, match="palletCount must be a number from 1"):
        await checked(conforms, fx.freight.create_pallets_quote, body={**LANE, "palletCount": 0})


async def test_an_order_books_its_quote_and_moves_with_the_clock(
    fx: Any, sim: RunningSimulator, conforms: Check
) -> None:
    order = await ltl_order(fx, conforms)
    assert (str(order.type_), str(order.status)) == ("LTL", "BOOKED")
    quote = await checked(conforms, fx.freight.get_quote, quote_id=order.quote_id)
    assert str(quote.status) == "BOOKED" and order.ltl_order_item.cost == quote.ltl_quote_item.total_cost
    rebook = {"quoteId": quote.id, "pallets": [PALLET], "pickupDetails": PICKUP, "deliveryDetails": DELIVERY}
    with pytest.raises(errors.Conflict, match=f"already booked by order {order.id}"):
        await checked(conforms, fx.freight.create_pallets_order, body=rebook)
    listed = await checked(conforms, fx.freight.get_freight_orders)
    assert [o.id for o in listed.orders] == [order.id]

    bol = order.ltl_order_item.customer_bol_id
    seen = []
    for _ in range(3):
        tracking = await checked(conforms, fx.freight.get_bol_tracking, bol_id=bol)
        seen.append(str(tracking.bol_status))
        sim.advance_clock(seconds=STEP)
    done = await checked(conforms, fx.freight.get_bol_tracking, bol_id=bol)
    assert [*seen, str(done.bol_status)] == ["CREATED", "TENDERED", "IN_TRANSIT", "DELIVERED"]
    assert [str(e.event_type) for e in done.events] == ["CREATED", "TENDERED", "PICKED_UP", "DELIVERED"]
    assert done.pickup_details.address.name == "Ada Doe" and done.total_pallets == 2
    assert (
        str((await checked(conforms, fx.freight.get_freight_order, order_id=order.id)).status) == "COMPLETED"
    )
    with pytest.raises(errors.Conflict, match="COMPLETED and can no longer be cancelled"):
        await checked(conforms, fx.freight.cancel_freight_order, order_id=order.id, body={})

    documents = await checked(conforms, fx.freight.get_order_documents, order_id=order.id)
    assert sorted(str(d.type_) for d in documents.documents) == ["CUSTOMER_BOL", "PALLET_LABELS"]
    events = await maybe_await(fx.request("GET", "/events", params={"type": "Freight.TrackingUpdated"}))
    assert [e["payload"]["bolStatus"] for e in events.json()] == [
        "CREATED",
        "TENDERED",
        "IN_TRANSIT",
        "DELIVERED",
    ]


async def test_an_order_is_cancelled_once_before_pickup(
    fx: Any, sim: RunningSimulator, conforms: Check
) -> None:
    quote = await checked(conforms, fx.freight.create_truck_quote, body={**LANE, "palletCount": 10})
    body = {
        "quoteId": quote.id,
        "palletCount": 10,
        "totalWeight": 12000,
        "pickupDetails": PICKUP,
        "deliveryDetails": DELIVERY,
    }
    order = await checked(conforms, fx.freight.create_trucks_order, body=body)
    sim.advance_clock(seconds=STEP)  # TENDERED: not picked up yet, so it can still be cancelled
    reason = {"cancellationReason": "the buyer withdrew"}
    assert await checked(conforms, fx.freight.cancel_freight_order, order_id=order.id, body=reason) is None
    with pytest.raises(errors.Conflict, match="already cancelled"):
        await checked(conforms, fx.freight.cancel_freight_order, order_id=order.id, body=reason)
    sim.advance_clock(seconds=3 * STEP)  # the cancelled order's steps stand down
    assert (
        str((await checked(conforms, fx.freight.get_freight_order, order_id=order.id)).status) == "CANCELLED"
    )
    tracking = await checked(
        conforms, fx.freight.get_bol_tracking, bol_id=order.ftl_order_item.customer_bol_id
    )
    assert [str(e.event_type) for e in tracking.events] == ["CREATED", "TENDERED", "CANCELLED"]
    with pytest.raises(errors.NotFound):
        await checked(conforms, fx.freight.cancel_freight_order, order_id=1, body=reason)
    with pytest.raises(errors.NotFound):
        await checked(conforms, fx.freight.get_bol_tracking, bol_id="BOL0")


async def test_booking_refuses_quotes_it_cannot_use(fx: Any, sim: RunningSimulator, conforms: Check) -> None:
    def pallets(quote_id: int, delivery: dict[str, Any] = DELIVERY) -> dict[str, Any]:
        return {
            "quoteId": quote_id,
            "pallets": [PALLET],
            "pickupDetails": PICKUP,
            "deliveryDetails": delivery,
        }

    with pytest.raises(errors.UnprocessableEntity, match="not a quote of this account"):
        await checked(conforms, fx.freight.create_pallets_order, body=pallets(1))
    truck = await checked(conforms, fx.freight.create_truck_quote, body={**LANE, "palletCount": 4})
    with pytest.raises(
        errors.UnprocessableEntity, match="FTL quote; book it with POST /freight/orders/trucks"
    ):
        await checked(conforms, fx.freight.create_pallets_order, body=pallets(truck.id))
    too_big = await checked(conforms, fx.freight.create_pallets_quote, body={**LANE, "palletCount": 9})
    with pytest.raises(errors.UnprocessableEntity, match="INELIGIBLE"):
        await checked(conforms, fx.freight.create_pallets_order, body=pallets(too_big.id))
    quote = await checked(conforms, fx.freight.create_pallets_quote, body={**LANE, "palletCount": 2})
    elsewhere = {"address": {**LONG_BEACH, "zip": "10001"}, "contact": CONTACT}
    with pytest.raises(
        errors.UnprocessableEntity, match=r"deliveryDetails\.address\.zip '10001' is not the quote's"
    ):
        await checked(conforms, fx.freight.create_pallets_order, body=pallets(quote.id, elsewhere))
    sim.advance_clock(seconds=VALID_FOR + 1)
    with pytest.raises(errors.UnprocessableEntity, match="expired"):
        await checked(conforms, fx.freight.create_pallets_order, body=pallets(quote.id))


async def test_a_drayage_order_leaves_a_port_and_tracks_by_either_bill(fx: Any, conforms: Check) -> None:
    ports = await checked(conforms, fx.freight.get_freight_ports)
    assert "USLGB" in [p.id for p in ports.ports]
    lane = {"pickupDetails": {"zip": "90802"}, "deliveryDetails": {"zip": "89502"}}
    quote = await checked(conforms, fx.freight.create_containers_quote, body=lane)
    body = {
        "quoteId": quote.id,
        "portId": "USLGB",
        "containerId": "MSCU1234567",
        "masterBolId": "MEDU123456789",
        "deliveryOrderDocumentKey": "uploads/delivery-order.pdf",
        "packingListDocumentKey": "uploads/packing-list.pdf",
        "deliveryDetails": {"address": RENO, "contact": CONTACT},
        "packages": [PALLET],
        "packageType": "PALLETS",
    }
    with pytest.raises(errors.UnprocessableEntity, match="not a drayage port"):
        await checked(conforms, fx.freight.create_containers_order, body={**body, "portId": "XXXXX"})
    order = await checked(conforms, fx.freight.create_containers_order, body=body)
    assert (str(order.type_), order.port_id, order.drayage_order_item.master_bol_id) == (
        "DRAYAGE",
        "USLGB",
        "MEDU123456789",
    )
    assert order.transload_order_item.cost == quote.transload_quote_item.total_cost  # the long haul's legs
    by_master = await checked(conforms, fx.freight.get_bol_tracking, bol_id="MEDU123456789")
    by_ours = await checked(
        conforms, fx.freight.get_bol_tracking, bol_id=order.drayage_order_item.customer_bol_id
    )
    assert str(by_master.mode) == str(by_ours.mode) == "DRAYAGE"
    assert by_master.pickup_details.address.name == "Port of Long Beach"
    documents = await checked(conforms, fx.freight.get_order_documents, order_id=order.id)
    assert sorted(str(d.type_) for d in documents.documents) == [
        "CUSTOMER_BOL",
        "DELIVERY_ORDER",
        "PACKING_LIST",
    ]
