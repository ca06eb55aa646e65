"""X-Hub-Signature for v1 webhooks: ``sha1=`` + hex HMAC-SHA1 of the raw body, keyed by the secret.

Pure functions, so the webhook receiver and the simulator share one definition.
"""

from __future__ import annotations

import hashlib
import hmac

HEADER = "X-Hub-Signature"
_PREFIX = "sha1="


def _key(secret: str | bytes) -> bytes:
    return secret.encode() if isinstance(secret, str) else secret


def sign_hub_signature(body: bytes, secret: str | bytes) -> str:
    """The header value Flexport sends with ``body``."""
    return _PREFIX + hmac.new(_key(secret), body, hashlib.sha1).hexdigest()


def verify_hub_signature(body: bytes, header: str | None, secret: str | bytes) -> bool:
    """True when ``header`` is the signature of the exact raw ``body``; compared in constant time."""
    if not header or not secret:
        return False
    expected = sign_hub_signature(body, secret)
    # Hex case is not significant; compare_digest keeps the timing independent of where they differ.
    return hmac.compare_digest(expected.encode(), header.strip().lower().encode())
