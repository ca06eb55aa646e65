"""Error mapping from recorded answers: 401, 403, 404 and 409 become their typed errors."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from rec_target import SimControl, Target

from flexport_facade import Flexport
from flexport_facade.errors import Conflict, Forbidden, NotFound, Unauthorized

pytestmark = pytest.mark.vcr

BAD_TOKEN = "rec-invalid-token-0000000000000000"


def test_401_is_unauthorized_and_never_shows_the_token(make_fx: Callable[..., Flexport]) -> None:
    fx = make_fx(token=BAD_TOKEN)
    with pytest.raises(Unauthorized) as caught:
        fx.request("GET", "/products", params={"limit": 1})
    err = caught.value
    assert err.status == 401 and err.method == "GET" and err.path.endswith("/products")
    assert err.correlation_id  # recorded from the answer's x-correlation-id
    assert BAD_TOKEN not in f"{err} {err!r}"


@pytest.mark.simulator_only  # a token lacking a scope is minted through /_sim/tokens
def test_403_is_forbidden_and_names_the_scope(make_fx: Callable[..., Flexport], sim: SimControl) -> None:
    fx = make_fx(token=sim.token(["read_logistics_orders"]))
    with pytest.raises(Forbidden) as caught:
        fx.products.get_products(limit=1)
    assert caught.value.status == 403
    assert "read_logistics_products" in caught.value.required_scopes
    assert "read_logistics_products" in str(caught.value)


def test_404_is_not_found(fx: Flexport) -> None:
    with pytest.raises(NotFound) as caught:
        fx.request("GET", "/products/DZZZZZZZZZZ")
    assert caught.value.status == 404 and caught.value.path.endswith("/products/DZZZZZZZZZZ")


def test_409_is_conflict_for_a_duplicate_webhook(fx: Flexport, run_id: str, target: Target) -> None:
    # The run id keeps a live sandbox from holding this subscription from an earlier recording.
    hook = {"type": "Order.Shipped", "url": f"https://hooks.example.com/rec-{run_id}", "method": "POST"}
    created = fx.request("POST", "/webhooks", json=hook)
    assert created.status_code in (200, 201, 202)
    try:
        with pytest.raises(Conflict) as caught:
            fx.request("POST", "/webhooks", json=hook)
        assert caught.value.status == 409
    finally:
        fx.request("DELETE", f"/webhooks/{created.json()['id']}")
