"""Receiving webhook deliveries: verify the sender, parse per version, drop duplicates.

Logistics API deliveries are flat JSON objects: the resource fields plus four envelope fields
(logisticsAccountId, logisticsEventId, logisticsEventType, logisticsEventTime). They are delivered at
least once, with the subscription's auth method (none, Basic, or a token in a header the subscriber
names); there is no signature. Flexport API v1 deliveries are signed instead (``HubSignature``).

    receiver = Receiver(version="2026-02", auth=TokenHeader("X-Hook-Token", secret),
                        dedupe=SQLiteDeduper("seen.db"))
    event = receiver.parse(body=raw_bytes, headers=request_headers)  # None: a duplicate
    app = receiver.asgi(handler)                                     # answers 200 at once
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
import importlib
import inspect
import json
import logging
import sqlite3
import threading
import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

from flexport_facade.errors import FlexportError, StoreUnavailable
from flexport_facade.operations import index_for
from flexport_facade.redact import mask
from flexport_facade.v1 import signature
from flexport_facade.versions import ApiVersion, get_version

log = logging.getLogger("flexport_facade.webhooks")

ENVELOPE = ("logisticsAccountId", "logisticsEventId", "logisticsEventType", "logisticsEventTime")
# Freight.TrackingUpdated is documented without the envelope (inventory/webhooks.md); we accept it bare.
ENVELOPE_EXEMPT = frozenset({"Freight.TrackingUpdated"})


class WebhookError(FlexportError):
    """A delivery we refuse; ``status`` is what the ASGI endpoint answers (400 or 401)."""

    status = 400


class InvalidPayload(WebhookError):
    status = 400


class Unauthenticated(WebhookError):
    status = 401


# -- authenticity ------------------------------------------------------------------------------
class WebhookAuth(Protocol):
    def verify(self, body: bytes, headers: Mapping[str, str]) -> None:
        """Raise ``Unauthenticated`` unless the delivery comes from the subscription's sender."""


def _header(headers: Mapping[str, str], name: str) -> str | None:
    lowered = name.lower()
    for key, value in headers.items():
        if key.lower() == lowered:
            return value
    return None


def _same(a: str, b: str) -> bool:
    return hmac.compare_digest(a.encode("utf-8"), b.encode("utf-8"))


@dataclass(frozen=True)
class NoAuth:
    """authMethod NONE: anyone can post. Choose it knowingly."""

    def verify(self, body: bytes, headers: Mapping[str, str]) -> None:
        return None


@dataclass(frozen=True)
class BasicAuth:
    """authMethod BASIC_AUTH: the subscription's username and password."""

    username: str
    password: str = field(repr=False)

    def verify(self, body: bytes, headers: Mapping[str, str]) -> None:
        value = _header(headers, "Authorization")
        if not value or not value.lower().startswith("basic "):
            raise Unauthenticated("missing Basic Authorization header")
        try:
            user, _, password = base64.b64decode(value[6:].strip(), validate=True).decode().partition(":")
        except (ValueError, UnicodeDecodeError):
            raise Unauthenticated("malformed Basic Authorization header") from None
        # Both compared, always: no early exit that tells which one was wrong.
        if not (_same(user, self.username) & _same(password, self.password)):
            raise Unauthenticated("wrong Basic credentials")

    def __repr__(self) -> str:
        return f"BasicAuth(username={self.username!r}, password={mask(self.password)})"


@dataclass(frozen=True)
class TokenHeader:
    """authMethod TOKEN: the subscription's token in the header the subscriber named."""

    header: str
    token: str = field(repr=False)

    def verify(self, body: bytes, headers: Mapping[str, str]) -> None:
        value = _header(headers, self.header)
        if value is None:
            raise Unauthenticated(f"missing {self.header} header")
        if not _same(value, self.token):
            raise Unauthenticated(f"wrong token in {self.header}")

    def __repr__(self) -> str:
        return f"TokenHeader(header={self.header!r}, token={mask(self.token)})"


