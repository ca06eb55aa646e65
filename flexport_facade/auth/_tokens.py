"""OAuth tokens, one per merchant (logistics) account, and the stores that keep them.

A store is anything with get / put / mark_inactive / delete / list (``TokenStore``). Two ship here:
``MemoryTokenStore`` (one process) and ``FileTokenStore`` (one 0600 JSON file per account, written
atomically, locked across processes with ``filelock``, refusing links and other users' files).
Every ``Token`` checks its access token on construction, so none that cannot be sent is stored.

Partners running many workers plug in a shared store (a database table or Redis hash keyed by
account id) by implementing the same five methods; ``put`` must replace the whole record, and
``mark_inactive`` must be a single atomic update that, given ``access_token``, acts only while that
token is still the stored one (so a late 401 for an old token never deactivates the fresh token of
a merchant who has just re-authorized).
"""

from __future__ import annotations

import contextlib
import hmac
import json
import logging
import os
import re
import stat
import tempfile
import threading
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, Literal, Protocol, runtime_checkable

import filelock

from flexport_facade._core.redact import mask, printable
from flexport_facade.auth._token_text import clean_token

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

    def __post_init__(self) -> None:
        # Every token passes here: built from an OAuth answer, read from a store, or by hand.
        object.__setattr__(self, "access_token", clean_token(self.access_token, source="access_token"))
        if not isinstance(self.logistics_account_id, str) or not self.logistics_account_id:
            raise ValueError("logistics_account_id must be a non-empty string")
        if self.kind not in ("merchant", "partner"):
            raise ValueError(f'kind must be "merchant" or "partner", not {printable(self.kind)!r}')
        if not isinstance(self.active, bool):
            raise ValueError(f"active must be true or false, not {type(self.active).__name__}")
        if not isinstance(self.obtained_at, datetime) or self.obtained_at.tzinfo is None:
            raise ValueError("obtained_at must be a timezone-aware datetime")

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
    def from_json(cls, data: Any) -> Token:
        """Strictly: each member of the type ``to_json`` writes, or ValueError naming the member
        (``"active": "false"`` is refused, not read as active)."""
        if not isinstance(data, dict):
            raise ValueError(f"a stored token is a JSON object, not {type(data).__name__}")
        unknown = set(data) - _TOKEN_MEMBERS
        if unknown:
            raise ValueError(f"unknown member(s) {', '.join(sorted(printable(k) for k in unknown))}")
        scopes = _member(data, "scopes", list, [])
        if not all(isinstance(scope, str) for scope in scopes):
            raise ValueError("scopes must be a list of strings")
        reason = data.get("inactive_reason")
        if reason is not None and not isinstance(reason, str):
            raise ValueError("inactive_reason must be a string or null")
        try:
            obtained_at = datetime.fromisoformat(_member(data, "obtained_at", str))
        except ValueError:
            raise ValueError("obtained_at is not an ISO 8601 time") from None
        return cls(
            access_token=_member(data, "access_token", str),
            logistics_account_id=_member(data, "logistics_account_id", str),
            scopes=tuple(scopes),
            obtained_at=obtained_at,
            kind=_member(data, "kind", str, "partner"),  # __post_init__ checks the value
            active=_member(data, "active", bool, True),
            inactive_reason=reason,
        )


_TOKEN_MEMBERS = frozenset(
    {"access_token", "logistics_account_id", "scopes", "obtained_at", "kind", "active", "inactive_reason"}
)
_REQUIRED = object()


def _member(data: dict[str, Any], name: str, kind: type, default: Any = _REQUIRED) -> Any:
    if name not in data:
        if default is _REQUIRED:
            raise ValueError(f"{name} is missing")
        return default
    value = data[name]
    if not isinstance(value, kind) or (kind is not bool and isinstance(value, bool)):
        raise ValueError(f"{name} must be a JSON {_JSON_NAMES[kind]}, not {type(value).__name__}")
    return value


_JSON_NAMES = {str: "string", bool: "true or false", list: "list"}


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


_MAX_TOKEN_FILE = 64 * 1024  # bytes; a stored token is a few hundred


def _check_owner(path: Path, what: str) -> None:
    _check_owner_of(path.stat(), path, what)


def _check_owner_of(info: os.stat_result, path: Path, what: str) -> None:
    """Refuse what another user owns (POSIX; Windows has no uid to compare)."""
    getuid = getattr(os, "getuid", None)
    if getuid is not None and info.st_uid != getuid():
        raise ValueError(
            f"{what} {path} belongs to another user (uid {info.st_uid}), who could swap the tokens in it; "
            "use one of your own"
        )


_MARKER = ".flexport-token-store"  # marks a directory this store owns (and may chmod)
_SAFE_ID = re.compile(r"^[A-Za-z0-9._-]{1,128}$")


