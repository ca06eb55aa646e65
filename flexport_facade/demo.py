"""`make demo`: the whole product on this machine, end to end, in well under a minute.

Starts the local simulator pinned to 2026-02 (with the field's misbehaviours switched on unless
``--no-faults``), then runs the sandbox workflow of the Getting Started guide through the facade:
create products with dimensions, create an inbound and let the sandbox auto-receive it, place an
order with an idempotency key (its first answer is lost on the wire and the retry is replayed),
follow the event feed until the order ships, receive the webhook deliveries on a local endpoint and
drop the duplicates, and list inventory with pagination. Sandbox time is simulated: "an hour later"
is the simulator's clock moved forward, not a wait.

    python -m flexport_facade.demo [--no-faults] [--products N] [--version 2026-02]
"""

from __future__ import annotations

import argparse
import collections
import importlib
import sys
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from typing import Any

import httpx

from flexport_facade import Flexport, RetryEvent, RetryPolicy
from flexport_facade.pagination import Progress
from flexport_facade.testing import Faults, RunningSimulator, run_simulator
from flexport_facade.testing._server import serve_in_thread
from flexport_facade.webhooks import Receiver, TokenHeader, UnknownEvent, subscribe

HOOK_EVENTS = ("Shipment.Created", "Shipment.Shipped", "Order.Shipped")
ADDRESS = {"address1": "1 Main St", "city": "Reno", "provinceCode": "NV", "zip": "89502", "countryCode": "US"}
HOUR = 3600.0


class Demo:
    def __init__(
        self,
        sim: RunningSimulator,
        fx: Flexport,
        hook_url: str,
        received: list[Any],
        retries: collections.Counter[str],
    ) -> None:
        self.sim = sim
        self.fx = fx
        self.hook_url = hook_url
        self.received = received
        self.admin = httpx.Client(base_url=f"{sim.url}/_sim", timeout=10)
        # The models subpackage itself: importing the package alone does not load it.
        self.models = importlib.import_module(f"{fx.api_version.package}.models")
        self.retries = retries  # counted by the client's on_retry hook
        self.step = 0
        self.summary: list[tuple[str, str]] = []

    def say(self, text: str) -> None:
        self.step += 1
        print(f"[{self.step}/8] {text}", flush=True)

    def advance(self, seconds: float) -> None:
        self.admin.post("/clock/advance", json={"seconds": seconds}).raise_for_status()

    def faults(self, **changes: Any) -> None:
        self.admin.post("/faults", json=changes).raise_for_status()

    # -- the workflow --------------------------------------------------------------------------
    def run(self, products: int) -> None:
        self.say(f"simulator {self.sim.url} (API {self.fx.version}); webhook receiver {self.hook_url}")
        self.subscribe()
        skus = self.create_products(products)
        self.inbound(skus)
        order_id = self.place_order(skus[0])
        self.follow_events(order_id)
        self.webhooks()
        self.inventory(products)

    def subscribe(self) -> None:
        auth = TokenHeader("X-Demo-Hook", "demo-hook-secret")
        for event_type in HOOK_EVENTS:
            subscribe(self.fx, event_type, self.hook_url, auth=auth, allow_insecure_loopback=True)
        self.say(f"subscribed to {', '.join(HOOK_EVENTS)} (token header auth)")

    def create_products(self, count: int) -> list[str]:
        model = self.models.CreateProductModel
        skus = []
        for i in range(count):
            body = model.from_dict(
                {
                    "name": f"Demo product {i}",
                    "merchantSku": f"DEMO-{i:03d}",
                    "dimensions": {
                        "weight": 1.5,
                        "weightUnit": "lb",
                        "length": 8,
                        "width": 6,
                        "height": 4,
                        "lengthUnit": "in",
                    },
                }
            )
            skus.append(self.fx.products.create_product(body=body).logistics_sku)
        self.say(f"created {count} products with dimensions (first {skus[0]})")
        self.summary.append(("products", str(count)))
        return skus

    def inbound(self, skus: list[str]) -> None:
        body = self.models.CreateInboundShipmentRequest.from_dict(
            {
                "from": ADDRESS,
                "prep": {"boxContentLabels": False},
                "items": [{"logisticsSku": sku, "quantity": 10} for sku in skus],
            }
        )
        shipment = self.fx.inbounds.create_inbounding_shipment(body=body)
        self.advance(HOUR)  # the sandbox auto-receives API-created inbounds within the hour
        on_hand = self.fx.products.get_inventory(logistics_sku=skus[0]).on_hand
        self.say(
            f"inbound {shipment.id} auto-received an hour later (simulated): {skus[0]} has {on_hand} on hand"
        )

    def place_order(self, sku: str) -> str:
        body = self.models.CreateOrderInput202307.from_dict(
            {
                "externalOrderId": "DEMO-ORDER-1",
                "address": ADDRESS,
                "lineItems": [{"logisticsSku": sku, "quantity": 2}],
            }
        )
        if self.sim.faults.short_pages:  # faults on: commit the order, then drop the answer
            self.faults(lose_after_commit=1)
        key = "demo-order-DEMO-ORDER-1"
        answer = self.fx.orders.create_order.raw(body=body, idempotency_key=key)
        order = answer.parsed
        orders = self.fx.request("GET", "/orders/external_id/DEMO-ORDER-1").json()
        replay = "replayed by the server" if answer.replayed else "first answer"
        lost = self.retries["POST"]
        self.say(
            f"order {order.id} placed with idempotency-key {key!r}: {lost} answer(s) lost and retried, "
            f"{replay}; the server holds exactly one order ({orders['externalOrderId']})"
        )
        self.summary.append(("orders created", "1"))
        return str(order.id)

    def follow_events(self, order_id: str) -> None:
        if self.sim.faults.short_pages:
            self.faults(throttle_next=2)  # two 429s with Retry-After on the way
        pager = self.fx.paginate(self.fx.events.get_events, limit=5)
        seen: collections.Counter[str] = collections.Counter()
        shipped = False
        for _ in range(12):
            for event in pager:
                seen[event.type_] += 1  # the generator renames "type" to type_
                payload = event.payload.to_dict()
                shipped = shipped or (event.type_ == "Order.Shipped" and payload.get("orderId") == order_id)
            if shipped:
                break
            self.advance(HOUR / 4)  # not shipped yet: come back later, from the checkpoint
            pager = self.fx.paginate(self.fx.events.get_events, resume=pager.checkpoint)
        if not shipped:
            raise SystemExit("demo: the order did not ship within three simulated hours")
        kinds = ", ".join(f"{k} x{n}" for k, n in sorted(seen.items()))
        self.say(
            f"followed /events (Link cursors, resumed from checkpoints) until the order shipped: {kinds}"
        )
        self.summary.append(("events read", str(sum(seen.values()))))

    def webhooks(self) -> None:
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            typed = [e for e in self.received if not isinstance(e, UnknownEvent)]
            if {type(e).__name__ for e in typed} >= {"OrderShippedEvent", "ShipmentShippedEvent"}:
                break
            time.sleep(0.02)
        sent = self.admin.get("/webhooks/deliveries").json()
        kinds = collections.Counter(type(e).__name__ for e in self.received)
        dropped = len(sent) - len(self.received)
        self.say(
            f"webhooks: {len(sent)} deliveries, {dropped} duplicate(s) dropped by logisticsEventId; typed: "
            + ", ".join(f"{k} x{n}" for k, n in sorted(kinds.items()))
        )
        self.summary.append(("webhooks handled", f"{len(self.received)} ({dropped} duplicates dropped)"))

    def inventory(self, products: int) -> None:
        pages: list[int] = []
        sizes: set[int] = set()

        def progress(p: Progress) -> None:
            if p.page_items:
                pages.append(p.page_items)
                print(
                    f"      page {p.pages}: +{p.page_items} rows, {p.items} so far (page size {p.page_size})"
                )
            sizes.add(p.page_size)

        if self.sim.faults.short_pages:  # a gateway that times out on pages of 100 here
            self.faults(gateway_cost_threshold=50 * 50)
        rows = list(self.fx.paginate(self.fx.products.get_all_inventory, limit=100, on_progress=progress))
        skus = {r.logistics_sku for r in rows}
        if len(skus) != products:
            raise SystemExit(f"demo: inventory listed {len(skus)} products, expected {products}")
        shape = "+".join(str(n) for n in pages)
        halved = f"; gateway 504s shrank the page size to {min(sizes)}" if min(sizes) < 100 else ""
        self.say(
            f"listed inventory with pagination: {len(rows)} rows in {len(pages)} page(s) ({shape}){halved}"
        )
        self.summary.append(("inventory rows", str(len(rows))))
        self.summary.append(
            ("retries", ", ".join(f"{k} x{n}" for k, n in sorted(self.retries.items())) or "none")
        )


