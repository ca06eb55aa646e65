"""Unknown enum values: an answer still parses (the raw value kept, one warning per value and type);
a request built from data stays strict. Both come from scripts/generator/templates, not hand edits."""

from __future__ import annotations

import json
import logging

import httpx
import pytest
from flexport_logistics_v2026_02.api.outbounds import get_shipment_attachment_url
from flexport_logistics_v2026_02.models import AttachmentType, ShipmentAttachmentUrlRequest
from flexport_logistics_v2026_02.types import MAX_LOGGED_UNKNOWN_VALUES, is_unknown_enum_member

from flexport_facade.conformance._audit import audit


class _Client:
    raise_on_unexpected_status = False


def answer(kind: str) -> httpx.Response:
    body = {
        "attachmentType": kind,
        "expirationTime": "2026-03-01T10:00:00Z",
        "uploadUrl": "https://u.example/x",
    }
    return httpx.Response(
        200, content=json.dumps(body).encode(), headers={"content-type": "application/json"}
    )


def parse(kind: str) -> object:
    return get_shipment_attachment_url._parse_response(client=_Client(), response=answer(kind))  # type: ignore[arg-type]


def test_an_unknown_value_in_an_answer_parses_and_is_logged_once(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING)
    first, second = parse("DELIVERY_RECEIPT"), parse("DELIVERY_RECEIPT")
    kind = first.attachment_type  # type: ignore[attr-defined]
    assert (
        isinstance(kind, AttachmentType) and kind == "DELIVERY_RECEIPT" and kind.value == "DELIVERY_RECEIPT"
    )
    assert is_unknown_enum_member(kind) and not is_unknown_enum_member(AttachmentType.BILL_OF_LADING)
    assert first.to_dict()["attachmentType"] == "DELIVERY_RECEIPT"  # type: ignore[attr-defined]
    assert second.attachment_type == kind  # type: ignore[attr-defined]
    logged = [r.getMessage() for r in caplog.records if "DELIVERY_RECEIPT" in r.getMessage()]
    assert logged == [
        "AttachmentType has no value 'DELIVERY_RECEIPT' in this API version's spec: kept as the raw value"
    ]
    # conformance flags it: parsed, but not a value the version knows
    assert [i.problem for i in audit(first)] == ["'DELIVERY_RECEIPT' is not a value of AttachmentType"]


def test_known_values_are_the_members_themselves() -> None:
    assert parse("BILL_OF_LADING").attachment_type is AttachmentType.BILL_OF_LADING  # type: ignore[attr-defined]


def test_requests_stay_strict() -> None:
    with pytest.raises(ValueError, match="is not a valid AttachmentType"):
        AttachmentType("DELIVERY_RECEIPT")
    with pytest.raises(ValueError, match="is not a valid AttachmentType"):
        ShipmentAttachmentUrlRequest.from_dict({"attachmentType": "DELIVERY_RECEIPT"})


def test_the_warnings_are_bounded(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING)
    for n in range(MAX_LOGGED_UNKNOWN_VALUES + 20):
        parse(f"KIND_{n}")
    assert sum("KIND_" in r.getMessage() for r in caplog.records) <= MAX_LOGGED_UNKNOWN_VALUES
