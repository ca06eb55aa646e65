"""The simulator's in-memory state: accounts, tokens, resources, events and timed transitions."""

from __future__ import annotations

import heapq
import itertools
import json
import os
import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from flexport_facade.testing._clock import Clock
from flexport_facade.testing._cursors import ulid
from flexport_facade.testing._faults import Faults

Json = dict[str, Any]

# Every scope named in the 2026-02 guide plus the unstable extras (freight): the default token's grant.
ALL_SCOPES = frozenset(
    f"{mode}_logistics_{family}"
    for mode in ("read", "write")
    for family in (
        "products",
        "inbounds",
        "orders",
        "orders_b2b",
        "bundles",
        "parcels",
        "returns",
        "webhooks",
        "reports",
        "freight",
    )
) | {"read_logistics_warehouses", "read_logistics_events"}

ONE_YEAR = 365 * 24 * 3600.0


@dataclass
class Token:
    account_id: str
    scopes: frozenset[str]
    expires_at: float | None = None
    revoked: bool = False

    def __repr__(self) -> str:  # the value is the dict key elsewhere; never print it
        return f"Token(account_id={self.account_id!r}, scopes={len(self.scopes)}, revoked={self.revoked})"


@dataclass
class Event:
    id: str
    type: str
    ms: int
    time: str
    payload: dict[str, str]  # the /events view: a string map
    raw: dict[str, Any] = field(default_factory=dict)  # typed values, for webhook bodies

    def as_json(self) -> Json:
        return {"id": self.id, "type": self.type, "time": self.time, "payload": dict(self.payload)}


@dataclass
class Stored:
    """An answer kept for an idempotency key."""

    fingerprint: str
    status: int
    body: Any
    headers: dict[str, str]


@dataclass
class Account:
    id: str
    frozen: bool = False  # 423 on every call (§10.15)
    # Seed 000 "What you can access": Orders, Inbounds and Freight need a billing account (403
    # without one); a Sandbox account has no Returns or Parcels (403). Set with /_sim/accounts.
    has_billing: bool = True
    sandbox: bool = False
    products: dict[str, Json] = field(default_factory=dict)
    inventory: dict[str, dict[str, int]] = field(default_factory=dict)
    inbounds: dict[int, Json] = field(default_factory=dict)
    orders: dict[str, Json] = field(default_factory=dict)
    outbounds: dict[str, Json] = field(default_factory=dict)
    returns: dict[int, Json] = field(default_factory=dict)
    webhooks: dict[int, Json] = field(default_factory=dict)
    bundles: dict[str, Json] = field(default_factory=dict)  # bundleId -> definition, in creation order
    reports: dict[str, Json] = field(default_factory=dict)  # reportReference -> status record
    parcels: dict[str, Json] = field(default_factory=dict)  # parcelId -> record (_handlers/parcels.py)
    parcel_jobs: dict[int, Json] = field(default_factory=dict)  # jobId -> BulkParcelJobResponse
    freight_quotes: dict[int, Json] = field(default_factory=dict)  # quote id -> QuoteResponse
    freight_orders: dict[int, Json] = field(default_factory=dict)  # order id -> record (freight_orders.py)
    events: list[Event] = field(default_factory=list)
    idempotency: dict[str, Stored] = field(default_factory=dict)
    # order id -> how many times its fulfilment was (re)started; timers of an older run stand down.
    order_runs: dict[str, int] = field(default_factory=dict)

    def stock(self, sku: str) -> dict[str, int]:
        return self.inventory.setdefault(sku, {"onHand": 0, "available": 0, "unavailable": 0})


@dataclass(order=True)
class _Timer:
    due: float
    seq: int
    action: Callable[[], None] = field(compare=False)


EventListener = Callable[[Account, Event], None]


