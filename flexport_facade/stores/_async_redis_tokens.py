"""``AsyncRedisTokenStore``: tokens in one Redis hash, each account's writes under its lock.

The record format, names and messages are in ``_redis_tokens``; the rule for a 401 in ``_shared``.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from flexport_facade import Token
from flexport_facade.stores._crypto import KeyArg
from flexport_facade.stores._redis import DEFAULT_PREFIX, async_redis_client, unavailable_as_store_error
from flexport_facade.stores._redis_tokens import RedisTokens
from flexport_facade.stores._shared import deactivated, log, readable


class AsyncRedisTokenStore(RedisTokens):
    """``AsyncRedisTokenStore("redis://host:6379/0", key=fernet_key)``, or
    ``client=redis.asyncio.Redis(...)``; sync and async stores share the records, locks and rules."""

    def __init__(
        self,
        url: str | None = None,
        *,
        client: Any = None,
        key: KeyArg = None,
        plaintext: bool = False,
        prefix: str = DEFAULT_PREFIX,
    ) -> None:
        super().__init__(async_redis_client(url, client), key, plaintext, prefix)

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
            except Exception as exc:  # expired under us, or the server went away: the write stands
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
        """True when this call deactivated the token; False when it was absent, newer, or already inactive."""

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
