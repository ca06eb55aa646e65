"""ULIDs and ``page_info`` cursors as the field sees them (field-facts §1.1, §10.2)."""

from __future__ import annotations

import base64
import binascii
import json
import os
from typing import Any

_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


class BadCursor(ValueError):
    """A ``page_info`` that does not decode."""


def ulid(ms: int, entropy: int | None = None) -> str:
    """A 26-character ULID: 48-bit millisecond time then 80 bits of entropy, Crockford base32."""
    rand = int.from_bytes(os.urandom(10), "big") if entropy is None else entropy
    value = (ms << 80) | (rand & ((1 << 80) - 1))
    chars = []
    for _ in range(26):
        chars.append(_CROCKFORD[value & 31])
        value >>= 5
    return "".join(reversed(chars))


def ulid_ms(value: str) -> int:
    """The millisecond timestamp inside a ULID."""
    if len(value) != 26:
        raise BadCursor("cursor is not a 26-character ULID")
    number = 0
    for ch in value.upper():
        index = _CROCKFORD.find(ch)
        if index < 0:
            raise BadCursor("cursor is not Crockford base32")
        number = number * 32 + index
    return number >> 80


def encode_page_info(data: dict[str, Any]) -> str:
    raw = json.dumps(data, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_page_info(token: str) -> dict[str, Any]:
    try:
        raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
        data = json.loads(raw)
    except (binascii.Error, ValueError) as exc:
        raise BadCursor("page_info is not base64url JSON") from exc
    if not isinstance(data, dict):
        raise BadCursor("page_info is not a JSON object")
    return data
