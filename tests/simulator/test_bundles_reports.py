"""Bundles and reports keep state in the simulator, as their schemas describe."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from flexport_facade import Flexport, RetryPolicy, errors
from flexport_facade.testing import Faults, RunningSimulator, run_simulator


@pytest.fixture
def sim() -> Iterator[RunningSimulator]:
    with run_simulator("2026-02", faults=Faults(report_ready_after=600)) as running:
        yield running


@pytest.fixture
def fx(sim: RunningSimulator) -> Iterator[Flexport]:
    with Flexport(
        version="2026-02", token=sim.token, base_url=sim.url, retry=RetryPolicy(attempts=1)
    ) as client:
        yield client


def product(fx: Flexport, name: str) -> str:
    sku: str = fx.products.create_product(body={"name": name, "merchantSku": name}).logistics_sku
    return sku


def test_a_bundle_is_stored_listed_and_sellable_by_its_scarcest_content(
    sim: RunningSimulator, fx: Flexport
) -> None:
    mug, lid = product(fx, "MUG"), product(fx, "LID")
    body = {
        "externalBundleId": "KIT-1",
        "title": "Mug kit",
        "sku": "KIT-1",
        "bundleContents": [{"productId": mug, "quantity": 2}, {"productId": lid, "quantity": 1}],
    }
    created = fx.bundles.create_bundle(body=body)
    assert created.bundle_id.startswith("B") and len(created.bundle_id) == 11
    again = fx.bundles.get_bundle(bundle_id=created.bundle_id)
    assert again.external_bundle_id == "KIT-1" and len(again.bundle_contents) == 2
    assert fx.bundles.get_bundle_inventory(bundle_id=created.bundle_id).available_units == 0
    sim.receive_inbound({mug: 7, lid: 5})
    assert fx.bundles.get_bundle_inventory(bundle_id=created.bundle_id).available_units == 3  # 7 // 2
    with pytest.raises(errors.Conflict):
        fx.bundles.create_bundle(body=body)
    with pytest.raises(errors.UnprocessableEntity, match="unknown productId"):
        fx.bundles.create_bundle(
            body={
                **body,
                "externalBundleId": "KIT-2",
                "bundleContents": [{"productId": "D9999999999", "quantity": 1}],
            }
        )
    with pytest.raises(errors.NotFound):
        fx.bundles.get_bundle(bundle_id="B0000000000")


def test_bundles_list_by_cursor(fx: Flexport) -> None:
    sku = product(fx, "PART")
    for i in range(7):
        fx.bundles.create_bundle(
            body={
                "externalBundleId": f"K{i}",
                "title": f"Kit {i}",
                "sku": f"K{i}",
                "bundleContents": [{"productId": sku, "quantity": 1}],
            }
        )
    first = fx.request("GET", "/bundles", params={"limit": 3})
    assert len(first.json()) == 3 and 'rel="next"' in first.headers["link"]
    walked = [b.external_bundle_id for b in fx.paginate(fx.bundles.get_bundles, limit=3)]
    assert walked == [f"K{i}" for i in range(7)]  # every bundle once, in creation order
    last = fx.request("GET", "/bundles", params={"limit": 7})
    assert "link" not in last.headers


def test_a_report_is_pending_then_ready_with_a_csv(sim: RunningSimulator, fx: Flexport) -> None:
    sku = product(fx, "SOCK")
    sim.receive_inbound({sku: 4})
    reference = fx.reports.generate_report(body={"reportType": "Inventory-Levels_Today"}).report_reference
    assert str(fx.reports.get_report_status(report_reference=reference).status) == "PENDING"
    sim.advance_clock(minutes=10)
    ready = fx.reports.get_report_status(report_reference=reference)
    assert str(ready.status) == "SUCCESS" and ready.url_expiration is not None
    csv = httpx.get(ready.url).text.splitlines()
    assert csv == ["logisticsSku,onHand,available,unavailable", f"{sku},4,4,0"]
    with pytest.raises(errors.NotFound):
        fx.reports.get_report_status(report_reference="rpt_0")


def test_a_report_over_an_inverted_range_fails_with_a_reason(fx: Flexport) -> None:
    body = {
        "reportType": "Orders-All_Orders",
        "startDate": "2026-02-02T00:00:00Z",
        "endDate": "2026-02-01T00:00:00Z",
    }
    reference = fx.reports.generate_report(body=body).report_reference
    status = fx.reports.get_report_status(report_reference=reference)
    assert str(status.status) == "ERROR" and "after endDate" in status.error_message
