"""Redis plumbing shared by the Redis stores: clients from a URL, and driver errors as StoreUnavailable."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any

from flexport_facade.errors import StoreUnavailable
from flexport_facade.stores._extras import require

DEFAULT_PREFIX = "flexport:"
# Short enough that a dead server is reported in seconds, long enough for a busy one.
SOCKET_TIMEOUT = 5.0
MAX_ASYNC_CONNECTIONS = 16


def _given(url: str | None, client: Any, spelled: str) -> Any:
    """The caller's client (checked), or None when a client is to be made from ``url``."""
    if (url is None) == (client is None):
        raise ValueError(f"pass a Redis URL (redis://host:6379/0) or client={spelled}(...), exactly one")
    kwargs = getattr(getattr(client, "connection_pool", None), "connection_kwargs", {}) or {}
    if kwargs.get("decode_responses"):
        raise ValueError("the stores keep encrypted bytes: pass a Redis client without decode_responses=True")
    return client


# The two clients differ by more than a name (the async one has a bounded pool), so both are here.
def redis_client(url: str | None, client: Any) -> Any:
    if (given := _given(url, client, "redis.Redis")) is not None:
        return given
    redis = require("redis")
    return redis.Redis.from_url(url, socket_timeout=SOCKET_TIMEOUT, socket_connect_timeout=SOCKET_TIMEOUT)


def async_redis_client(url: str | None, client: Any) -> Any:
    if (given := _given(url, client, "redis.asyncio.Redis")) is not None:
        return given
    redis_asyncio = require("redis.asyncio")
    # A bounded pool: a burst of deliveries queues for a connection instead of opening hundreds.
    pool = redis_asyncio.BlockingConnectionPool.from_url(
        url,
        max_connections=MAX_ASYNC_CONNECTIONS,
        timeout=SOCKET_TIMEOUT,
        socket_timeout=SOCKET_TIMEOUT,
        socket_connect_timeout=SOCKET_TIMEOUT,
    )
    return redis_asyncio.Redis.from_pool(pool)


def where(client: Any) -> str:
    """host:port (or the socket path) of a client, for messages: never the URL, which may hold a password."""
    kwargs = getattr(getattr(client, "connection_pool", None), "connection_kwargs", {}) or {}
    if kwargs.get("path"):
        return str(kwargs["path"])
    return f"{kwargs.get('host', '?')}:{kwargs.get('port', '?')}"


@contextlib.contextmanager
def unavailable_as_store_error(client: Any, doing: str) -> Iterator[None]:
    """Connection loss, timeouts, a loading or read-only server -> StoreUnavailable naming the server."""
    exceptions = require("redis.exceptions")
    try:
        yield
    except (
        exceptions.ConnectionError,
        exceptions.TimeoutError,
        exceptions.ReadOnlyError,
    ) as exc:
        raise StoreUnavailable(
            f"Redis at {where(client)} is unavailable while {doing} ({type(exc).__name__}); "
            "retry when it is back"
        ) from None
