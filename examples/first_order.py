"""A product, stock, an order, and the (simulated) hour until it ships.

python examples/first_order.py
"""

from __future__ import annotations

from flexport_facade import Flexport, errors
from flexport_facade.testing import run_simulator

ADDRESS = {"address1": "1 Main St", "city": "Reno", "provinceCode": "NV", "zip": "89502", "countryCode": "US"}


def main() -> None:
    with (
        run_simulator("2026-02") as sim,
        Flexport(version="2026-02", token=sim.token, base_url=sim.url) as fx,
    ):
        sku = fx.products.create_product(body={"name": "Mug", "merchantSku": "MUG-1"}).logistics_sku
        order = {
            "externalOrderId": "WEB-1",
            "address": ADDRESS,
            "lineItems": [{"logisticsSku": sku, "quantity": 2}],
        }
        try:
            fx.orders.create_order(body=order)
        except errors.UnprocessableEntity as exc:
            print(f"before stock: {exc.status} {exc.detail}")
        sim.receive_inbound({sku: 10})
        print(f"stocked: {fx.products.get_inventory(logistics_sku=sku).available} available")
        created = fx.orders.create_order(body=order)
        sim.advance_clock(hours=1)
        status = fx.request("GET", f"/orders/{created.id}").json()["state"]["fulfillmentStatus"]
        print(f"order {created.id}: {status}")


if __name__ == "__main__":
    main()
