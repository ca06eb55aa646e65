"""Retries you can see: an on_retry callback, FLEXPORT_LOG, and a write retried without a duplicate.

FLEXPORT_LOG=info python examples/retries_and_logging.py
"""

from __future__ import annotations

from flexport_facade import Flexport, RetryEvent, RetryPolicy
from flexport_facade.testing import run_simulator


def main() -> None:
    events: list[RetryEvent] = []
    policy = RetryPolicy(backoff_base=0.05, backoff_cap=0.2, retry_after_cap=0.2, on_retry=events.append)
    with (
        run_simulator("2026-02") as sim,
        Flexport(version="2026-02", token=sim.token, base_url=sim.url, retry=policy) as fx,
    ):
        sim.faults(throttle_next=2)  # two 429s with Retry-After
        fx.request("GET", "/warehouses/active")
        sim.faults(lose_after_commit=1)  # the product is created, then the answer is lost
        answer = fx.products.create_product.raw(body={"name": "Pen", "merchantSku": "PEN-1"})
        count = len(fx.request("GET", "/products").json())
    for event in events:
        print(
            f"retry after attempt {event.attempt} of {event.method} {event.path}: "
            f"{event.status or event.error}, waited {event.delay:.2f} s"
        )
    print(
        f"create answered {answer.status_code} (replayed={answer.replayed}); products on the server: {count}"
    )


if __name__ == "__main__":
    main()
