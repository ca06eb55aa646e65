"""OAuth tokens, one per merchant (logistics) account, and the stores that keep them.

A store is anything with get / put / mark_inactive / delete / list (``TokenStore``). Two ship here:
``MemoryTokenStore`` (one process) and ``FileTokenStore`` (one 0600 JSON file per account, written
atomically, locked across processes). Partners running many workers plug in a shared store (a
database table or Redis hash keyed by account id) by implementing the same five methods; ``put``
must replace the whole record, and ``mark_inactive`` must be a single atomic update that, given
``access_token``, acts only while that token is still the stored one (so a late 401 for an old token
never deactivates the fresh token of a merchant who has just re-authorized).
"""

from __future__ import annotations

import contextlib
import fcntl
import hmac
import json
import logging
import os
import re
import tempfile
import threading
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, Literal, Protocol, runtime_checkable

from flexport_facade._core.redact import mask

log = logging.getLogger("flexport_facade.tokens")

# Merchant tokens expire a year after creation (release notes 2026-02); partner tokens never do.
MERCHANT_TOKEN_LIFETIME = timedelta(days=365)
TokenKind = Literal["merchant", "partner"]


@dataclass(frozen=True)
class Token:
    access_token: str = field(repr=False)
    logistics_account_id: str
    scopes: tuple[str, ...]
    obtained_at: datetime
    kind: TokenKind = "partner"
    active: bool = True
    inactive_reason: str | None = None

    @property
    def expires_at(self) -> datetime | None:
        return self.obtained_at + MERCHANT_TOKEN_LIFETIME if self.kind == "merchant" else None

    def is_usable(self, now: datetime | None = None) -> bool:
        expires = self.expires_at
        return self.active and (expires is None or (now or datetime.now(UTC)) < expires)

    def __repr__(self) -> str:
        return (
            f"Token(logistics_account_id={self.logistics_account_id!r}, kind={self.kind!r}, "
            f"active={self.active}, scopes={list(self.scopes)}, access_token={mask(self.access_token)})"
        )

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["scopes"] = list(self.scopes)
        data["obtained_at"] = self.obtained_at.isoformat()
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Token:
        return cls(
            access_token=str(data["access_token"]),
            logistics_account_id=str(data["logistics_account_id"]),
            scopes=tuple(data.get("scopes") or ()),
            obtained_at=datetime.fromisoformat(data["obtained_at"]),
            kind=data.get("kind", "partner"),
            active=bool(data.get("active", True)),
            inactive_reason=data.get("inactive_reason"),
        )


@runtime_checkable
class TokenStore(Protocol):
    def get(self, logistics_account_id: str) -> Token | None: ...
    def put(self, token: Token) -> None: ...
    def mark_inactive(
        self, logistics_account_id: str, reason: str, *, access_token: str | None = None
    ) -> None: ...
    def delete(self, logistics_account_id: str) -> None: ...
    def list(self) -> list[Token]: ...


def _still_current(token: Token | None, access_token: str | None) -> bool:
    """True when there is a token to mark and it is the one the caller saw fail (if it says which)."""
    if token is None:
        return False
    return access_token is None or hmac.compare_digest(token.access_token, access_token)


class MemoryTokenStore:
    """Tokens in a dict behind a lock: for one process, and for tests."""

    def __init__(self) -> None:
        self._tokens: dict[str, Token] = {}
        self._lock = threading.Lock()

    def get(self, logistics_account_id: str) -> Token | None:
        with self._lock:
            return self._tokens.get(logistics_account_id)

    def put(self, token: Token) -> None:
        with self._lock:
            self._tokens[token.logistics_account_id] = token

    def mark_inactive(
        self, logistics_account_id: str, reason: str, *, access_token: str | None = None
    ) -> None:
        with self._lock:
            token = self._tokens.get(logistics_account_id)
            if _still_current(token, access_token):
                assert token is not None
                self._tokens[logistics_account_id] = replace(token, active=False, inactive_reason=reason)

    def delete(self, logistics_account_id: str) -> None:
        with self._lock:
            self._tokens.pop(logistics_account_id, None)

    def list(self) -> list[Token]:
        with self._lock:
            return sorted(self._tokens.values(), key=lambda t: t.logistics_account_id)

    def __repr__(self) -> str:
        return f"MemoryTokenStore(accounts={len(self._tokens)})"


