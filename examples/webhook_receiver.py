"""A webhook subscription and the ASGI receiver: typed events, duplicates dropped.

python examples/webhook_receiver.py
"""

from __future__ import annotations

import time
from typing import Any

from flexport_facade import Flexport
from flexport_facade.testing import Faults, run_simulator, serve_in_thread
from flexport_facade.webhooks import MemoryDeduper, Receiver, TokenHeader, subscribe

SECRET = "example-hook-secret"  # noqa: S105 - an example value


def main() -> None:
    auth = TokenHeader("X-Hook-Token", SECRET)
    receiver = Receiver(version="2026-02", auth=auth, dedupe=MemoryDeduper())
    received: list[Any] = []
    faults = Faults(allow_http_loopback_webhooks=True, duplicate_every=1)  # every delivery twice
    with (
        run_simulator("2026-02", faults=faults) as sim,
        serve_in_thread(receiver.asgi(received.append)) as (_, hook),
        Flexport(version="2026-02", token=sim.token, base_url=sim.url) as fx,
    ):
        subscribe(fx, "Inventory.Adjusted", f"{hook}/hooks", auth=auth, allow_insecure_loopback=True)
        sku = fx.products.create_product(body={"name": "Bag", "merchantSku": "BAG-1"}).logistics_sku
        sim.receive_inbound({sku: 4})
        sim.flush_webhooks()
        deadline = time.monotonic() + 5
        while not received and time.monotonic() < deadline:
            time.sleep(0.02)
        sent = len(sim.deliveries())
    print(f"{sent} deliveries sent, {len(received)} handled: {[type(e).__name__ for e in received]}")


if __name__ == "__main__":
    main()
