"""Driving the simulator from Python: the ``/_sim/`` admin endpoints as methods.

``RunningSimulator`` (what ``run_simulator`` and the ``flexport_simulator`` fixture give you) has
every method here; for a simulator started with ``flexport-facade serve``, build one yourself:
``SimulatorAdmin("http://127.0.0.1:PORT")``. Each method is one admin call over loopback, so it
runs on the simulator's own event loop and never races a request in flight.

    sim.receive_inbound({sku: 10})            # stock, so a first order does not 422
    sim.advance_clock(hours=1)                # sandbox transitions due by then run, webhooks go out
    sim.register_oauth_client("my-app", "https://app.example/callback", client_secret="s3cret")
    sim.flush_webhooks(); sim.deliveries()    # what was delivered, and how it went
"""

from __future__ import annotations

from typing import Any

import httpx

ADMIN_TIMEOUT = 10.0


class SimulatorAdminError(ValueError):
    """The simulator refused an admin call; the message is its reason."""


class SimulatorAdmin:
    """The admin API of a simulator served at ``url`` (its root, e.g. ``http://127.0.0.1:8080``)."""

    url: str

    def __init__(self, url: str) -> None:
        self.url = url.rstrip("/")

    def _admin(self, method: str, path: str, body: dict[str, Any] | None = None) -> Any:
        with httpx.Client(base_url=f"{self.url}/_sim", timeout=ADMIN_TIMEOUT) as client:
            response = client.request(method, path, json=body) if body is not None else client.get(path)
        if response.status_code >= 400:
            try:
                reason = response.json().get("error", response.text)
            except ValueError:
                reason = response.text
            raise SimulatorAdminError(f"{method} /_sim{path}: {reason}")
        return response.json()

    # -- time and the sandbox's own transitions --------------------------------------------------
    def advance_clock(
        self, seconds: float = 0.0, *, minutes: float = 0.0, hours: float = 0.0, days: float = 0.0
    ) -> dict[str, Any]:
        """Move simulated time forward; every transition due by then runs (inbounds received, orders
        shipped, ...) and due webhooks are delivered. Returns ``now``, ``transitions``, ``deliveries``.

            sim.advance_clock(hours=1)   # an API-created inbound is received within the hour
        """
        total = seconds + 60 * minutes + 3600 * hours + 86400 * days
        if total < 0:
            raise ValueError("the simulated clock only moves forward")
        answer: dict[str, Any] = self._admin("POST", "/clock/advance", {"seconds": total})
        return answer

    def receive_inbound(self, items: dict[str, int], *, account_id: str | None = None) -> dict[str, Any]:
        """Stock products at once: an inbound for ``{logisticsSku: units}``, received on the spot
        (``Inbound.*`` and ``Inventory.Adjusted`` events go out). The products must exist.

            sku = fx.products.create_product(body=new_product).logistics_sku
            sim.receive_inbound({sku: 10})   # now an order for up to 10 units is accepted
        """
        body: dict[str, Any] = {"items": dict(items)}
        if account_id is not None:
            body["account_id"] = account_id
        answer: dict[str, Any] = self._admin("POST", "/inbounds/receive", body)
        return answer

    # -- faults ----------------------------------------------------------------------------------
    def set_faults(self, **changes: Any) -> dict[str, Any]:
        """Change fault switches by name (see ``Faults``); unknown names are refused. Returns them all.

        sim.set_faults(throttle_next=2)   # the next two requests get 429 with Retry-After
        """
        answer: dict[str, Any] = self._admin("POST", "/faults", changes)
        return answer

    def reset_faults(self) -> dict[str, Any]:
        """Every fault switch back to its default (a well-behaved sandbox)."""
        answer: dict[str, Any] = self._admin("POST", "/faults/reset", {})
        return answer

    def outage(self, seconds: float = 60.0, *, status: int = 503) -> str:
        """Every request gets ``status`` for the next ``seconds`` of simulated time; returns the end."""
        answer: dict[str, Any] = self._admin("POST", "/outage", {"seconds": seconds, "status": status})
        return str(answer["until"])

    def poison_cursor(self, *, page_info: str | None = None, at: str | None = None) -> int:
        """Cursors near this one (a ``page_info`` value, or an RFC 3339 ``at``) get 500, always."""
        body = {"page_info": page_info} if page_info is not None else {"at": at}
        answer: dict[str, Any] = self._admin("POST", "/cursors/poison", body)
        return int(answer["poisoned_ms"])

    # -- accounts, tokens, OAuth -----------------------------------------------------------------
    def issue_token(
        self,
        scopes: list[str] | None = None,
        *,
        account_id: str | None = None,
        expires_in: float | None = None,
    ) -> str:
        """A new token (every scope unless ``scopes``), on the default account unless ``account_id``
        (created if new); ``expires_in`` seconds of simulated time.

            reader = sim.issue_token(["read_logistics_products"])   # a 403 on anything else
        """
        body: dict[str, Any] = {}
        if scopes is not None:
            body["scopes"] = list(scopes)
        if account_id is not None:
            body["account_id"] = account_id
        if expires_in is not None:
            body["expires_in"] = expires_in
        return str(self._admin("POST", "/tokens", body)["token"])

    def revoke_token(self, token: str) -> None:
        """The token answers 401 from now on (what a merchant's uninstall does)."""
        self._admin("POST", "/tokens/revoke", {"token": token})

    def set_account(
        self,
        account_id: str | None = None,
        *,
        frozen: bool | None = None,
        has_billing: bool | None = None,
        sandbox: bool | None = None,
        create: bool = False,
    ) -> dict[str, Any]:
        """Account flags: ``frozen`` (every call 423), ``has_billing`` (False: Orders, Inbounds, Freight
        answer 403), ``sandbox`` (True: Returns, Parcels answer 403). Returns the account's flags."""
        body: dict[str, Any] = {"create": create}
        if account_id is not None:
            body["account_id"] = account_id
        flags = {"frozen": frozen, "has_billing": has_billing, "sandbox": sandbox}
        body.update({k: v for k, v in flags.items() if v is not None})
        answer: dict[str, Any] = self._admin("POST", "/accounts", body)
        return answer

    def register_oauth_client(
        self, client_id: str, redirect_uri: str, *, client_secret: str | None = None
    ) -> None:
        """Register a partner application, as the Flexport developer portal would; with a
        ``client_secret`` the token exchange must prove it (HTTP Basic or form).

            sim.register_oauth_client("my-app", "https://app.example/callback", client_secret="s3cret")
        """
        body = {"client_id": client_id, "redirect_uri": redirect_uri}
        if client_secret:
            body["client_secret"] = client_secret
        self._admin("POST", "/oauth/clients", body)

    # -- events and webhooks ---------------------------------------------------------------------
    def emit_event(
        self, event_type: str, payload: dict[str, Any] | None = None, *, account_id: str | None = None
    ) -> dict[str, Any]:
        """Put an event on the account's feed (``/events``) and deliver it to its webhooks."""
        body: dict[str, Any] = {"type": event_type, "payload": dict(payload or {})}
        if account_id is not None:
            body["account_id"] = account_id
        answer: dict[str, Any] = self._admin("POST", "/events", body)
        return answer

    def flush_webhooks(self) -> int:
        """Deliver every webhook now due (without moving the clock); returns the attempts made.
        Subscribing an ``http://127.0.0.1`` receiver needs ``allow_http_loopback_webhooks``."""
        return int(self._admin("POST", "/webhooks/flush", {})["deliveries"])

    def deliveries(self) -> list[dict[str, Any]]:
        """Every delivery attempt so far: webhook id, url, event id and type, attempt, status or error."""
        answer: list[dict[str, Any]] = self._admin("GET", "/webhooks/deliveries")
        return answer

    # -- the whole state ---------------------------------------------------------------------------
    def state(self) -> dict[str, Any]:
        """Version, simulated now, fault switches, account flags and pending deliveries."""
        answer: dict[str, Any] = self._admin("GET", "/state")
        return answer

    def reset(self, **faults: Any) -> None:
        """Forget every resource, token (the main one keeps its value) and queued delivery; optional
        fault switches start the fresh world."""
        self._admin("POST", "/reset", {"faults": faults})
