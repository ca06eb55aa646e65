"""``TokenStore`` on Redis: one hash field per merchant account, encrypted, updates under a Redis lock.

``put``, ``mark_inactive`` and ``delete`` of one account take that account's lock (redis-py's
``Lock``: ``SET NX PX`` plus a checked release), so a re-authorization and a deactivation never
interleave: of N workers that see the same 401 exactly one marks the token inactive (its
``try_mark_inactive`` returns True), and a 401 for an older token never deactivates a newer one.
The store is written once, async, in ``_async_redis_tokens.py`` (``AsyncRedisTokenStore`` on
``redis.asyncio``, every method awaited); ``_sync_redis_tokens.py`` (``RedisTokenStore``) is generated
from it. Both share what is here: the record format, the hash and lock names, the messages.
"""

from __future__ import annotations

from typing import Any

from flexport_facade.errors import StoreUnavailable
from flexport_facade.stores._crypto import KeyArg, TokenCipher
from flexport_facade.stores._redis import where
from flexport_facade.stores._shared import LOCK_SECONDS


class RedisTokens:
    """The non-I/O half of both Redis token stores."""

    def __init__(self, redis: Any, key: KeyArg, plaintext: bool, prefix: str) -> None:
        self._redis = redis
        self._cipher = TokenCipher(key, plaintext=plaintext)
        self.hash_key = f"{prefix}tokens"
        self._lock_prefix = f"{prefix}token-lock:"

    def __repr__(self) -> str:
        return f"{type(self).__name__}({where(self._redis)}, hash={self.hash_key!r}, {self._cipher!r})"

    def _lock(self, account: str) -> Any:
        return self._redis.lock(
            self._lock_prefix + account, timeout=LOCK_SECONDS, blocking_timeout=LOCK_SECONDS
        )

    def _busy(self, account: str) -> StoreUnavailable:
        return StoreUnavailable(
            f"the token lock of logistics account {account} stayed held for {LOCK_SECONDS:.0f} s "
            f"(Redis at {where(self._redis)}); retry"
        )
