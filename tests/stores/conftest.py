"""Real servers for the stores tests: one Redis and one PostgreSQL per session (each test gets its own
Redis database flush / PostgreSQL database), plus dedicated servers for the tests that restart them."""

from __future__ import annotations

import multiprocessing
import uuid
from collections.abc import Iterator
from typing import Any

import pytest

from tests.stores.servers import PostgresServer, RedisServer, ServerError


def _started(server_cls: type[Any]) -> Any:
    try:
        return server_cls().start()
    except ServerError as exc:  # fail, never skip: these tests are the proof the stores work
        pytest.fail(str(exc), pytrace=False)


@pytest.fixture(scope="session")
def redis_server() -> Iterator[RedisServer]:
    server = _started(RedisServer)
    yield server
    server.cleanup()


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    server = _started(PostgresServer)
    yield server
    server.cleanup()


@pytest.fixture
def redis_url(redis_server: RedisServer) -> str:
    import redis

    with redis.Redis.from_url(redis_server.url) as client:
        client.flushdb()
    return redis_server.url


@pytest.fixture
def pg_url(postgres_server: PostgresServer) -> Iterator[str]:
    """A fresh database per test, dropped afterwards."""
    import psycopg

    name = f"t_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(postgres_server.url, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    yield postgres_server.url.rsplit("/", 1)[0] + f"/{name}"
    with psycopg.connect(postgres_server.url, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture
def own_redis() -> Iterator[RedisServer]:
    """A Redis of this test's own, which it may stop and restart."""
    server = _started(RedisServer)
    yield server
    server.cleanup()


@pytest.fixture
def own_postgres() -> Iterator[PostgresServer]:
    server = _started(PostgresServer)
    yield server
    server.cleanup()


@pytest.fixture(scope="session")
def mp() -> Any:
    """Worker processes forked from a server that already imported the heavy modules: each worker is
    a separate process with its own connections, started in milliseconds."""
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(["tests.stores.workers"])
    return ctx
