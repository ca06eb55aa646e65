"""The diff over every consecutive pair of our snapshots against the release-note deltas (seed 000).

The deltas are the ones tests/test_snapshots.py checks the snapshots for; here the diff must report
each of them, and every breaking change it reports must be a real difference between the documents
(checked independently of the diff's own code).
"""

from __future__ import annotations

import importlib.util
import itertools
import re
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from flexport_facade._core import snapshots
from flexport_facade._core.versions import known_versions
from flexport_facade.releases import Change, Severity, diff_documents
from flexport_facade.releases._loading import normalise_path

STABLE = [v.id for v in known_versions("logistics") if v.status == "stable"]
PAIRS = list(itertools.pairwise(STABLE))


def _snapshot_tests() -> Any:
    path = Path(__file__).resolve().parents[1] / "test_snapshots.py"
    spec = importlib.util.spec_from_file_location("snapshot_deltas", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


DELTAS = _snapshot_tests()


@cache
def doc(version: str) -> dict[str, Any]:
    return snapshots.load_snapshot(version)


@cache
def diff(old: str, new: str) -> tuple[Change, ...]:
    return tuple(diff_documents(doc(old), doc(new)))


def previous(version: str) -> str:
    return STABLE[STABLE.index(version) - 1]


def added_operations(old: str, new: str) -> set[tuple[str, str]]:
    return {
        (c.operation.split(" ", 1)[0], re.sub(r"{[^}]+}", "{}", c.operation.split(" ", 1)[1]))
        for c in diff(old, new)
        if c.kind == "operation-added" and c.operation
    }


@pytest.mark.parametrize(("first", "method", "path"), DELTAS.OPERATION_DELTAS)
def test_release_note_operations_are_reported_added(first: str, method: str, path: str) -> None:
    assert (method, path) in added_operations(previous(first), first)


@pytest.mark.parametrize(("first", "operation_id"), DELTAS.OPERATION_ID_DELTAS)
def test_release_note_operation_ids_are_reported_added(first: str, operation_id: str) -> None:
    found = [c for c in diff(previous(first), first) if c.kind == "operation-added"]
    assert operation_id.lower() in {str(c.new).lower() for c in found}
    assert all(c.severity is Severity.NON_BREAKING for c in found)


# (release, schema, field): request or response fields the release notes add
FIELD_DELTAS = [
    ("2023-10", "CreateParcelRequest", "customsInformation"),
    ("2023-10", "CreateParcelRequest", "customLabelFooterFields"),
    ("2023-10", "Parcel", "flexportTrackingUrl"),
    ("2023-10", "CreateInboundShipmentRequest", "shippingPlanName"),
    ("2023-10", "CreateInboundShipmentRequest", "shippingPlanExternalId"),
    ("2024-01", "CreateOrderInput202307", "packingSlipUrl"),
    ("2024-04", "CreateParcelRequest", "isReturn"),
    ("2024-04", "Parcel", "carrierBarcode"),
    ("2024-07", "CreateOrderInput202307", "dropShipDetails"),
    ("2024-07", "OrderModel", "dropShipDetails"),
    ("2025-03", "PackageInput", "sellerLPNs"),
]


@pytest.mark.parametrize(("first", "schema", "field"), FIELD_DELTAS)
def test_release_note_fields_are_reported_added(first: str, schema: str, field: str) -> None:
    found = [c for c in diff(previous(first), first) if c.kind == "property-added" and c.new == field]
    assert any(c.schema == schema for c in found), f"{schema}.{field} not reported for {first}"
    assert all(c.severity is Severity.NON_BREAKING for c in found)


def test_release_note_enum_values_and_formats() -> None:
    damaged = [c for c in diff("2023-10", "2024-01") if c.kind == "enum-value-added" and c.new == "DAMAGED"]
    assert [c.schema for c in damaged] == ["InboundReceivedEvent"]  # parsed by a receiver: breaking
    assert damaged[0].severity is Severity.BREAKING
    tiktok = [c for c in diff("2024-01", "2024-04") if c.kind == "enum-value-added" and c.new == "TIKTOK"]
    assert tiktok and tiktok[0].schema == "SourceId"
    uri = [c for c in diff("2024-01", "2024-04") if c.kind == "format-changed" and c.new == "uri"]
    assert {c.schema for c in uri} >= {"Parcel"}


def test_2026_02_lifecycle_event_types_are_reported() -> None:
    events = {c.event for c in diff("2025-03", "2026-02") if c.kind == "event-added"}
    for kind in ("Order", "Shipment"):
        for step in ("Submitted", "PickingStarted", "Packed", "Dispatched", "Delivered"):
            assert f"{kind}.{step}" in events
    assert not any(c.kind in {"operation-added", "operation-removed"} for c in diff("2025-03", "2026-02"))


def test_the_renames_the_issue_names_are_breaking() -> None:
    def renames(old: str, new: str) -> set[tuple[str, str]]:
        return {(c.old, c.new) for c in diff(old, new) if c.kind == "schema-renamed"}

    assert ("CreateReplenishmentOrderRequest", "CreateReplenishmentOrderRequestV2") in renames(
        "2024-04", "2024-07"
    )
    assert {("Dimension", "products_Dimension"), ("CustomsInput", "products_CustomsInput")} <= renames(
        "2024-07", "2025-03"
    )
    assert ("CreateOrderInput", "CreateOrderInput202307") in renames("2023-04", "2023-07")


def _resolve(root: Any, location: str) -> Any:
    node = root
    for raw in location.split("/")[1:]:
        part = raw.replace("~1", "/").replace("~0", "~")
        node = node[int(part)] if isinstance(node, list) else node[part]
    return node


@pytest.mark.parametrize(("old", "new"), PAIRS)
def test_every_breaking_change_is_in_the_snapshots(old: str, new: str) -> None:
    """Checked against the documents directly: the location exists on its side, and what is said
    to be gone is absent from the other release."""
    before, after = doc(old), doc(new)
    old_ops = {(m, normalise_path(p)) for m, p in snapshots.operations(before)}
    new_ops = {(m, normalise_path(p)) for m, p in snapshots.operations(after)}
    old_schemas, new_schemas = set(before["components"]["schemas"]), set(after["components"]["schemas"])
    for change in diff(old, new):
        _resolve(before if change.side == "old" else after, change.location)  # raises if invented
        if change.severity is not Severity.BREAKING:
            continue
        if change.kind == "operation-removed":
            method, path = change.location.split("/")[-1].upper(), _resolve(before, change.location)
            assert path is not None and method in {m for m, _ in old_ops - new_ops}
        elif change.kind == "schema-removed":
            assert change.old in old_schemas - new_schemas
        elif change.kind == "schema-renamed":
            assert change.old in old_schemas - new_schemas and change.new in new_schemas - old_schemas
        elif change.kind == "event-removed":
            assert change.old not in (after.get("x-webhooks") or {})
        elif change.kind == "enum-value-added":
            assert change.new in _resolve(after, change.location)
        elif change.kind == "property-removed":
            assert change.side == "old" and change.old in _resolve(before, change.location.rsplit("/", 1)[0])
    removed_ops = sum(1 for c in diff(old, new) if c.kind == "operation-removed")
    assert removed_ops == len(old_ops - new_ops)
    gone = sum(1 for c in diff(old, new) if c.kind in {"schema-removed", "schema-renamed"})
    assert gone == len(old_schemas - new_schemas)


@pytest.mark.parametrize(("old", "new"), PAIRS)
def test_reversing_a_pair_mirrors_additions_and_removals(old: str, new: str) -> None:
    def count(changes: tuple[Change, ...], kind: str) -> int:
        return sum(1 for c in changes if c.kind == kind)

    forward, backward = diff(old, new), diff(new, old)
    for added, removed in (
        ("operation-added", "operation-removed"),
        ("event-added", "event-removed"),
        ("enum-value-added", "enum-value-removed"),
    ):
        assert count(forward, added) == count(backward, removed)
        assert count(forward, removed) == count(backward, added)
    assert count(forward, "schema-renamed") == count(backward, "schema-renamed")


@pytest.mark.parametrize("version", [v.id for v in known_versions("logistics")])
def test_a_snapshot_against_itself_has_no_changes(version: str) -> None:
    assert diff_documents(doc(version), doc(version)) == []
