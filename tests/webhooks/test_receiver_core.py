"""Webhook receiving without a generated package: authenticity, bad input, duplicates, the ASGI endpoint."""

from __future__ import annotations

import base64
import json
import logging
import multiprocessing
from dataclasses import dataclass
from typing import Any

import httpx
import pytest

from flexport_facade import webhooks
from flexport_facade.webhooks import (
    BasicAuth,
    Claim,
    HubSignature,
    InvalidPayload,
    MemoryDeduper,
    NoAuth,
    Receiver,
    SQLiteDeduper,
    TokenHeader,
    Unauthenticated,
    UnknownEvent,
)

SECRET = "hook-secret-abc123"


@dataclass
class OrderShipped:
    order_id: str
    logistics_event_id: str

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> OrderShipped:
        if d.get("status", "SHIPPED") not in {"SHIPPED"}:
            raise ValueError(f"{d['status']!r} is not a valid Status")
        return cls(order_id=d["orderId"], logistics_event_id=d["logisticsEventId"])


def delivery(event_id: str = "evt-1", event_type: str = "Order.Shipped", **extra: Any) -> bytes:
    payload = {
        "logisticsAccountId": "acct-1",
        "logisticsEventId": event_id,
        "logisticsEventType": event_type,
        "logisticsEventTime": "2026-02-01T00:00:00Z",
        "orderId": "123",
        **extra,
    }
    return json.dumps(payload).encode()


def receiver(auth: Any = None, **kw: Any) -> Receiver:
    return Receiver(
        version="2026-02",
        auth=auth or TokenHeader("X-Hook-Token", SECRET),
        models={"Order.Shipped": OrderShipped},
        **kw,
    )


GOOD = {"X-Hook-Token": SECRET}


def test_typed_event_then_duplicate_is_none() -> None:
    r = receiver()
    event = r.parse(body=delivery(), headers=GOOD)
    assert event == OrderShipped(order_id="123", logistics_event_id="evt-1")
    assert r.parse(body=delivery(), headers=GOOD) is None
    assert r.parse(body=delivery("evt-2"), headers=GOOD) is not None


def test_unknown_type_and_unknown_enum_come_back_raw_and_are_logged_once(caplog: Any) -> None:
    r = receiver()
    with caplog.at_level(logging.WARNING, logger="flexport_facade.webhooks"):
        a = r.parse(body=delivery("e1", "Order.Teleported"), headers=GOOD)
        b = r.parse(body=delivery("e2", "Order.Teleported"), headers=GOOD)
        c = r.parse(body=delivery("e3", status="LOST_IN_SPACE"), headers=GOOD)
    assert isinstance(a, UnknownEvent) and a.payload["orderId"] == "123" and a.event_id == "e1"
    assert isinstance(b, UnknownEvent)
    assert isinstance(c, UnknownEvent) and "LOST_IN_SPACE" in c.reason
    assert sum("Order.Teleported" in m for m in caplog.messages) == 1


@pytest.mark.parametrize(
    ("body", "needle"),
    [
        (b"", "empty body"),
        (b"   ", "empty body"),
        (b"{not json", "not valid JSON"),
        (b"[1, 2]", "JSON list, expected an object"),
        (json.dumps({"orderId": "1"}).encode(), "logisticsAccountId, logisticsEventId"),
        (json.dumps({**json.loads(delivery()), "logisticsEventId": ""}).encode(), "logisticsEventId"),
    ],
)
def test_bad_bodies_name_the_problem(body: bytes, needle: str) -> None:
    with pytest.raises(InvalidPayload, match=needle):
        receiver().parse(body=body, headers=GOOD)


