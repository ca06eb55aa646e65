"""Parse a delivery into the pinned version's generated model, after auth and de-duplication."""

from __future__ import annotations

import hashlib
import importlib
import json
import logging
import threading
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from flexport_facade._constants import (
    DEDUPE_STORE_TIMEOUT,
    LOG_FIELD_LIMIT,
    UNTYPED_LOG_LIMIT,
    WEBHOOK_HANDLER_THREADS,
    WEBHOOK_HANDLER_TIMEOUT,
    WEBHOOK_MAX_BODY,
    WEBHOOK_SHUTDOWN_TIMEOUT,
)
from flexport_facade._core.operations import index_for
from flexport_facade._core.redact import printable
from flexport_facade._core.versions import ApiVersion, get_version
from flexport_facade.webhooks._dedupe import Claim, Deduper, MemoryDeduper, as_claim, compact_key
from flexport_facade.webhooks._verify import WebhookAuth

if TYPE_CHECKING:
    from flexport_facade.webhooks._asgi import WebhookApp
from flexport_facade._exceptions import DeliveryInFlight, InvalidPayload

log = logging.getLogger("flexport_facade.webhooks")

ENVELOPE = ("logisticsAccountId", "logisticsEventId", "logisticsEventType", "logisticsEventTime")
# Freight.TrackingUpdated is documented without the envelope (inventory/webhooks.md); we accept it bare.
ENVELOPE_EXEMPT = frozenset({"Freight.TrackingUpdated"})


# -- parsing -----------------------------------------------------------------------------------
@dataclass(frozen=True)
class UnknownEvent:
    """A delivery we could not type: an event type this version does not know, or a value
    outside a known enum. The raw payload is kept whole."""

    event_type: str
    event_id: str | None
    payload: dict[str, Any]
    reason: str


@dataclass(frozen=True, slots=True)  # slots: one object a delivery, not two
class Delivery:
    """A verified, decoded delivery and the key it is de-duplicated by."""

    event_type: str
    key: str
    payload: dict[str, Any] = field(repr=False)


def load_webhook_models(version: ApiVersion) -> dict[str, str]:
    """event type -> model class name, from the generated package's operations.json."""
    version.import_package()  # a clear error when the version's package is not installed
    return index_for(version.package).webhooks


