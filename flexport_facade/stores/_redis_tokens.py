"""``TokenStore`` on Redis: one hash field per merchant account, encrypted, updates under a Redis lock.

``put``, ``mark_inactive`` and ``delete`` of one account take that account's lock (redis-py's
``Lock``: ``SET NX PX`` plus a checked release), so a re-authorization and a deactivation never
interleave: of N workers that see the same 401 exactly one marks the token inactive (its
``try_mark_inactive`` returns True), and a 401 for an older token never deactivates a newer one.
``AsyncRedisTokenStore`` is the same on ``redis.asyncio``, every method awaited.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from flexport_facade import Token
from flexport_facade.errors import StoreUnavailable
from flexport_facade.stores._crypto import KeyArg, TokenCipher
from flexport_facade.stores._redis import (
    DEFAULT_PREFIX,
    async_client,
    sync_client,
    unavailable_as_store_error,
    where,
)
from flexport_facade.stores._shared import LOCK_SECONDS, deactivated, log, readable


class _RedisTokens:
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


class RedisTokenStore(_RedisTokens):
    """``RedisTokenStore("redis://host:6379/0", key=fernet_key)``, or ``client=redis.Redis(...)``."""

    def __init__(
        self,
        url: str | None = None,
        *,
        client: Any = None,
        key: KeyArg = None,
        plaintext: bool = False,
        prefix: str = DEFAULT_PREFIX,
    ) -> None:
        super().__init__(sync_client(url, client), key, plaintext, prefix)

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
        self._write_locked(account, lambda: self._redis.hset(self.hash_key, account, sealed))

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
        self._write_locked(
            logistics_account_id, lambda: self._redis.hdel(self.hash_key, logistics_account_id)
        )

    def list(self) -> list[Token]:
        with unavailable_as_store_error(self._redis, "listing tokens"):
            records = self._redis.hgetall(self.hash_key)
        return readable([(k.decode(), v) for k, v in records.items()], self._cipher)

    def close(self) -> None:
        self._redis.close()


class AsyncRedisTokenStore(_RedisTokens):
    """``RedisTokenStore`` on ``redis.asyncio``: the same records, locks and rules; methods are awaited."""

    def __init__(
        self,
        url: str | None = None,
        *,
        client: Any = None,
        key: KeyArg = None,
        plaintext: bool = False,
        prefix: str = DEFAULT_PREFIX,
    ) -> None:
        super().__init__(async_client(url, client), key, plaintext, prefix)

    async def _write_locked(self, account: str, write: Callable[[], Awaitable[Any]]) -> Any:
        lock = self._lock(account)
        with unavailable_as_store_error(self._redis, f"locking account {account}"):
            if not await lock.acquire():
                raise self._busy(account)
        try:
            with unavailable_as_store_error(self._redis, f"writing account {account}"):
                return await write()
        finally:
            try:
                await lock.release()
            except Exception as exc:
                log.warning("token lock of %s not released cleanly: %s", account, type(exc).__name__)

    async def get(self, logistics_account_id: str) -> Token | None:
        with unavailable_as_store_error(self._redis, f"reading account {logistics_account_id}"):
            blob = await self._redis.hget(self.hash_key, logistics_account_id)
        return None if blob is None else self._cipher.open(blob, logistics_account_id)

    async def put(self, token: Token) -> None:
        sealed = self._cipher.seal(token)
        account = token.logistics_account_id

        async def write() -> None:
            await self._redis.hset(self.hash_key, account, sealed)

        await self._write_locked(account, write)

    async def mark_inactive(
        self, logistics_account_id: str, reason: str, *, access_token: str | None = None
    ) -> None:
        await self.try_mark_inactive(logistics_account_id, reason, access_token=access_token)

    async def try_mark_inactive(
        self, logistics_account_id: str, reason: str, *, access_token: str | None = None
    ) -> bool:
        async def write() -> bool:
            blob = await self._redis.hget(self.hash_key, logistics_account_id)
            current = None if blob is None else self._cipher.open(blob, logistics_account_id)
            new = deactivated(current, reason, access_token)
            if new is not None:
                await self._redis.hset(self.hash_key, logistics_account_id, self._cipher.seal(new))
            return new is not None

        return bool(await self._write_locked(logistics_account_id, write))

    async def delete(self, logistics_account_id: str) -> None:
        async def write() -> None:
            await self._redis.hdel(self.hash_key, logistics_account_id)

        await self._write_locked(logistics_account_id, write)

    async def list(self) -> list[Token]:
        with unavailable_as_store_error(self._redis, "listing tokens"):
            records = await self._redis.hgetall(self.hash_key)
        return readable([(k.decode(), v) for k, v in records.items()], self._cipher)

    async def aclose(self) -> None:
        await self._redis.aclose()