@pytest.mark.parametrize(
    ("auth", "headers", "needle"),
    [
        (TokenHeader("X-Hook-Token", SECRET), {}, "missing X-Hook-Token"),
        (TokenHeader("X-Hook-Token", SECRET), {"x-hook-token": "nope"}, "wrong token"),
        (BasicAuth("flexport", SECRET), {}, "missing Basic"),
        (BasicAuth("flexport", SECRET), {"Authorization": "Basic !!!"}, "malformed"),
        (
            BasicAuth("flexport", SECRET),
            {"Authorization": "Basic " + base64.b64encode(b"flexport:wrong").decode()},
            "wrong Basic",
        ),
    ],
)
def test_wrong_or_missing_credentials_are_refused(auth: Any, headers: dict[str, str], needle: str) -> None:
    with pytest.raises(Unauthenticated, match=needle) as info:
        receiver(auth).parse(body=delivery(), headers=headers)
    assert SECRET not in str(info.value)


def test_basic_and_none_accept_the_right_sender() -> None:
    creds = base64.b64encode(f"flexport:{SECRET}".encode()).decode()
    assert receiver(BasicAuth("flexport", SECRET)).parse(
        body=delivery(), headers={"authorization": f"Basic {creds}"}
    )
    assert receiver(NoAuth()).parse(body=delivery(), headers={})


# v1 signature vectors: HMAC-SHA1 of the raw body, hex, "sha1=" prefix (seed 002).
V1_BODY = b'{"data":{},"type":"ping","created_at":"2016-02-18T00:54:47.529Z"}'


def test_hub_signature_vectors() -> None:
    sig = HubSignature("s3cret")
    good = sig.sign(V1_BODY)
    assert good == "sha1=" + __import__("hmac").new(b"s3cret", V1_BODY, "sha1").hexdigest()
    sig.verify(V1_BODY, {"X-Hub-Signature": good})
    with pytest.raises(Unauthenticated, match="does not match"):
        sig.verify(V1_BODY.replace(b"ping", b"pong"), {"X-Hub-Signature": good})  # tampered body
    with pytest.raises(Unauthenticated, match="does not match"):
        HubSignature("other").verify(V1_BODY, {"X-Hub-Signature": good})  # wrong secret
    with pytest.raises(Unauthenticated, match="missing"):
        sig.verify(V1_BODY, {})
    assert "s3cret" not in repr(sig)


def test_memory_deduper_is_bounded() -> None:
    d = MemoryDeduper(capacity=3)
    assert all(d.claim(i) is Claim.NEW for i in "abcd")
    assert d.claim("a") is Claim.NEW  # forgotten: the oldest went when "d" came
    assert d.claim("d") is Claim.IN_FLIGHT
    d.complete("d")
    assert d.claim("d") is Claim.DONE
    d.release("d")
    assert d.claim("d") is Claim.NEW


def _claim_all(path: str, ids: list[str], out: Any) -> None:
    d = SQLiteDeduper(path)
    out.put(sum(d.claim(i) is Claim.NEW for i in ids))


def test_sqlite_deduper_claims_each_id_once_across_processes(tmp_path: Any) -> None:
    path = str(tmp_path / "seen.db")
    ids = [f"evt-{i}" for i in range(200)]
    ctx = multiprocessing.get_context("spawn")
    out = ctx.Queue()
    procs = [ctx.Process(target=_claim_all, args=(path, ids, out)) for _ in range(3)]
    for p in procs:
        p.start()
    totals = [out.get(timeout=60) for _ in procs]
    for p in procs:
        p.join(timeout=30)
    assert sum(totals) == len(ids)
    assert SQLiteDeduper(path).claim("evt-0") is Claim.IN_FLIGHT


async def test_asgi_endpoint_status_codes_and_handler() -> None:
    seen: list[Any] = []

    async def handler(event: Any) -> None:
        seen.append(event)

    app = receiver().asgi(handler)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://hooks") as client:
        ok = await client.post("/", content=delivery(), headers=GOOD)
        dup = await client.post("/", content=delivery(), headers=GOOD)
        unauth = await client.post("/", content=delivery("evt-9"), headers={"X-Hook-Token": "bad"})
        bad = await client.post("/", content=b"{", headers=GOOD)
        get = await client.get("/")
    await app.drain()
    assert (ok.status_code, dup.status_code, unauth.status_code, bad.status_code) == (200, 200, 401, 400)
    assert get.status_code == 405
    assert dup.json()["detail"] == "duplicate"
    assert SECRET not in unauth.text
    assert seen == [OrderShipped(order_id="123", logistics_event_id="evt-1")]