class World:
    def __init__(
        self,
        *,
        clock: Clock,
        faults: Faults,
        version: str,
        default_token: str | None = None,
        webhook_types: frozenset[str] = frozenset(),
    ) -> None:
        self.clock = clock
        self.faults = faults
        self.version = version
        # The event types the version's snapshot declares in x-webhooks (what it may emit).
        self.webhook_types = webhook_types
        # (account id or token digest, simulated minute) -> requests, for rate_limit_per_minute.
        self.requests_by_minute: dict[tuple[str, int], int] = {}
        self.accounts: dict[str, Account] = {}
        self.tokens: dict[str, Token] = {}
        self.codes: dict[str, Json] = {}  # OAuth authorization codes
        self.oauth_clients: dict[str, str] = {"identity": "https://deliverr.com"}  # client_id -> redirect_uri
        self.oauth_secrets: dict[str, str] = {}  # client_id -> secret, for partner applications
        self._timers: list[_Timer] = []
        self._firing_at: float | None = None  # the due time of the transition now running
        self._seq = itertools.count()
        self._ids = itertools.count(100001)
        self.listeners: list[EventListener] = []
        self.default_account = self.add_account("1001")
        self.default_token = self.issue_token(self.default_account.id, ALL_SCOPES, value=default_token)

    # -- ids -----------------------------------------------------------------------------------
    def next_id(self) -> int:
        return next(self._ids)

    # -- accounts and tokens -------------------------------------------------------------------
    def add_account(self, account_id: str | None = None) -> Account:
        account = Account(account_id or str(self.next_id()))
        self.accounts[account.id] = account
        return account

    def issue_token(
        self,
        account_id: str,
        scopes: frozenset[str] | set[str],
        *,
        expires_in: float | None = None,
        value: str | None = None,
    ) -> str:
        value = value or "sim_" + secrets.token_urlsafe(24)
        expires_at = None if expires_in is None else self.clock.now() + expires_in
        self.tokens[value] = Token(account_id, frozenset(scopes), expires_at)
        return value

    # -- time ----------------------------------------------------------------------------------
    def now(self) -> float:
        """The clock, or inside a transition the time it was due (its timestamps and events)."""
        return self._firing_at if self._firing_at is not None else self.clock.now()

    def iso(self) -> str:
        return self.clock.iso(self.now())

    def at(self, delay: float, action: Callable[[], None]) -> None:
        """Run ``action`` ``delay`` seconds from now; from inside a transition, ``delay`` counts
        from when that transition was due, so one long clock jump runs a whole chain in order."""
        base = self.now()
        heapq.heappush(self._timers, _Timer(base + delay, next(self._seq), action))

    def tick(self) -> int:
        """Run every transition now due, in time order; returns how many ran."""
        ran = 0
        now = self.clock.now()
        while self._timers and self._timers[0].due <= now:
            timer = heapq.heappop(self._timers)
            self._firing_at = timer.due
            try:
                timer.action()
            finally:
                self._firing_at = None
            ran += 1
        return ran

    # -- events --------------------------------------------------------------------------------
    def declares(self, event_type: str) -> bool:
        """Whether the served version knows ``event_type`` (its snapshot's x-webhooks)."""
        return event_type in self.webhook_types

    def new_event_id(self) -> str:
        """A fresh event id, ordered after every id issued so far."""
        return self._monotonic_ulid(int(self.now() * 1000))

    def _monotonic_ulid(self, ms: int) -> str:
        """Ids sort in emission order even within one millisecond (a frozen clock emits many), as
        monotonic ULIDs do; cursors compare ids, so random entropy would skip events."""
        last_ms, last_entropy = getattr(self, "_last_ulid", (-1, 0))
        entropy = last_entropy + 1 if ms <= last_ms else int.from_bytes(os.urandom(8), "big")
        ms = max(ms, last_ms)
        self._last_ulid = (ms, entropy)
        return ulid(ms, entropy)

    def emit(self, account: Account, event_type: str, payload: dict[str, Any]) -> Event:
        now = self.now()
        ms = int(now * 1000)
        event = Event(
            id=self._monotonic_ulid(ms),
            type=event_type,
            ms=ms,
            time=self.clock.iso(now),
            payload={k: _as_text(v) for k, v in payload.items() if v is not None},
            raw={k: v for k, v in payload.items() if v is not None},
        )
        account.events.append(event)
        for listener in self.listeners:
            listener(account, event)
        return event


def _as_text(value: Any) -> str:
    """/events payloads are string maps; nested values travel as JSON text."""
    return value if isinstance(value, str) else json.dumps(value, separators=(",", ":"))
