"""Parse a delivery into the pinned version's generated model, after auth and de-duplication."""

from __future__ import annotations

import hashlib
import importlib
import json
import logging
import threading
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from flexport_facade._constants import WEBHOOK_MAX_BODY
from flexport_facade._core.operations import index_for
from flexport_facade._core.versions import ApiVersion, get_version
from flexport_facade.webhooks._dedupe import Deduper, MemoryDeduper
from flexport_facade.webhooks._verify import WebhookAuth

if TYPE_CHECKING:
    from flexport_facade.webhooks._asgi import WebhookApp
from flexport_facade._exceptions import InvalidPayload

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
        self._log_lock = threading.Lock()

    def __repr__(self) -> str:
        return (
            f"Receiver(version={self.version.id!r}, auth={self.auth!r}, dedupe={type(self.dedupe).__name__})"
        )

    @property
    def event_types(self) -> list[str]:
        return sorted(self._model_names())

    def _model_names(self) -> dict[str, Any]:
        if self._models is None:
            names = load_webhook_models(self.version)
            models = importlib.import_module(f"{self.version.package}.models")
            self._models = {event: _LazyModel(models, name) for event, name in names.items()}
        return self._models

    def parse(self, *, body: bytes, headers: Mapping[str, str]) -> Any | None:
        """Verify, decode, de-duplicate and type one delivery.

        Returns the generated model, an ``UnknownEvent``, or None for a duplicate.
        Raises ``Unauthenticated`` or ``InvalidPayload``, whose messages name what is wrong.
        A caller whose handling of the event fails should ``release`` it (see ``receive``).
        """
        return self.receive(body=body, headers=headers)[0]

    def receive(self, *, body: bytes, headers: Mapping[str, str]) -> tuple[Any | None, str]:
        """As ``parse``, also returning the de-duplication key the delivery claimed, so that a
        failed handler can ``release(key)`` and the sender's next retry is handled again."""
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
        # bytes when retried: their digest is the key.
        key = key or "sha256:" + hashlib.sha256(body).hexdigest()
        if not self.dedupe.claim(key):
            log.debug("duplicate delivery %s dropped", key)
            return None, key
        return self._typed(event_type, payload), key

    def release(self, key: str) -> None:
        """Forget a claimed delivery, so its redelivery is handled again."""
        self.dedupe.release(key)

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
        key = (event_type, reason.split(":")[0])
        with self._log_lock:
            first = key not in self._logged
            self._logged.add(key)
        if first:
            log.warning("untyped webhook delivery (%s): %s", event_type, reason)
        return UnknownEvent(event_type, event_id if isinstance(event_id, str) else None, payload, reason)

    def asgi(
        self, handler: Callable[[Any], Awaitable[None] | None], *, max_body: int = WEBHOOK_MAX_BODY
    ) -> WebhookApp:
        """An ASGI app for POST deliveries: 200 at once, then ``handler(event)`` in the background.

        Bad deliveries get 400 or 401 with a one-line reason; never 500, never a secret in the log.
        """
        from flexport_facade.webhooks._asgi import WebhookApp  # the endpoint module needs Receiver

        return WebhookApp(self, handler, max_body=max_body)


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