async def test_asgi_endpoint_never_500s_on_a_handler_or_parse_bug(caplog: Any) -> None:
    def broken_handler(event: Any) -> None:
        raise RuntimeError("boom")

    class Exploding:
        @classmethod
        def from_dict(cls, d: dict[str, Any]) -> Any:
            raise ZeroDivisionError

    r = Receiver(version="2026-02", auth=NoAuth(), models={"Order.Shipped": Exploding})
    transport = httpx.ASGITransport(app=r.asgi(broken_handler))
    async with httpx.AsyncClient(transport=transport, base_url="http://hooks") as client:
        resp = await client.post("/", content=delivery())
    assert resp.status_code == 400
    assert webhooks._receiver.log.name == webhooks._asgi.log.name == "flexport_facade.webhooks"


async def test_a_failed_handler_releases_the_event_so_a_redelivery_is_handled() -> None:
    calls: list[Any] = []

    def flaky(event: Any) -> None:
        calls.append(event)
        if len(calls) == 1:
            raise RuntimeError("database down")

    app = receiver().asgi(flaky)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://hooks") as client:
        first = await client.post("/", content=delivery("evt-r"), headers=GOOD)
        await app.drain()
        again = await client.post("/", content=delivery("evt-r"), headers=GOOD)
        await app.drain()
        third = await client.post("/", content=delivery("evt-r"), headers=GOOD)
        await app.drain()
    # 500 for the failure, so the sender retries; the retry is handled, then a true duplicate.
    assert (first.status_code, again.status_code, third.status_code) == (500, 200, 200)
    assert len(calls) == 2  # handled again after the failure, then a true duplicate
    assert third.json()["detail"] == "duplicate"


def test_freight_tracking_without_envelope_is_deduplicated_by_its_bytes() -> None:
    r = Receiver(version="2026-02", auth=NoAuth(), models={})
    body = json.dumps({"bolId": "BOL-1", "bolStatus": "IN_TRANSIT"}).encode()
    first = r.parse(body=body, headers={})
    assert isinstance(first, UnknownEvent) and first.event_type == "Freight.TrackingUpdated"
    assert r.parse(body=body, headers={}) is None


@pytest.mark.parametrize(
    ("body", "headers", "needle"),
    [
        ({"logisticsEventId": "x"}, GOOD, "raw request bytes"),
        (delivery(), None, "mapping of header names"),
        (delivery(), [("X-Hook-Token", SECRET)], "mapping of header names"),
    ],
)
def test_wrong_argument_types_are_named(body: Any, headers: Any, needle: str) -> None:
    with pytest.raises(TypeError, match=needle):
        receiver().parse(body=body, headers=headers)


def test_deeply_nested_json_is_an_invalid_payload_not_a_crash() -> None:
    with pytest.raises(InvalidPayload, match="nested too deeply"):
        receiver().parse(body=b"[" * 100_000 + b"]" * 100_000, headers=GOOD)


def test_auth_is_checked_when_the_receiver_is_built() -> None:
    with pytest.raises(TypeError, match=r"auth must be webhooks\.NoAuth"):
        Receiver(version="2026-02", auth="secret")  # type: ignore[arg-type]


async def test_an_oversized_delivery_is_refused_without_buffering_it() -> None:
    app = receiver().asgi(lambda event: None, max_body=1024)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://hooks") as client:
        big = await client.post("/", content=delivery(note="x" * 5000), headers=GOOD)
        small = await client.post("/", content=delivery(), headers=GOOD)
    assert (big.status_code, small.status_code) == (413, 200)
