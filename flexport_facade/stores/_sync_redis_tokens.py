# Generated from flexport_facade/stores/_async_redis_tokens.py by scripts/unasync.py: do not edit by hand.
# Change the async source and run `make generate-sync`.
"""``RedisTokenStore``: tokens in one Redis hash, each account's writes under its lock.

The record format, names and messages are in ``_redis_tokens``; the rule for a 401 in ``_shared``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from flexport_facade import Token
from flexport_facade.stores._crypto import KeyArg
from flexport_facade.stores._redis import DEFAULT_PREFIX, redis_client, unavailable_as_store_error
from flexport_facade.stores._redis_tokens import RedisTokens
from flexport_facade.stores._shared import deactivated, log, readable


class RedisTokenStore(RedisTokens):
    """``RedisTokenStore("redis://host:6379/0", key=fernet_key)``, or
    ``client=redis.Redis(...)``; sync and async stores share the records, locks and rules."""

    def __init__(
        self,
        url: str | None = None,
        *,
        client: Any = None,
        key: KeyArg = None,
        plaintext: bool = False,
        prefix: str = DEFAULT_PREFIX,
    ) -> None:
        super().__init__(redis_client(url, client), key, plaintext, prefix)

    def _write_locked(self, account: str, write: Callable[[], Any]) -> Any:
        lock = self._lock(account)
        with unavailable_as_store_error(self._redis, f"locking account {account}"):
            if not lock.acquire():
                raise self._busy(account)
        try:
            with unavailable_as_store_error(self._redis, f"writing account {account}"):
                return write()
        finally:
            try:
                lock.release()
            except Exception as exc:  # expired under us, or the server went away: the write stands
                log.warning("token lock of %s not released cleanly: %s", account, type(exc).__name__)

    def get(self, logistics_account_id: str) -> Token | None:
        with unavailable_as_store_error(self._redis, f"reading account {logistics_account_id}"):
            blob = self._redis.hget(self.hash_key, logistics_account_id)
        return None if blob is None else self._cipher.open(blob, logistics_account_id)

    def put(self, token: Token) -> None:
        sealed = self._cipher.seal(token)
        account = token.logistics_account_id

        def write() -> None:
            self._redis.hset(self.hash_key, account, sealed)

        self._write_locked(account, write)

    def mark_inactive(
        self, logistics_account_id: str, reason: str, *, access_token: str | None = None
    ) -> None:
        self.try_mark_inactive(logistics_account_id, reason, access_token=access_token)

    def try_mark_inactive(
        self, logistics_account_id: str, reason: str, *, access_token: str | None = None
    ) -> bool:
        """True when this call deactivated the token; False when it was absent, newer, or already inactive."""

        def write() -> bool:
            blob = self._redis.hget(self.hash_key, logistics_account_id)
            current = None if blob is None else self._cipher.open(blob, logistics_account_id)
            new = deactivated(current, reason, access_token)
            if new is not None:
                self._redis.hset(self.hash_key, logistics_account_id, self._cipher.seal(new))
            return new is not None

        return bool(self._write_locked(logistics_account_id, write))

    def delete(self, logistics_account_id: str) -> None:
        def write() -> None:
            self._redis.hdel(self.hash_key, logistics_account_id)

        self._write_locked(logistics_account_id, write)

    def list(self) -> list[Token]:
        with unavailable_as_store_error(self._redis, "listing tokens"):
            records = self._redis.hgetall(self.hash_key)
        return readable([(k.decode(), v) for k, v in records.items()], self._cipher)

    def close(self) -> None:
        self._redis.close()