class FileTokenStore:
    """One JSON file per account in ``directory`` (mode 0700), each file 0600.

    Writes go to a temp file in the same directory and are renamed into place, so a reader sees
    the old token or the new one, never half of one. A lock file (``filelock``, which works on every
    platform) serialises read-modify-write updates across threads and processes.

    Only what this user owns is trusted: a directory owned by another user, or writable by others
    (who could rename or swap the files in it), is refused; a token file that is a symbolic link,
    not a regular file, or owned by someone else is refused (``get``) or skipped (``list``); a file
    is read strictly (``Token.from_json``) and must hold the account its name says.
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
        elif not self.directory.is_dir():
            raise ValueError(
                f"{self.directory} is not a directory; give FileTokenStore a directory of its own"
            )
        elif not marker.exists():
            # Only a directory we own gets its mode changed: never an existing folder of the user's.
            # Files, and still no marker: someone else's folder. (A marker there now means another
            # process adopted the empty directory since we looked: it writes the marker first.)
            if any(self.directory.iterdir()) and not marker.exists():
                raise ValueError(
                    f"{self.directory} already holds other files; give FileTokenStore a directory of its "
                    "own (a new path is created with mode 0700)"
                )
            _check_owner(self.directory, "directory")
            os.chmod(self.directory, 0o700)
        _check_owner(self.directory, "directory")
        mode = self.directory.stat().st_mode
        if mode & 0o022:
            raise ValueError(
                f"token directory {self.directory} is writable by other users, who could rename or replace "
                "the token files; chmod 700 it or use a directory of your own"
            )
        if mode & 0o077:
            log.warning("token directory %s is readable by other users; consider chmod 700", self.directory)
        marker.touch(mode=0o600, exist_ok=True)
        self._file_lock = filelock.FileLock(str(self.directory / ".lock"), mode=0o600)

    def _path(self, logistics_account_id: str) -> Path:
        if (
            not isinstance(logistics_account_id, str)
            or not _SAFE_ID.match(logistics_account_id)
            or logistics_account_id.startswith(".")
        ):
            raise ValueError(
                f"logistics account id {printable(logistics_account_id)!r} cannot name a file; "
                "expected letters, digits, '.', '_' or '-'"
            )
        return self.directory / f"{logistics_account_id}.json"

    @contextlib.contextmanager
    def _locked(self) -> Iterator[None]:
        with self._thread_lock, self._file_lock:
            yield

    def _read(self, path: Path) -> Token | None:
        if path.is_symlink():
            raise ValueError(f"{path} is a symbolic link; a token store reads only its own files (remove it)")
        # O_NONBLOCK: a FIFO named like a token file must not hang the reader.
        flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
        flags |= getattr(os, "O_NONBLOCK", 0)
        try:
            fd = os.open(path, flags)
        except FileNotFoundError:
            return None
        except OSError as exc:  # ELOOP: replaced by a link since the check above
            raise ValueError(
                f"{path} cannot be opened as a token file ({type(exc).__name__}); remove it"
            ) from None
        try:
            info = os.fstat(fd)
            if not stat.S_ISREG(info.st_mode):
                raise ValueError(f"{path} is not a regular file; remove it from the token directory")
            _check_owner_of(info, path, "token file")
        except BaseException:
            os.close(fd)
            raise
        with os.fdopen(fd, "rb") as fh:
            raw = fh.read(_MAX_TOKEN_FILE + 1)
        if len(raw) > _MAX_TOKEN_FILE:
            raise ValueError(f"{path} is larger than a stored token can be; remove or repair it")
        try:
            return Token.from_json(json.loads(raw.decode("utf-8")))
        except (ValueError, KeyError, TypeError) as exc:
            raise ValueError(f"{path} is not a stored token ({exc}); remove or repair it") from None

    def _read_account(self, logistics_account_id: str) -> Token | None:
        path = self._path(logistics_account_id)
        token = self._read(path)
        if token is not None and token.logistics_account_id != logistics_account_id:
            raise ValueError(
                f"{path} holds the token of another account ({printable(token.logistics_account_id)}); "
                "remove or repair it"
            )
        return token

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
        return self._read_account(logistics_account_id)

    def put(self, token: Token) -> None:
        with self._locked():
            self._write(token)

    def mark_inactive(
        self, logistics_account_id: str, reason: str, *, access_token: str | None = None
    ) -> None:
        with self._locked():
            token = self._read_account(logistics_account_id)
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
                token = self._read_account(path.name[: -len(".json")])
            except ValueError as exc:
                log.warning("%s", printable(exc, limit=400))
                continue
            if token is not None:
                tokens.append(token)
        return tokens

    def __repr__(self) -> str:
        return f"FileTokenStore({str(self.directory)!r})"