_MARKER = ".flexport-token-store"  # marks a directory this store owns (and may chmod)
_SAFE_ID = re.compile(r"^[A-Za-z0-9._-]{1,128}$")


class FileTokenStore:
    """One JSON file per account in ``directory`` (mode 0700), each file 0600.

    Writes go to a temp file in the same directory and are renamed into place, so a reader sees
    the old token or the new one, never half of one. A lock file (``fcntl.flock``) serialises
    read-modify-write updates across threads and processes.
    """

    def __init__(self, directory: str | os.PathLike[str]) -> None:
        if not str(directory):
            raise ValueError("FileTokenStore needs a directory of its own, e.g. FileTokenStore('tokens/')")
        self.directory = Path(directory)
        self._thread_lock = threading.Lock()
        marker = self.directory / _MARKER
        if not self.directory.exists():
            self.directory.mkdir(mode=0o700, parents=True)
            os.chmod(self.directory, 0o700)  # mkdir's mode is filtered by the umask
        elif not marker.exists():
            # Only a directory we own gets its mode changed: never an existing folder of the user's.
            if any(self.directory.iterdir()):
                raise ValueError(
                    f"{self.directory} already holds other files; give FileTokenStore a directory of its "
                    "own (a new path is created with mode 0700)"
                )
            os.chmod(self.directory, 0o700)
        marker.touch(mode=0o600, exist_ok=True)
        if self.directory.stat().st_mode & 0o077:
            log.warning("token directory %s is readable by other users; consider chmod 700", self.directory)

    def _path(self, logistics_account_id: str) -> Path:
        if not _SAFE_ID.match(logistics_account_id) or logistics_account_id.startswith("."):
            raise ValueError(
                f"logistics account id {logistics_account_id!r} cannot name a file; "
                "expected letters, digits, '.', '_' or '-'"
            )
        return self.directory / f"{logistics_account_id}.json"

    @contextlib.contextmanager
    def _locked(self) -> Iterator[None]:
        with self._thread_lock:
            fd = os.open(self.directory / ".lock", os.O_CREAT | os.O_RDWR, 0o600)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX)
                yield
            finally:
                fcntl.flock(fd, fcntl.LOCK_UN)
                os.close(fd)

    def _read(self, path: Path) -> Token | None:
        try:
            return Token.from_json(json.loads(path.read_text(encoding="utf-8")))
        except FileNotFoundError:
            return None
        except (ValueError, KeyError, TypeError) as exc:
            raise ValueError(
                f"{path} is not a stored token ({type(exc).__name__}); remove or repair it"
            ) from None

    def _write(self, token: Token) -> None:
        path = self._path(token.logistics_account_id)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=self.directory)
        try:
            os.fchmod(fd, 0o600)  # before any byte of the secret is written
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(token.to_json(), fh, sort_keys=True)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    def get(self, logistics_account_id: str) -> Token | None:
        return self._read(self._path(logistics_account_id))

    def put(self, token: Token) -> None:
        with self._locked():
            self._write(token)

    def mark_inactive(
        self, logistics_account_id: str, reason: str, *, access_token: str | None = None
    ) -> None:
        with self._locked():
            token = self._read(self._path(logistics_account_id))
            if _still_current(token, access_token):
                assert token is not None
                self._write(replace(token, active=False, inactive_reason=reason))

    def delete(self, logistics_account_id: str) -> None:
        with self._locked():
            self._path(logistics_account_id).unlink(missing_ok=True)

    def list(self) -> list[Token]:
        """Every readable token; a damaged file is logged and skipped rather than hiding the rest."""
        tokens = []
        for path in sorted(self.directory.glob("*.json")):
            try:
                token = self._read(path)
            except ValueError as exc:
                log.warning("%s", exc)
                continue
            if token is not None:
                tokens.append(token)
        return tokens

    def __repr__(self) -> str:
        return f"FileTokenStore({str(self.directory)!r})"
