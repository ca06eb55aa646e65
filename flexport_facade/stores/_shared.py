"""What the Redis and PostgreSQL token stores share: the record format and the mark-inactive rule."""

from __future__ import annotations

import hmac
import logging
from dataclasses import replace

from flexport_facade import Token
from flexport_facade.stores._crypto import TokenCipher

log = logging.getLogger("flexport_facade.stores")

# How long one worker may hold an account's lock; the critical sections are one read and one write.
LOCK_SECONDS = 10.0


def deactivated(current: Token | None, reason: str, access_token: str | None) -> Token | None:
    """The record to write for a 401, or None when this call must change nothing: no token, a newer
    token than the one that failed, or one already marked inactive (by the first of N workers)."""
    if current is None or not current.active:
        return None
    if access_token is not None and not hmac.compare_digest(current.access_token, access_token):
        return None
    return replace(current, active=False, inactive_reason=reason)


def readable(tokens: list[tuple[str, bytes]], cipher: TokenCipher) -> list[Token]:
    """Every record that opens, by account id; a damaged one is logged and skipped, not hiding the rest."""
    out = []
    for account, blob in sorted(tokens):
        try:
            out.append(cipher.open(blob, account))
        except ValueError as exc:
            log.warning("%s", exc)
    return out
