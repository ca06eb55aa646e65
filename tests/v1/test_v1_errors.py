"""Every v1 error form as a typed error of the shared hierarchy, and the retry rules (both clients).

Tests on the ``v1`` fixture run with ``FlexportV1`` and ``AsyncFlexportV1``.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from both_clients import Flavour, close, maybe_await

from flexport_facade import errors
from flexport_facade._core.retry import RetryPolicy
from flexport_facade.testing._v1 import V1Simulator
from flexport_facade.v1 import ArchivedPlace, BadToken, FlexportV1, V1Error
from flexport_facade.v1 import _errors as v1errors

from .conftest import KEY, Sleeps


@pytest.fixture
async def v1(sim: V1Simulator, policy: RetryPolicy, sleeps: Sleeps, flavour: Flavour) -> AsyncIterator[Any]:
    """``FlexportV1`` or ``AsyncFlexportV1`` on the simulator; either records its waits in ``sleeps``."""

    async def async_sleep(seconds: float) -> None:
        sleeps(seconds)

    retry = policy.replace(async_sleep=async_sleep)
    client = flavour.FlexportV1(token=KEY, base_url=sim.base_url, retry=retry, timeout=5.0)
    yield client
    await close(client)


async def test_bad_token_form(sim: V1Simulator) -> None:
    with FlexportV1(token="wrong-key-0000", base_url=sim.base_url) as v1, pytest.raises(BadToken) as caught:
        await maybe_await(v1.shipments.list())
    err = caught.value
    assert isinstance(err, errors.Unauthorized) and isinstance(err, V1Error)
    assert err.status == 401 and err.codes == ("bad_token",) and err.messages == ("Bad Token",)
    assert "Bad Token" in str(err) and "account settings" in str(err)


async def test_general_error_form_400(v1: Any) -> None:
    with pytest.raises(v1errors.V1BadRequest) as caught:
        await maybe_await(v1.products.create({"sku": "no-name"}))
    assert isinstance(caught.value, errors.BadRequest)
    assert caught.value.messages == ("Name can't be blank",)


async def test_general_error_form_with_several_messages(v1: Any) -> None:
    with pytest.raises(errors.BadRequest) as caught:
        await maybe_await(v1.products.update(30667, {"name": None}))
    assert caught.value.messages == ("Name can't be blank", "Product is not valid")  # type: ignore[attr-defined]


async def test_archived_place_422_names_the_replacement(v1: Any, sim: V1Simulator) -> None:
    record = {"name": "Shipment", "origin_id": 4934, "destination_id": 551800}
    with pytest.raises(ArchivedPlace) as caught:
        await maybe_await(v1.shipments.create(record))
    err = caught.value
    assert isinstance(err, errors.UnprocessableEntity) and err.status == 422
    new_id = sim.state.archived[551800]
    assert err.replacement_ids() == {"destination_id": new_id}
    (place,) = err.replacements
    assert place.type == "Address" and place.location == "Supplier ABC, Brussels, Brussels"
    # Resubmitting with the replacement id goes through.
    created = await maybe_await(v1.shipments.create({**record, **err.replacement_ids()}))
    assert created["destination_address"] == "Supplier ABC, Brussels"


async def test_404_on_unknown_records(v1: Any) -> None:
    with pytest.raises(v1errors.V1NotFound) as caught:
        await maybe_await(v1.purchase_orders.get(999))
    assert isinstance(caught.value, errors.NotFound)
    assert caught.value.messages == ("Purchase order not found",)
    with pytest.raises(errors.NotFound):
        await maybe_await(v1.products.delete(999))
    with pytest.raises(errors.NotFound):
        await maybe_await(v1.network.create_address(999, {"street_address": "x", "country_code": "US"}))
    with pytest.raises(errors.NotFound):  # replace-by-key with no match (simulator's assumption)
        (
            await maybe_await(
                v1.purchase_orders.update(
                    {
                        "name": "nope",
                        "role": "buyer",
                        "other_party_ref": "s",
                        "currency_code": "USD",
                        "transportation_mode": "air",
                    }
                )
            )
        )


async def test_429_is_retried_with_retry_after(v1: Any, sim: V1Simulator, sleeps: Sleeps) -> None:
    sim.state.fail_next(429, retry_after=2)
    assert await maybe_await(v1.currency_codes.list())
    assert sleeps == [2.0]
    assert [r.path for r in sim.state.requests] == ["/currency_codes"] * 2


async def test_429_surfaces_as_rate_limited_when_attempts_run_out(v1: Any, sim: V1Simulator) -> None:
    sim.state.fail_next(429, times=5, retry_after=1)
    with pytest.raises(v1errors.V1RateLimited) as caught:
        await maybe_await(v1.shipments.list())
    assert isinstance(caught.value, errors.RateLimited) and caught.value.retry_after == 1.0
    assert len(sim.state.requests) == 3  # the policy's attempts


@pytest.mark.parametrize("status", [500, 502, 503])
async def test_5xx_retried_for_idempotent_methods(v1: Any, sim: V1Simulator, status: int) -> None:
    sim.state.fail_next(status, times=2)
    assert (await maybe_await(v1.products.update(30667, {"category": "Shirts"})))[
        "category"
    ] == "Shirts"  # PUT
    assert len(sim.state.requests) == 3


async def test_5xx_types(v1: Any, sim: V1Simulator) -> None:
    sim.state.fail_next(503, times=3)
    with pytest.raises(v1errors.V1ServiceUnavailable) as caught:
        await maybe_await(v1.products.delete(30667))  # DELETE: retried, then surfaced
    assert isinstance(caught.value, errors.ServerError) and caught.value.status == 503
    assert len(sim.state.requests) == 3
    sim.state.fail_next(500, times=3)
    with pytest.raises(v1errors.V1ServerError):
        await maybe_await(v1.products.list())


async def test_post_is_not_retried_after_an_answer(v1: Any, sim: V1Simulator) -> None:
    sim.state.fail_next(503)
    with pytest.raises(errors.ServerError):
        await maybe_await(v1.products.create({"name": "once"}))
    assert len(sim.state.requests) == 1
    assert not any(p.get("name") == "once" for p in sim.state.products.values())


async def test_post_is_retried_when_it_never_reached_the_server(sim: V1Simulator, sleeps: Sleeps) -> None:
    real = httpx.HTTPTransport()
    failures = [httpx.ConnectError("connection refused")]

    def handler(request: httpx.Request) -> httpx.Response:
        if failures:
            raise failures.pop()
        return real.handle_request(request)

    policy = RetryPolicy(attempts=3, sleep=sleeps, rand=lambda: 0.0)
    with FlexportV1(
        token=KEY, base_url=sim.base_url, retry=policy, transport=httpx.MockTransport(handler)
    ) as v1:
        assert (await maybe_await(v1.products.create({"name": "after connect error"})))["id"]
    assert len(sleeps) == 1 and len(sim.state.requests) == 1


async def test_post_is_not_retried_after_a_read_timeout(sleeps: Sleeps) -> None:
    attempts: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        attempts.append(1)
        raise httpx.ReadTimeout("slow", request=request)

    policy = RetryPolicy(attempts=3, sleep=sleeps, rand=lambda: 0.0)
    with FlexportV1(token=KEY, retry=policy, transport=httpx.MockTransport(handler)) as v1:
        with pytest.raises(errors.RequestTimeout):
            await maybe_await(v1.shipments.create({"name": "maybe sent"}))
        assert len(attempts) == 1
        with pytest.raises(errors.RequestTimeout):
            await maybe_await(v1.shipments.list())  # a GET is repeated
    assert len(attempts) == 1 + 3


async def test_406_method_not_allowed_and_unknown_path(v1: Any) -> None:
    with pytest.raises(v1errors.MethodNotAllowed) as caught:
        await maybe_await(v1.request("DELETE", "/shipments"))
    assert caught.value.status == 405
    with pytest.raises(errors.NotFound):
        await maybe_await(v1.request("GET", "/quotes"))


async def test_non_json_error_body_is_excerpted_and_redacted() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(502, text=f'<html>bad gateway for Token token="{KEY}"</html>')

    transport = httpx.MockTransport(handler)
    with (
        FlexportV1(token=KEY, retry=RetryPolicy(attempts=1), transport=transport) as v1,
        pytest.raises(errors.ServerError) as caught,
    ):
        await maybe_await(v1.shipments.list())
    assert caught.value.body_excerpt is not None and KEY not in caught.value.body_excerpt
    assert caught.value.status == 502


async def test_unexpected_success_body() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"something": "else"})

    transport = httpx.MockTransport(handler)
    with (
        FlexportV1(token=KEY, transport=transport) as v1,
        pytest.raises(errors.UnexpectedBody, match="some"),
    ):
        await maybe_await(v1.shipments.list())


async def test_unauthorized_hook_is_told(sim: V1Simulator) -> None:
    from flexport_facade.v1 import TokenAuth

    told: list[errors.Unauthorized] = []

    class Store(TokenAuth):
        def on_unauthorized(self, error: errors.Unauthorized) -> None:
            told.append(error)

    with FlexportV1(auth=Store("expired-key-1234"), base_url=sim.base_url) as v1, pytest.raises(BadToken):
        await maybe_await(v1.currency_codes.list())
    assert len(told) == 1 and told[0].status == 401


def test_parse_body_forms() -> None:
    assert v1errors.parse_body({"error": ["a", "b"]})[0] == ("a", "b")
    assert v1errors.parse_body({"errors": [{"code": "bad_token", "message": "Bad Token"}]})[:2] == (
        ("Bad Token",),
        ("bad_token",),
    )
    messages, _codes, places = v1errors.parse_body(
        {"errors": {"origin_id": [{"error": "address is archived", "updated_address": {"id": 7}}]}}
    )
    assert (
        messages == ("origin_id: address is archived",)
        and places[0].id == 7
        and places[0].field == "origin_id"
    )
    assert v1errors.parse_body(["odd"]) == ((), (), ())


async def test_404_message_names_the_status_once(v1: Any) -> None:
    with pytest.raises(v1errors.V1NotFound) as caught:
        await maybe_await(v1.purchase_orders.get("abc"))  # no route: the body is {"error": ["404 Not Found"]}
    text = str(caught.value)
    assert text.startswith("GET /purchase_orders/abc: 404 Not Found - ") and "404 404" not in text
    assert "\n" not in text and caught.value.messages == ("404 Not Found",)
    err = v1errors.error_from_v1_response(httpx.Response(503, json={"error": ["503 maintenance"]}))
    assert str(err).startswith("503 maintenance - ")
    kept = v1errors.error_from_v1_response(httpx.Response(422, json={"error": ["404 lines are too many"]}))
    assert str(kept).startswith("422 404 lines are too many")  # only the answer's own status is dropped