class Receiver:
    def __init__(
        self,
        *,
        version: str,
        auth: WebhookAuth,
        dedupe: Deduper | None = None,
        models: Mapping[str, Any] | None = None,
    ) -> None:
        """``models`` maps event types to classes with ``from_dict``; by default they come from the
        version's generated package (its operations.json names one model per event type)."""
        self.version = get_version(version)
        if not callable(getattr(auth, "verify", None)):
            raise TypeError(
                "auth must be webhooks.NoAuth(), BasicAuth(user, password), TokenHeader(header, token) "
                f"or HubSignature(secret), not {type(auth).__name__}"
            )
        self.auth = auth
        self.dedupe: Deduper = dedupe if dedupe is not None else MemoryDeduper()
        self._models: dict[str, Any] | None = dict(models) if models is not None else None
        self._logged: set[tuple[str, str]] = set()
        self.untyped_unlogged = 0  # untyped deliveries of kinds past UNTYPED_LOG_LIMIT (not logged)
        self._log_lock = threading.Lock()

    def __repr__(self) -> str:
        return (
            f"Receiver(version={self.version.id!r}, auth={self.auth!r}, dedupe={type(self.dedupe).__name__})"
        )

    @property
    def event_types(self) -> list[str]:
        return sorted(self._model_names())

    def preload(self) -> None:
        """Import the pinned version's webhook models now, not at the first delivery of each type.
        The ASGI endpoint's lifespan runs this at start-up, off the loop: no delivery then waits
        for an import on the loop, and a version whose package is missing fails at start."""
        for model in self._model_names().values():
            if isinstance(model, _LazyModel):
                getattr(model.models, model.name)

    def _model_names(self) -> dict[str, Any]:
        if self._models is None:
            names = load_webhook_models(self.version)
            models = importlib.import_module(f"{self.version.package}.models")
            self._models = {event: _LazyModel(models, name) for event, name in names.items()}
        return self._models

    def parse(self, *, body: bytes, headers: Mapping[str, str]) -> Any | None:
        """Verify, decode, de-duplicate and type one delivery.

        Returns the generated model, an ``UnknownEvent``, or None for a duplicate.
        Raises ``Unauthenticated`` or ``InvalidPayload``, whose messages name what is wrong, and
        ``DeliveryInFlight`` (status 503) while another worker is handling the same event.
        The event counts as handled once returned: a caller whose handling of it fails should
        ``release`` it (see ``receive``), so that the sender's retry is handled again.
        """
        return self.receive(body=body, headers=headers)[0]

    def receive(self, *, body: bytes, headers: Mapping[str, str]) -> tuple[Any | None, str]:
        """As ``parse``, also returning the de-duplication key the delivery claimed, so that a
        failed handler can ``release(key)`` and the sender's next retry is handled again.

        For "complete only once handled", use the steps the ASGI endpoint uses: ``identify``,
        ``claim``, ``typed``, then ``complete`` or ``release``."""
        delivery = self.identify(body=body, headers=headers)
        claim = self.claim(delivery.key)
        if claim is Claim.NEW:
            self.complete(delivery.key)
            return self.typed(delivery), delivery.key
        if claim is Claim.IN_FLIGHT:
            raise DeliveryInFlight("this event is being handled by another worker; retry later")
        return None, delivery.key

    def identify(self, *, body: bytes, headers: Mapping[str, str]) -> Delivery:
        """Verify and decode a delivery, and name its de-duplication key; touches no store."""
        if not isinstance(body, bytes | bytearray):
            raise TypeError(
                f"body must be the raw request bytes (signatures cover them), not {type(body).__name__}"
            )
        if not isinstance(headers, Mapping):
            raise TypeError(
                f"headers must be a mapping of header names to values, not {type(headers).__name__}"
            )
        body = bytes(body)
        self.auth.verify(body, headers)
        payload = decode_payload(body)
        if self.version.api == "v1":
            event_type, key = self._v1_identity(payload)
        else:
            event_type, key = self._logistics_identity(payload)
        # Deliveries without an event id (v1, the bare Freight.TrackingUpdated) repeat the same
        # bytes when retried: their digest is the key. A long id is kept as its digest.
        key = compact_key(key) if key else "sha256:" + hashlib.sha256(body).hexdigest()
        return Delivery(event_type, key, payload)

    def claim(self, key: str) -> Claim:
        """Claim ``key`` in the de-duplication store (blocking: the ASGI endpoint calls it off the loop)."""
        claim = as_claim(self.dedupe.claim(key))
        if claim is not Claim.NEW:
            log.debug("delivery %s is %s", printable(key), claim.value)
        return claim

    def complete(self, key: str) -> None:
        """Record a claimed delivery as handled: later deliveries of it are duplicates."""
        complete = getattr(self.dedupe, "complete", None)
        if callable(complete):
            complete(key)

    def release(self, key: str) -> None:
        """Forget a delivery this receiver's store claimed (or completed, as ``receive`` does), so its
        redelivery is handled again. The stores of this package forget it only while the claim is
        still theirs: if its lease ran out and another worker took the event over, this changes
        nothing and the other worker keeps it (``webhooks._dedupe``)."""
        self.dedupe.release(key)

    def typed(self, delivery: Delivery) -> Any:
        """The generated model of a delivery, or an ``UnknownEvent``."""
        return self._typed(delivery.event_type, delivery.payload)

    @staticmethod
    def _logistics_identity(payload: dict[str, Any]) -> tuple[str, str | None]:
        """(event type, de-duplication id) of a flat Logistics API delivery."""
        event_type = payload.get("logisticsEventType")
        if event_type is None and "bolId" in payload:  # a bare Freight.TrackingUpdated
            return "Freight.TrackingUpdated", None
        missing = [k for k in ENVELOPE if not isinstance(payload.get(k), str) or not payload.get(k)]
        if missing:
            raise InvalidPayload(f"delivery lacks envelope field(s): {', '.join(missing)}")
        return str(event_type), str(payload["logisticsEventId"])

    @staticmethod
    def _v1_identity(payload: dict[str, Any]) -> tuple[str, str | None]:
        """Flexport API v1 deliveries are {type, data, created_at}, with no event id."""
        event_type = payload.get("type")
        if not isinstance(event_type, str) or not event_type or "data" not in payload:
            raise InvalidPayload("v1 delivery lacks 'type' or 'data'")
        return event_type, None

    def _typed(self, event_type: str, payload: dict[str, Any]) -> Any:
        names = self._model_names()
        # v1 types are "shipment_event.<what happened>": the model is named for the family.
        model = names.get(event_type) or names.get(event_type.split(".", 1)[0])
        event_id = payload.get("logisticsEventId")
        if model is None:
            return self._unknown(
                event_type, event_id, payload, f"{self.version.id} has no event type {event_type}"
            )
        try:
            return model.from_dict(payload)
        except (ValueError, KeyError, TypeError) as exc:
            return self._unknown(event_type, event_id, payload, f"{type(exc).__name__}: {exc}")

    def _unknown(self, event_type: str, event_id: Any, payload: dict[str, Any], reason: str) -> UnknownEvent:
        # Event types come from the sender: what is remembered (to log each pair once) is bounded
        # in count and size, and what is logged is escaped, so no delivery can forge a log line.
        key = (event_type[:LOG_FIELD_LIMIT], reason.split(":")[0][:LOG_FIELD_LIMIT])
        with self._log_lock:
            if key in self._logged:
                note = None
            elif len(self._logged) < UNTYPED_LOG_LIMIT:
                self._logged.add(key)
                note = ""
            else:
                self.untyped_unlogged += 1
                note = (
                    None
                    if self.untyped_unlogged > 1
                    else (
                        f"; {UNTYPED_LOG_LIMIT} kinds logged already, further ones are only counted "
                        "(Receiver.untyped_unlogged)"
                    )
                )
        if note is not None:
            log.warning("untyped webhook delivery (%s): %s%s", printable(event_type), printable(reason), note)
        return UnknownEvent(event_type, event_id if isinstance(event_id, str) else None, payload, reason)

    def asgi(
        self,
        handler: Callable[[Any], Awaitable[None] | None],
        *,
        max_body: int = WEBHOOK_MAX_BODY,
        handler_timeout: float = WEBHOOK_HANDLER_TIMEOUT,
        shutdown_timeout: float = WEBHOOK_SHUTDOWN_TIMEOUT,
        handler_threads: int = WEBHOOK_HANDLER_THREADS,
        store_timeout: float = DEDUPE_STORE_TIMEOUT,
    ) -> WebhookApp:
        """An ASGI app for POST deliveries that answers 200 only once ``handler(event)`` returned.

        A handler that raises gets the sender a 500 and a handler still running after
        ``handler_timeout`` a 503, so the sender retries; see ``WebhookApp`` for the whole contract.
        Bad deliveries get 400, 401 or 413 with a one-line reason, never a secret in the log.
        """
        from flexport_facade.webhooks._asgi import WebhookApp  # the endpoint module needs Receiver

        return WebhookApp(
            self,
            handler,
            max_body=max_body,
            handler_timeout=handler_timeout,
            shutdown_timeout=shutdown_timeout,
            handler_threads=handler_threads,
            store_timeout=store_timeout,
        )


@dataclass(frozen=True)
class _LazyModel:
    """A generated model named in operations.json, imported on the first delivery of its type."""

    models: Any
    name: str

    def from_dict(self, payload: dict[str, Any]) -> Any:
        return getattr(self.models, self.name).from_dict(payload)


def decode_payload(body: bytes) -> dict[str, Any]:
    if not body or not body.strip():
        raise InvalidPayload("empty body; expected a JSON object")
    try:
        payload = json.loads(body)
    except RecursionError:
        raise InvalidPayload("body is nested too deeply to be a delivery") from None
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise InvalidPayload(
            f"body is not valid JSON ({exc.__class__.__name__} at {getattr(exc, 'pos', '?')})"
        ) from None
    if not isinstance(payload, dict):
        raise InvalidPayload(f"body is JSON {type(payload).__name__}, expected an object")
    return payload
