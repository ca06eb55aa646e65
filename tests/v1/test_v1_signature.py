"""X-Hub-Signature: sha1=<hex HMAC-SHA1 of the raw body>, checked in constant time."""

from __future__ import annotations

import hashlib
import hmac
import json

from flexport_facade.testing._v1 import ping_event, shipment_event, webhook_delivery
from flexport_facade.v1 import sign_hub_signature, verify_hub_signature

SECRET = "whsec-test"


def test_sign_matches_hmac_sha1() -> None:
    body = b'{"data": {}, "type": "ping", "created_at": "2016-02-18T00:54:47.529Z"}'
    expected = "sha1=" + hmac.new(SECRET.encode(), body, hashlib.sha1).hexdigest()
    assert sign_hub_signature(body, SECRET) == expected
    assert verify_hub_signature(body, expected, SECRET)
    assert verify_hub_signature(body, expected.upper().replace("SHA1=", "sha1="), SECRET)


def test_verify_rejects_tampering_and_wrong_secret() -> None:
    body, headers = webhook_delivery(ping_event(), SECRET)
    header = headers["X-Hub-Signature"]
    assert verify_hub_signature(body, header, SECRET)
    assert not verify_hub_signature(body + b" ", header, SECRET)
    assert not verify_hub_signature(body, header, "other")
    assert not verify_hub_signature(body, None, SECRET)
    assert not verify_hub_signature(body, "", SECRET)
    assert not verify_hub_signature(body, header, "")
    assert not verify_hub_signature(body, header.replace("sha1=", "sha256="), SECRET)


def test_shipment_event_payload() -> None:
    event = shipment_event({"id": 1, "flex_id": "FLEX-1", "name": "S"}, "departed", "left port")
    body, headers = webhook_delivery(event, SECRET.encode())
    assert json.loads(body)["type"] == "shipment_event.departed"
    assert json.loads(body)["data"]["message"] == "left port"
    assert verify_hub_signature(body, headers["X-Hub-Signature"], SECRET)