@dataclass(frozen=True)
class HubSignature:
    """Flexport API v1: ``X-Hub-Signature: sha1=<hex HMAC-SHA1 of the raw body>`` (seed 002)."""

    secret: str = field(repr=False)
    header: str = signature.HEADER

    def sign(self, body: bytes) -> str:
        return signature.sign_hub_signature(body, self.secret)

    def verify(self, body: bytes, headers: Mapping[str, str]) -> None:
        value = _header(headers, self.header)
        if not value:
            raise Unauthenticated(f"missing {self.header} header")
        if not signature.verify_hub_signature(body, value, self.secret):
            raise Unauthenticated(f"{self.header} does not match the body")

    def __repr__(self) -> str:
        return f"HubSignature(secret={mask(self.secret)})"


# -- de-duplication ----------------------------------------------------------------------------
@runtime_checkable
class Deduper(Protocol):
    """Remembers event ids. ``claim`` is atomic: True the first time an id is seen, else False.

    For several hosts: ``flexport_facade.stores.RedisDeduper`` (``SET NX EX``) or ``PostgresDeduper``
    (a primary-key insert). A deduper may add ``aclaim``/``arelease`` coroutines; the ASGI endpoint
    awaits them when present.
    """

    def claim(self, event_id: str) -> bool: ...
    def release(self, event_id: str) -> None: ...


class MemoryDeduper:
    """The last ``capacity`` ids of this process (oldest forgotten first)."""

    def __init__(self, capacity: int = 100_000) -> None:
        self.capacity = capacity
        self._seen: OrderedDict[str, None] = OrderedDict()
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"MemoryDeduper(capacity={self.capacity}, held={len(self._seen)})"

    def claim(self, event_id: str) -> bool:
        with self._lock:
            if event_id in self._seen:
                self._seen.move_to_end(event_id)
                return False
            self._seen[event_id] = None
            if len(self._seen) > self.capacity:
                self._seen.popitem(last=False)
            return True

    def release(self, event_id: str) -> None:
        with self._lock:
            self._seen.pop(event_id, None)


class SQLiteDeduper:
    """Ids in a SQLite file: safe across threads and processes on one host (a UNIQUE insert claims)."""

    def __init__(self, path: str | Path, *, retention_seconds: float = 14 * 24 * 3600) -> None:
        self.path = str(path)
        self.retention_seconds = retention_seconds
        self._local = threading.local()
        with self._connect() as db:
            db.execute("CREATE TABLE IF NOT EXISTS seen (event_id TEXT PRIMARY KEY, at REAL NOT NULL)")

    def __repr__(self) -> str:
        return f"SQLiteDeduper({self.path!r})"

    def _connect(self) -> sqlite3.Connection:
        db: sqlite3.Connection | None = getattr(self._local, "db", None)
        if db is None:
            db = sqlite3.connect(self.path, timeout=30, isolation_level=None)
            db.execute("PRAGMA journal_mode=WAL")
            self._local.db = db
        return db

    def claim(self, event_id: str) -> bool:
        db = self._connect()
        now = time.time()
        cur = db.execute("INSERT OR IGNORE INTO seen (event_id, at) VALUES (?, ?)", (event_id, now))
        if cur.rowcount and int(now) % 97 == 0:  # now and then, forget what is past retention
            db.execute("DELETE FROM seen WHERE at < ?", (now - self.retention_seconds,))
        return cur.rowcount == 1

    def release(self, event_id: str) -> None:
        self._connect().execute("DELETE FROM seen WHERE event_id = ?", (event_id,))


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
        event_type, payload, key = self._identify(body, headers)
        if not self.dedupe.claim(key):
            log.debug("duplicate delivery %s dropped", key)
            return None, key
        return self._typed(event_type, payload), key

    async def areceive(self, *, body: bytes, headers: Mapping[str, str]) -> tuple[Any | None, str]:
        """``receive`` that awaits the deduper's ``aclaim`` when it has one (the shared stores do)."""
        event_type, payload, key = self._identify(body, headers)
        aclaim = getattr(self.dedupe, "aclaim", None)
        if not (await aclaim(key) if aclaim is not None else self.dedupe.claim(key)):
            log.debug("duplicate delivery %s dropped", key)
            return None, key
        return self._typed(event_type, payload), key

    async def arelease(self, key: str) -> None:
        arelease = getattr(self.dedupe, "arelease", None)
        if arelease is not None:
            await arelease(key)
        else:
            self.dedupe.release(key)

    def _identify(self, body: bytes, headers: Mapping[str, str]) -> tuple[str, dict[str, Any], str]:
        """Verify and decode; (event type, payload, de-duplication key)."""
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
        return event_type, payload, key or "sha256:" + hashlib.sha256(body).hexdigest()

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
        self, handler: Callable[[Any], Awaitable[None] | None], *, max_body: int = 1 << 20
    ) -> WebhookApp:
        """An ASGI app for POST deliveries: 200 at once, then ``handler(event)`` in the background.

        Bad deliveries get 400 or 401 with a one-line reason; never 500, never a secret in the log.
        A de-duplication store that is down (``StoreUnavailable``) gets 503, so the sender retries.
        """
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


