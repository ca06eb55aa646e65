"""The field's misbehaviours (field-facts §10), each switchable per test and at run time.

Defaults describe a well-behaved sandbox; ``Faults.field()`` turns on what the field evidence says
the live API does. Counters (``drop_next`` and friends) count down as requests consume them.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Faults:
    # -- paging -------------------------------------------------------------------------------
    page_cap: int = 100  # offset lists silently serve at most this many rows (§10.6)
    short_pages: bool = False  # offset lists return a short page now and then before the end
    gateway_cost_threshold: int | None = None  # 504 when limit * (offset + limit) passes it (§10.11)
    events_reject_limit: int = 250  # /events limit >= this -> 400; between cap and this -> cap rows (§10.3)
    events_offset_freeze: int = 300  # /events offset deeper than this serves the oldest slice (§10.4)
    retention_days: int = 365  # /events cursors before the floor snap forward (§10.2)
    events_transient_400: int = 0  # next N /events requests with page_info get 400 (§10.9)
    poisoned_cursors: list[int] = field(default_factory=list)  # ms timestamps; cursors nearby -> 500 (§10.8)
    poison_window_ms: int = 10 * 60 * 1000
    link_prev_on_last_page: bool = False  # last page carries only rel="prev" (§10.1)
    # -- gateway and server errors -----------------------------------------------------------
    throttle_next: int = 0  # next N requests get 429
    throttle_retry_after: int | None = 1  # seconds; None -> gateway 429 without Retry-After (§10.13)
    rate_limit_per_minute: int | None = None  # per token, in simulated time
    outage_until: float | None = None  # clock time; until then every request gets outage_status (§10.12)
    outage_status: int = 503
    drop_next: int = 0  # next N requests: connection closed without an answer
    lose_after_commit: int = 0  # next N writes: commit, then close the connection unanswered
    # -- writes ------------------------------------------------------------------------------
    idempotency_mismatch_status: int = 422  # same key, different body (§10.17)
    # -- webhooks ----------------------------------------------------------------------------
    duplicate_every: int = 0  # every Nth delivery is sent twice with the same logisticsEventId (§10.22)
    allow_http_loopback_webhooks: bool = False  # accept http://127.0.0.1 subscriber URLs (tests only)
    # -- sandbox timings (seconds of simulated time) ----------------------------------------
    inbound_receive_after: float = 3600.0
    order_ship_after: float = 3600.0
    outbound_step_after: float = 3600.0
    split_shipments: int = 1  # D2C orders fan out into this many shipments (§10.10)

    @classmethod
    def field(cls, **overrides: Any) -> Faults:
        """What the field reports the live API doing; override per test."""
        preset = cls(
            short_pages=True, gateway_cost_threshold=100 * 1100, split_shipments=2, duplicate_every=5
        )
        return dataclasses.replace(preset, **overrides)

    def update(self, changes: dict[str, Any]) -> None:
        """Apply a JSON object of changes (the admin endpoint), rejecting unknown names."""
        names = {f.name for f in dataclasses.fields(self)}
        unknown = sorted(set(changes) - names)
        if unknown:
            raise ValueError(f"unknown fault switches: {', '.join(unknown)}")
        for key, value in changes.items():
            setattr(self, key, value)

    def as_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    def take(self, name: str) -> bool:
        """Consume one unit of a countdown switch; True when it fired."""
        remaining = int(getattr(self, name))
        if remaining <= 0:
            return False
        setattr(self, name, remaining - 1)
        return True
