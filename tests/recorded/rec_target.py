"""Where the recorded tests point: replayed cassettes (default), a simulator, or the real API.

``scripts/record.py`` chooses by setting ``FLEXPORT_RECORD`` (``simulator`` or ``live``) with
``FLEXPORT_BASE_URL`` and ``FLEXPORT_TOKEN``. Without ``FLEXPORT_RECORD`` the tests replay, even if
a developer's shell holds real credentials: nothing leaves the machine unless recording was asked for.
"""

from __future__ import annotations

import enum
import os
import re
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

VERSION = "2026-02"
MODE_ENV = "FLEXPORT_RECORD"
CASSETTES = Path(__file__).resolve().parents[1] / "cassettes"

# Replay never opens a socket, so the host only has to be unroutable (RFC 2606 .invalid).
REPLAY_BASE_URL = "https://replay.flexport.invalid"
REPLAY_TOKEN = "replay-token-not-a-secret"

# Values that must be unique per recording against a persistent account (webhook URLs, keys) carry
# a run id of this shape; on replay it is read back from the cassette so the requests match.
RUN_ID_RE = re.compile(r"rec-([0-9a-f]{8})")
REPLAY_RUN_ID = "00000000"


class Mode(enum.Enum):
    REPLAY = "replay"
    SIMULATOR = "simulator"
    LIVE = "live"

    @property
    def recording(self) -> bool:
        return self is not Mode.REPLAY


@dataclass(frozen=True)
class Target:
    mode: Mode
    base_url: str
    token: str

    def __repr__(self) -> str:
        return f"Target(mode={self.mode.value}, base_url={self.base_url!r}, token='***')"


def current_target() -> Target:
    raw = os.environ.get(MODE_ENV, "").strip().lower()
    if not raw or raw == Mode.REPLAY.value:
        return Target(Mode.REPLAY, REPLAY_BASE_URL, REPLAY_TOKEN)
    try:
        mode = Mode(raw)
    except ValueError:
        raise RuntimeError(f"{MODE_ENV}={raw!r}: expected simulator or live") from None
    base_url, token = os.environ.get("FLEXPORT_BASE_URL", ""), os.environ.get("FLEXPORT_TOKEN", "")
    if not base_url or not token:
        raise RuntimeError(f"{MODE_ENV}={raw} needs FLEXPORT_BASE_URL and FLEXPORT_TOKEN")
    return Target(mode, base_url.rstrip("/"), token)


def new_run_id(mode: Mode, cassette: Path) -> str:
    if mode.recording:
        return secrets.token_hex(4)
    try:
        found = RUN_ID_RE.search(cassette.read_text(encoding="utf-8"))
    except FileNotFoundError:
        found = None
    return found.group(1) if found else REPLAY_RUN_ID


class SimControl:
    """The simulator's ``/_sim/`` admin surface while recording against it; inert on replay.

    These calls set the scene (faults, clock, extra tokens, OAuth clients, events) and are never
    recorded (the cassette filter drops ``/_sim/``), which is why replay needs no simulator.
    """

    def __init__(self, target: Target) -> None:
        self.active = target.mode is Mode.SIMULATOR
        self._admin = f"{target.base_url}/_sim"

    def _post(self, path: str, body: dict[str, Any]) -> Any:
        if not self.active:
            return None
        with httpx.Client(timeout=10) as client:
            response = client.post(f"{self._admin}{path}", json=body)
        response.raise_for_status()
        return response.json()

    def reset(self, **faults: Any) -> None:
        self._post("/reset", {"faults": faults})

    def faults(self, **changes: Any) -> None:
        self._post("/faults", changes)

    def outage(self, seconds: float, status: int) -> None:
        self._post("/outage", {"seconds": seconds, "status": status})

    def advance(self, seconds: float) -> None:
        self._post("/clock/advance", {"seconds": seconds})

    def emit(self, event_type: str, payload: dict[str, Any]) -> None:
        self._post("/events", {"type": event_type, "payload": payload})

    def token(self, scopes: list[str], placeholder: str = REPLAY_TOKEN) -> str:
        """A token with only ``scopes``; on replay a placeholder (the recorded one was scrubbed)."""
        answer = self._post("/tokens", {"scopes": scopes})
        return str(answer["token"]) if answer else placeholder

    def oauth_client(self, client_id: str, redirect_uri: str, client_secret: str) -> None:
        body = {"client_id": client_id, "redirect_uri": redirect_uri, "client_secret": client_secret}
        self._post("/oauth/clients", body)


# A partner application registered on the simulator while recording. The secret is a fixed test
# value so the cassette scan can look for it literally.
OAUTH_CLIENT_ID = "rec-partner-app"
OAUTH_CLIENT_SECRET = "rec-client-secret-must-never-be-recorded-7f3a"
OAUTH_REDIRECT_URI = "https://partner.example.com/flexport/callback"
