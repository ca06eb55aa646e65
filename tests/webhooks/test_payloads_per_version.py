"""Every event type of 2023-10 and 2026-02 parses into its generated model (recorded payloads)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from flexport_facade._core.snapshots import load_snapshot
from flexport_facade._core.versions import get_version
from flexport_facade.webhooks import NoAuth, Receiver, UnknownEvent, load_webhook_models

PAYLOADS = Path(__file__).parent / "payloads"
VERSIONS = ("2023-10", "2026-02")
CASES = [(v, p) for v in VERSIONS for p in sorted((PAYLOADS / v).glob("*.json"))]


@pytest.mark.parametrize("version", VERSIONS)
def test_a_recorded_payload_exists_for_every_event_type_of_the_version(version: str) -> None:
    recorded = {p.stem for p in (PAYLOADS / version).glob("*.json")}
    assert recorded == set(load_snapshot(version)["x-webhooks"])
    assert set(load_webhook_models(get_version(version))) == recorded


def test_2026_02_has_the_ten_lifecycle_events_and_2023_10_does_not() -> None:
    new = {
        f"{k}.{s}"
        for k in ("Order", "Shipment")
        for s in ("Submitted", "PickingStarted", "Packed", "Dispatched", "Delivered")
    }
    assert new <= {p.stem for p in (PAYLOADS / "2026-02").glob("*.json")}
    assert not new & {p.stem for p in (PAYLOADS / "2023-10").glob("*.json")}


@pytest.mark.parametrize(("version", "path"), CASES, ids=[f"{v}/{p.stem}" for v, p in CASES])
def test_payload_parses_into_its_model(version: str, path: Path) -> None:
    receiver = Receiver(version=version, auth=NoAuth())
    body = path.read_bytes()
    event = receiver.parse(body=body, headers={})
    assert not isinstance(event, UnknownEvent), event
    expected = load_webhook_models(get_version(version))[path.stem]
    assert type(event).__name__ == expected
    payload = json.loads(body)
    if "logisticsEventId" in payload:
        assert event.logistics_event_id == payload["logisticsEventId"]
        assert receiver.parse(body=body, headers={}) is None  # the second delivery is a duplicate


def test_unknown_enum_value_in_a_real_model_comes_back_raw() -> None:
    payload = json.loads((PAYLOADS / "2026-02" / "Inbound.Received.json").read_text())
    payload.update(type="TELEPORTED", logisticsEventId="enum-drift-1")
    event = Receiver(version="2026-02", auth=NoAuth()).parse(body=json.dumps(payload).encode(), headers={})
    assert isinstance(event, UnknownEvent) and event.payload["type"] == "TELEPORTED"
