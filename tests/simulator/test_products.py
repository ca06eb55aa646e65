"""Products: create, list with limit/offset and the silent clamp, inventory, barcodes, 504 cost."""

from __future__ import annotations

from typing import Any

import httpx

from tests.simulator.conftest import make_product, stock


def test_create_get_and_list(api: httpx.Client, conforms: Any) -> None:
    created = conforms(api.post("/products", json={"name": "Mug", "merchantSku": "MUG-1"}))
    assert created.status_code == 201
    sku = created.json()["logisticsSku"]
    assert len(sku) == 11 and sku.startswith("D")
    assert conforms(api.get(f"/products/{sku}")).json()["merchantSku"] == "MUG-1"
    assert [p["logisticsSku"] for p in conforms(api.get("/products")).json()] == [sku]
    assert api.get("/products/D0000000000").status_code == 404


def test_limit_over_100_is_silently_clamped(api: httpx.Client) -> None:
    for n in range(101):
        make_product(api, f"S{n}")
    page = api.get("/products", params={"limit": 500})
    assert page.status_code == 200 and len(page.json()) == 100
    assert len(api.get("/products", params={"limit": 500, "offset": 100}).json()) == 1
    assert api.get("/products", params={"limit": 500, "offset": 101}).json() == []


def test_short_pages_mid_list_only_an_empty_page_ends(api: httpx.Client, admin: httpx.Client) -> None:
    for n in range(30):
        make_product(api, f"S{n}")
    admin.post("/faults", json={"short_pages": True})
    seen: list[str] = []
    short_before_end = False
    offset = 0
    while True:
        page = api.get("/products", params={"limit": 10, "offset": offset}).json()
        if not page:
            break
        short_before_end |= len(page) < 10 and offset + len(page) < 30
        seen += [p["logisticsSku"] for p in page]
        offset += len(page)
    assert len(seen) == len(set(seen)) == 30
    assert short_before_end


def test_gateway_504_when_page_cost_passes_threshold(api: httpx.Client, admin: httpx.Client) -> None:
    admin.post("/faults", json={"gateway_cost_threshold": 10_000})
    for _ in range(2):  # deterministic: the identical request fails every time
        response = api.get("/products", params={"limit": 100, "offset": 200})
        assert response.status_code == 504
        assert response.headers["content-type"] == "application/json"
        assert response.json() == {"message": "Endpoint request timed out"}
        assert response.headers["x-amz-apigw-id"] and response.headers["x-amzn-requestid"]
    assert api.get("/products", params={"limit": 25, "offset": 200}).status_code == 200


def test_inventory_rises_when_inbound_auto_receives(
    api: httpx.Client, admin: httpx.Client, conforms: Any
) -> None:
    sku = make_product(api)["logisticsSku"]
    assert api.get(f"/products/{sku}/inventory").json()["available"] == 0
    stock(api, admin, sku, 12)
    inventory = conforms(api.get(f"/products/{sku}/inventory")).json()
    assert inventory["available"] == 12 and inventory["onHand"] == 12
    rows = conforms(api.get("/products/inventory/all")).json()
    first_id = next(iter(api.get("/events", params={"type": "Inbound.ShipmentStatusChanged"}).json()))
    inbound = conforms(
        api.get("/inbounds/shipments", params={"shipmentIds": first_id["payload"]["shipmentId"]})
    ).json()[0]
    assert inbound["status"] == "COMPLETED" and inbound["items"][0]["counts"]["sellable"] == 12
    conforms(api.get(f"/inbounds/shipments/{inbound['id']}"))
    assert conforms(api.get("/inbounds/shipments")).status_code == 400  # shipmentIds is required
    assert rows[0]["logisticsSku"] == sku and rows[0]["available"] == 12


def test_barcodes(api: httpx.Client, conforms: Any) -> None:
    a, b = make_product(api, "A")["logisticsSku"], make_product(api, "B")["logisticsSku"]
    added = conforms(api.post("/products/barcodes", json={"logisticsSKU": a, "barcodes": ["012345678905"]}))
    assert added.status_code == 201 and added.json()["result"] == {"012345678905": "SUCCESS"}
    assert api.get(f"/products/{a}").json()["barcodes"] == ["012345678905"]
    clash = api.post("/products/barcodes", json={"logisticsSKU": b, "barcodes": ["012345678905"]})
    assert clash.json()["result"] == {"012345678905": "DUPLICATE"}