@contextmanager
def running(version: str, faults: Faults, received: list[Any]) -> Iterator[Demo]:
    receiver = Receiver(version=version, auth=TokenHeader("X-Demo-Hook", "demo-hook-secret"))
    with ExitStack() as stack:
        sim = stack.enter_context(run_simulator(version, faults=faults))
        _, hook_base = stack.enter_context(serve_in_thread(receiver.asgi(received.append)))
        retries: collections.Counter[str] = collections.Counter()

        def on_retry(event: RetryEvent) -> None:
            retries[event.method] += 1
            why = event.status or event.error
            print(f"      retry {event.attempt} of {event.method} {event.path.split('/api/')[-1]}: {why}")

        policy = RetryPolicy(on_retry=on_retry, backoff_base=0.05, backoff_cap=0.5, retry_after_cap=1.0)
        fx = stack.enter_context(Flexport(version=version, token=sim.token, base_url=sim.url, retry=policy))
        demo = Demo(sim, fx, f"{hook_base}/hooks", received, retries)
        stack.callback(demo.admin.close)
        yield demo


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m flexport_facade.demo", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument("--version", default="2026-02")
    parser.add_argument("--products", type=int, default=60)
    parser.add_argument(
        "--no-faults", action="store_true", help="a well-behaved sandbox instead of the field's"
    )
    args = parser.parse_args(argv)
    faults = Faults(allow_http_loopback_webhooks=True, order_ship_after=HOUR / 2)
    if not args.no_faults:
        faults = Faults.field(allow_http_loopback_webhooks=True, duplicate_every=2, order_ship_after=HOUR / 2)
    started = time.monotonic()
    state = (
        "on: clamps, short pages, 504s, 429s, a lost answer, duplicate deliveries"
        if not args.no_faults
        else "off"
    )
    print(f"flexport-facade demo: Logistics API {args.version} on a local simulator (faults {state})")
    received: list[Any] = []
    with running(args.version, faults, received) as demo:
        demo.run(args.products)
        summary = demo.summary
    width = max(len(k) for k, _ in summary)
    print("summary:")
    for key, value in summary:
        print(f"  {key.ljust(width)}  {value}")
    print(f"done in {time.monotonic() - started:.1f}s; simulator and receiver stopped")
    return 0


if __name__ == "__main__":
    sys.exit(main())
