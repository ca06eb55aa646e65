"""Offset pagination over a clamping, short-paging server, stopped and resumed from a checkpoint.

python examples/inventory_pages.py
"""

from __future__ import annotations

import json

from flexport_facade import Flexport
from flexport_facade.testing import Faults, run_simulator


def main() -> None:
    faults = Faults(short_pages=True, page_cap=25)  # the field: clamped and short pages
    with (
        run_simulator("2026-02", faults=faults) as sim,
        Flexport(version="2026-02", token=sim.token, base_url=sim.url) as fx,
    ):
        for i in range(120):
            fx.products.create_product(body={"name": f"Item {i}", "merchantSku": f"ITEM-{i:03d}"})
        pager = fx.paginate(fx.products.get_products, limit=100)
        first = [p.merchant_sku for _, p in zip(range(50), pager, strict=False)]
        saved = json.dumps(pager.checkpoint)  # store it anywhere: a file, a row, a queue message
        rest = [p.merchant_sku for p in fx.paginate(fx.products.get_products, resume=json.loads(saved))]
    every = first + rest
    print(f"{len(every)} products, {len(set(every))} distinct, in order: {every == sorted(every)}")


if __name__ == "__main__":
    main()
