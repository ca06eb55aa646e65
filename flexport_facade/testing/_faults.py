"""The field's misbehaviours (field-facts §10), each switchable per test and at run time.

Defaults describe a well-behaved sandbox; ``Faults.field()`` turns on what the field evidence says
the live API does. Counters (``drop_next`` and friends) count down as requests consume them.
Set them in code (``Faults(...)``, ``sim.faults.x = ...``) or over HTTP (``POST /_sim/faults``).
Account flags (billing, sandbox, frozen) are not faults: they live on the account and are set
with ``POST /_sim/accounts`` (§10.15, §10.25).

Switches (field-facts section in brackets):

==============================  ======  =============================================================
switch                          §10     what it does
==============================  ======  =============================================================
page_cap                        6       offset lists serve at most this many rows, silently
short_pages                     6       offset lists return short pages now and then before the end
gateway_cost_threshold          11      504 from the gateway when limit * (offset + limit) passes it
gateway_delay_seconds           11      real seconds to wait before that 504 (default 0; ~29 live)
events_reject_limit             3       /events limit >= this is 400; between 100 and this: 100 rows
events_offset_freeze            4       /events offset past this serves the oldest slice forever
retention_days                  2       /events cursors before the floor silently start at it
events_transient_400            9       next N /events requests carrying page_info get 400
poisoned_cursors                8       cursors within poison_window_ms of these get 500, always
poison_window_ms                8       the reach of a poisoned cursor
link_prev_on_last_page          1       the last page carries only rel="prev"
throttle_next                   13      next N requests get 429
throttle_retry_after            13      Retry-After seconds (problem+json); None: gateway 429, none
rate_limit_per_minute           13      requests per simulated minute before 429, per rate_limit_key
rate_limit_key                  13      "account" (tokens of one account share) or "token"
outage_until / outage_status    12      until this clock time every request gets 500/502/503
drop_next                       --      next N requests: connection closed unanswered
lose_after_commit               --      next N writes commit, then the answer is lost
idempotency_mismatch_status     17      same key, different body: 422 (or 409)
duplicate_every                 22      every Nth delivery is sent twice, same logisticsEventId
unknown_event_every             22      every Nth delivery comes with one of a type the version lacks
unknown_enum_every              22      every Nth delivery has a value outside its enum (a status)
allow_http_loopback_webhooks    21      accept http://127.0.0.1 subscriber URLs (tests only)
inbound_receive_after           25      sandbox: seconds until an API inbound auto-receives
order_ship_after                25      sandbox: seconds until a D2C order ships (2026-02: picking,
                                        packing and dispatch events fall in between)
order_deliver_after             23      seconds from shipped to delivered (deliveredAt is set)
outbound_step_after             25      B2B outbounds: seconds per lifecycle step
split_shipments                 10      D2C orders fan out into this many shipments
report_ready_after              --      seconds until a requested report is ready (PENDING -> SUCCESS)
parcel_step_after               --      parcels: seconds per tracking step (LABEL_CREATED ... DELIVERED)
parcel_job_ready_after          --      seconds until a bulk parcel job is done (PENDING -> COMPLETED)
freight_step_after              --      freight orders: seconds per step (BOOKED ... COMPLETED)
freight_quote_valid_for         --      seconds a freight quote can be booked (its expiresAt)
==============================  ======  =============================================================
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any

RATE_LIMIT_KEYS = frozenset({"account", "token"})


@dataclass
class Faults:
    # -- paging -------------------------------------------------------------------------------
    page_cap: int = 100  # offset lists silently serve at most this many rows (§10.6)
    short_pages: bool = False  # offset lists return a short page now and then before the end
    gateway_cost_threshold: int | None = None  # 504 when limit * (offset + limit) passes it (§10.11)
    gateway_delay_seconds: float = 0.0  # real seconds before that 504; live it is ~29 s (§10.11)
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
    rate_limit_per_minute: int | None = None  # per rate_limit_key, in simulated minutes (§10.13)
    rate_limit_key: str = "account"  # "account": an account's tokens share a budget; "token": each own
    outage_until: float | None = None  # clock time; until then every request gets outage_status (§10.12)
    outage_status: int = 503
    drop_next: int = 0  # next N requests: connection closed without an answer
    lose_after_commit: int = 0  # next N writes: commit, then close the connection unanswered
    # -- writes ------------------------------------------------------------------------------
    idempotency_mismatch_status: int = 422  # same key, different body (§10.17)
    # -- webhooks ----------------------------------------------------------------------------
    duplicate_every: int = 0  # every Nth delivery is sent twice with the same logisticsEventId (§10.22)
    unknown_event_every: int = 0  # every Nth delivery brings one more, of a type the version lacks
    unknown_enum_every: int = 0  # every Nth delivery carries a status-like value outside its enum
    allow_http_loopback_webhooks: bool = False  # accept http://127.0.0.1 subscriber URLs (tests only)
    # -- sandbox timings (seconds of simulated time) ----------------------------------------
    inbound_receive_after: float = 3600.0
    order_ship_after: float = 3600.0
    order_deliver_after: float = 2 * 86400.0  # after shipping: deliveredAt, Order.Delivered (§10.23)
    outbound_step_after: float = 3600.0
    split_shipments: int = 1  # D2C orders fan out into this many shipments (§10.10)
    report_ready_after: float = 60.0  # GenerateReport: seconds until GetReportStatus says SUCCESS
    parcel_step_after: float = 3600.0  # a parcel's tracking moves one step this often
    parcel_job_ready_after: float = 60.0  # CreateBulkParcelJob: seconds until the job has its labels
    freight_step_after: float = 3600.0  # a freight order moves one status step this often
    freight_quote_valid_for: float = 7 * 86400.0  # a freight quote's expiresAt, from its createdAt

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
        if changes.get("rate_limit_key", "account") not in RATE_LIMIT_KEYS:
            raise ValueError(f"rate_limit_key must be one of {', '.join(sorted(RATE_LIMIT_KEYS))}")
        for key, value in changes.items():
            setattr(self, key, value)

    def __call__(self, **changes: Any) -> Faults:
        """``sim.faults(throttle_next=2, short_pages=True)``: ``update`` by keyword; returns self."""
        self.update(changes)
        return self

    def as_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    def take(self, name: str) -> bool:
        """Consume one unit of a countdown switch; True when it fired."""
        remaining = int(getattr(self, name))
        if remaining <= 0:
            return False
        setattr(self, name, remaining - 1)
        return True
