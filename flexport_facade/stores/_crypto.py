"""Tokens at rest: Fernet (AES-128-CBC + HMAC-SHA256, from ``cryptography``) with the user's key.

A store refuses to start without a key unless ``plaintext=True`` says so explicitly. Several keys
(newest first) allow rotation: the first encrypts, any of them decrypts. Each stored record starts
with a format tag, so a plain record is never mistaken for ciphertext or the other way round.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from flexport_facade import Token
from flexport_facade.stores._extras import require

_FERNET = b"fernet1:"
_PLAIN = b"plain1:"
KeyArg = str | bytes | Sequence[str | bytes] | None


class TokenCipher:
    """Turns a ``Token`` into the bytes a store keeps, and back."""

    def __init__(self, key: KeyArg, *, plaintext: bool = False) -> None:
        if key is None and not plaintext:
            raise ValueError(
                "a shared token store needs an encryption key: key=Fernet.generate_key() (keep it in your "
                "secret manager, the same on every worker), or plaintext=True to store tokens unencrypted"
            )
        if key is not None and plaintext:
            raise ValueError("pass key= or plaintext=True, not both")
        self._fernet: Any = None
        if key is not None:
            fernet = require("cryptography.fernet")
            keys = [key] if isinstance(key, str | bytes) else list(key)
            if not keys:
                raise ValueError("key= is an empty list; pass at least one Fernet key")
            try:
                self._fernet = fernet.MultiFernet([fernet.Fernet(k) for k in keys])
            except (ValueError, TypeError):
                raise ValueError(
                    "key= is not a Fernet key (32 url-safe base64-encoded bytes); make one with "
                    "cryptography.fernet.Fernet.generate_key()"
                ) from None

    @property
    def encrypts(self) -> bool:
        return self._fernet is not None

    def __repr__(self) -> str:
        return f"TokenCipher(encrypts={self.encrypts})"

    def seal(self, token: Token) -> bytes:
        raw = json.dumps(token.to_json(), sort_keys=True).encode()
        if self._fernet is None:
            return _PLAIN + raw
        return _FERNET + bytes(self._fernet.encrypt(raw))

    def open(self, blob: bytes, where: str) -> Token:
        """``where`` names the record in errors (an account id, never the token)."""
        if blob.startswith(_FERNET):
            if self._fernet is None:
                raise ValueError(
                    f"token {where} is encrypted; construct the store with the key that wrote it"
                )
            invalid = require("cryptography.fernet").InvalidToken
            try:
                raw = self._fernet.decrypt(blob[len(_FERNET) :])
            except invalid:
                raise ValueError(
                    f"token {where} does not decrypt with the given key(s); pass the key that wrote it "
                    "(a list of keys, newest first, while rotating)"
                ) from None
        elif blob.startswith(_PLAIN):
            if self._fernet is not None:
                raise ValueError(
                    f"token {where} is stored in plain text but this store encrypts; put() it again to "
                    "encrypt it, or read it with plaintext=True"
                )
            raw = blob[len(_PLAIN) :]
        else:
            raise ValueError(f"token {where} is not a record this store wrote; remove or repair it")
        try:
            return Token.from_json(json.loads(raw))
        except (ValueError, KeyError, TypeError) as exc:
            raise ValueError(
                f"token {where} is damaged ({type(exc).__name__}); remove or repair it"
            ) from None