class WebhookApp:
    """The ASGI endpoint ``Receiver.asgi`` returns. ``await app.drain()`` waits for running handlers
    (lifespan shutdown does the same, so a stopping server finishes what it accepted)."""

    def __init__(
        self,
        receiver: Receiver,
        handler: Callable[[Any], Awaitable[None] | None],
        *,
        max_body: int = 1 << 20,
    ) -> None:
        self.receiver = receiver
        self.handler = handler
        self.max_body = max_body
        self._tasks: set[asyncio.Task[None]] = set()

    def __repr__(self) -> str:
        return f"WebhookApp({self.receiver!r}, running={len(self._tasks)})"

    async def drain(self) -> None:
        while self._tasks:
            await asyncio.gather(*list(self._tasks), return_exceptions=True)

    async def _run_handler(self, event: Any, key: str) -> None:
        try:
            result = self.handler(event)
            if inspect.isawaitable(result):
                await result
        except Exception:
            # Forget the delivery, so a later redelivery of it (deliveries come at least once)
            # is handled rather than dropped as already seen.
            try:
                await self.receiver.arelease(key)
            except StoreUnavailable as exc:
                log.error(
                    "webhook handler failed for %s and its id %s stays claimed: %s",
                    type(event).__name__,
                    key,
                    exc,
                )
                return
            log.exception("webhook handler failed for %s; its id was released", type(event).__name__)

    async def __call__(
        self, scope: dict[str, Any], receive: Callable[..., Any], send: Callable[..., Any]
    ) -> None:
        if scope["type"] == "lifespan":
            while True:
                message = await receive()
                if message["type"] == "lifespan.startup":
                    await send({"type": "lifespan.startup.complete"})
                elif message["type"] == "lifespan.shutdown":
                    await self.drain()
                    await send({"type": "lifespan.shutdown.complete"})
                    return
        if scope["type"] != "http":
            return
        if scope["method"] != "POST":
            await _reply(send, 405, "deliveries are POSTed")
            return
        chunks, size = [], 0
        while True:
            message = await receive()
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_body:  # deliveries are small; do not buffer whatever arrives
                await _reply(send, 413, f"delivery larger than {self.max_body} bytes")
                return
            chunks.append(chunk)
            if not message.get("more_body"):
                break
        headers = {k.decode("latin-1"): v.decode("latin-1") for k, v in scope.get("headers", [])}
        try:
            event, key = await self.receiver.areceive(body=b"".join(chunks), headers=headers)
        except StoreUnavailable as exc:  # the sender retries a 503: nothing is lost while the store is down
            log.warning("webhook delivery deferred (503): %s", exc)
            await _reply(send, 503, "de-duplication store unavailable; retry later")
            return
        except WebhookError as exc:
            log.info("webhook delivery refused (%d): %s", exc.status, exc)
            await _reply(send, exc.status, str(exc))
            return
        except Exception:  # a bug of ours must not turn into a 500 retry storm
            log.exception("webhook delivery could not be parsed")
            await _reply(send, 400, "delivery could not be parsed")
            return
        await _reply(send, 200, "duplicate" if event is None else "ok")
        if event is not None:
            task = asyncio.ensure_future(self._run_handler(event, key))
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)


async def _reply(send: Callable[..., Any], status: int, text: str) -> None:
    body = json.dumps({"status": status, "detail": text}).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())],
        }
    )
    await send({"type": "http.response.body", "body": body})
