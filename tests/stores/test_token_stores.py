"""RedisTokenStore and PostgresTokenStore on real servers: the TokenStore contract, tokens encrypted at
rest, and deactivation serialised across processes."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import psycopg
import pytest
import redis
from cryptography.fernet import Fernet

from flexport_facade import Token, TokenStore
from flexport_facade.stores import (
    AsyncPostgresTokenStore,
    AsyncRedisTokenStore,
    PostgresTokenStore,
    RedisTokenStore,
)
from tests.stores import workers

KEY = workers.TOKEN_KEY
SECRET_TOKEN = "tok-live-secret-0123456789abcdef"


def token(account: str = "acct-1", access: str = SECRET_TOKEN) -> Token:
    return Token(
        access_token=access,
        logistics_account_id=account,
        scopes=("read_logistics_orders",),
        obtained_at=datetime(2026, 2, 1, tzinfo=UTC),
        kind="merchant",
    )


_OPEN: list[Any] = []


@pytest.fixture(params=["redis", "postgres"])
def backend(request: pytest.FixtureRequest) -> Iterator[tuple[str, str]]:
    name = request.param
    yield name, str(request.getfixturevalue("redis_url" if name == "redis" else "pg_url"))
    while _OPEN:  # close every pool the test opened, before its database goes
        _OPEN.pop().close()


def make(backend: tuple[str, str], **kw: Any) -> Any:
    name, url = backend
    kw.setdefault("key", KEY)
    store = RedisTokenStore(url, **kw) if name == "redis" else PostgresTokenStore(url, **kw)
    _OPEN.append(store)
    return store


def raw_records(backend: tuple[str, str]) -> list[bytes]:
    name, url = backend
    if name == "redis":
        with redis.Redis.from_url(url) as client:
            return list(client.hgetall("flexport:tokens").values())
    with psycopg.connect(url) as conn:
        return [bytes(r[0]) for r in conn.execute("SELECT record FROM flexport_tokens").fetchall()]


def test_the_store_keeps_the_token_store_contract(backend: tuple[str, str]) -> None:
    store = make(backend)
    assert isinstance(store, TokenStore)
    assert store.get("acct-1") is None
    store.put(token())
    store.put(token("acct-2", "tok-other"))
    assert store.get("acct-1") == token()
    assert [t.logistics_account_id for t in store.list()] == ["acct-1", "acct-2"]
    store.delete("acct-2")
    assert [t.logistics_account_id for t in store.list()] == ["acct-1"]
    assert SECRET_TOKEN not in repr(store)


def test_tokens_are_encrypted_at_rest(backend: tuple[str, str]) -> None:
    make(backend).put(token())
    (record,) = raw_records(backend)
    assert SECRET_TOKEN.encode() not in record
    assert b"acct-1" not in record  # the whole record is sealed, not just the token
    assert record.startswith(b"fernet1:")


def test_a_store_without_a_key_is_refused_unless_plaintext_is_chosen(backend: tuple[str, str]) -> None:
    with pytest.raises(ValueError, match=r"encryption key.*plaintext=True"):
        make(backend, key=None)
    plain = make(backend, key=None, plaintext=True)
    plain.put(token())
    assert plain.get("acct-1") == token()
    # a store that encrypts will not silently read (or overwrite) what was written in the clear
    with pytest.raises(ValueError, match="plain text"):
        make(backend).get("acct-1")


def test_a_wrong_key_is_a_clear_error_and_rotation_reads_old_records(backend: tuple[str, str]) -> None:
    make(backend).put(token())
    with pytest.raises(ValueError, match="does not decrypt") as caught:
        make(backend, key=Fernet.generate_key()).get("acct-1")
    assert SECRET_TOKEN not in str(caught.value)
    rotated = make(backend, key=[Fernet.generate_key(), KEY])  # new key first, old still reads
    assert rotated.get("acct-1") == token()
    with pytest.raises(ValueError, match="not a Fernet key"):
        make(backend, key="not-a-key")


def test_a_late_401_never_deactivates_a_newer_token(backend: tuple[str, str]) -> None:
    store = make(backend)
    store.put(token(access="tok-old"))
    store.put(token(access="tok-new"))  # the merchant re-authorized
    assert store.try_mark_inactive("acct-1", "late 401", access_token="tok-old") is False
    assert store.get("acct-1").active
    assert store.try_mark_inactive("acct-1", "401", access_token="tok-new") is True
    assert store.get("acct-1") == replace(token(access="tok-new"), active=False, inactive_reason="401")


def test_of_eight_processes_seeing_the_same_401_exactly_one_marks_it(
    backend: tuple[str, str], mp: Any, tmp_path: Path
) -> None:
    name, url = backend
    make(backend).put(token())
    barrier = mp.Barrier(8)
    outs = [tmp_path / f"racer-{i}.json" for i in range(8)]
    procs = [
        mp.Process(
            target=workers.mark_inactive_racer, args=(name, url, "acct-1", SECRET_TOKEN, str(out), barrier)
        )
        for out in outs
    ]
    for proc in procs:
        proc.start()
    for proc in procs:
        proc.join(60)
        assert proc.exitcode == 0
    results = [json.loads(out.read_text()) for out in outs]
    winners = [r for r in results if r["marked"]]
    assert len(winners) == 1
    stored = make(backend).get("acct-1")
    assert not stored.active
    assert stored.inactive_reason == f"401 seen by pid {winners[0]['pid']}"  # nobody overwrote the first


def test_late_401s_racing_a_reauthorization_never_deactivate_the_new_token(
    backend: tuple[str, str], mp: Any, tmp_path: Path
) -> None:
    name, url = backend
    make(backend).put(token(access="tok-old"))
    barrier = mp.Barrier(8)
    procs = [mp.Process(target=workers.reauthorize, args=(name, url, "acct-1", "tok-new", barrier))]
    procs += [
        mp.Process(
            target=workers.mark_inactive_racer,
            args=(name, url, "acct-1", "tok-old", str(tmp_path / f"late-{i}.json"), barrier),
        )
        for i in range(7)
    ]
    for proc in procs:
        proc.start()
    for proc in procs:
        proc.join(60)
        assert proc.exitcode == 0
    stored = make(backend).get("acct-1")
    assert stored.access_token == "tok-new" and stored.active  # whatever order the 8 ran in


async def test_the_async_stores_share_records_with_the_sync_ones(backend: tuple[str, str]) -> None:
    name, url = backend
    store: Any = (
        AsyncRedisTokenStore(url, key=KEY) if name == "redis" else AsyncPostgresTokenStore(url, key=KEY)
    )
    try:
        await store.put(token())
        assert make(backend).get("acct-1") == token()
        assert await store.try_mark_inactive("acct-1", "401", access_token="tok-other") is False
        assert await store.try_mark_inactive("acct-1", "401", access_token=SECRET_TOKEN) is True
        assert await store.try_mark_inactive("acct-1", "401 again", access_token=SECRET_TOKEN) is False
        assert [t.inactive_reason for t in await store.list()] == ["401"]
        await store.delete("acct-1")
        assert await store.get("acct-1") is None
    finally:
        await store.aclose()


async def test_the_postgres_stores_use_a_pool_of_yours_and_leave_it_open(pg_url: str) -> None:
    """A pool passed in (not opened yet, as psycopg advises for an async one) is opened on first use;
    closing the store leaves the pool to its owner. Passing a pool and a conninfo is refused."""
    from psycopg_pool import AsyncConnectionPool, ConnectionPool

    async_pool, sync_pool = AsyncConnectionPool(pg_url, open=False), ConnectionPool(pg_url, open=False)
    try:
        store = AsyncPostgresTokenStore(pool=async_pool, key=KEY)
        await store.put(token())
        await store.aclose()
        assert not async_pool.closed
        sync_store = PostgresTokenStore(pool=sync_pool, key=KEY)
        assert sync_store.get("acct-1") == token()  # the same table
        sync_store.close()
        assert not sync_pool.closed
        assert "127.0.0.1" in repr(store) and SECRET_TOKEN not in repr(store)
        with pytest.raises(ValueError, match=r"pool=AsyncConnectionPool\(\.\.\.\), not both"):
            AsyncPostgresTokenStore(pg_url, pool=async_pool, key=KEY)
        with pytest.raises(ValueError, match=r"pass a conninfo .* or pool=ConnectionPool"):
            PostgresTokenStore(key=KEY)
    finally:
        await async_pool.close()
        sync_pool.close()


def test_oauth_auth_on_a_shared_store_marks_a_revoked_token_inactive(backend: tuple[str, str]) -> None:
    """The whole path: StoredTokenAuth reads the shared store, the simulator answers 401, the store
    records it, and the next worker asks the merchant to re-authorize instead of calling."""
    import httpx

    from flexport_facade import Flexport, FlexportOAuth, ReauthorizationRequired, TokenRevoked
    from flexport_facade.testing import run_simulator

    store = make(backend)
    with run_simulator("2026-02") as sim:
        account = sim.simulator.world.default_account.id
        store.put(token(account, sim.token))
        oauth = FlexportOAuth(
            client_id="app", client_secret="s", version="2026-02", store=store, base_url=sim.url
        )
        with Flexport(version="2026-02", base_url=sim.url, auth=oauth.auth_for(account)) as fx:
            assert fx.request("GET", "/products").status_code == 200
            httpx.post(f"{sim.url}/_sim/tokens/revoke", json={"token": sim.token}).raise_for_status()
            with pytest.raises(TokenRevoked):
                fx.request("GET", "/products")
        assert not make(backend).get(account).active  # another worker's store sees it
        other = FlexportOAuth(
            client_id="app", client_secret="s", version="2026-02", store=make(backend)
        ).auth_for(account)
        with (
            Flexport(version="2026-02", base_url=sim.url, auth=other) as fx,
            pytest.raises(ReauthorizationRequired),
        ):
            fx.request("GET", "/products")


def test_own_clients_are_accepted_but_not_text_mode_ones(redis_url: str) -> None:
    with redis.Redis.from_url(redis_url) as client:
        store = RedisTokenStore(client=client, key=KEY)
        store.put(token())
        assert store.get("acct-1") == token()
    with pytest.raises(ValueError, match="decode_responses"):
        RedisTokenStore(client=redis.Redis.from_url(redis_url, decode_responses=True), key=KEY)
    with pytest.raises(ValueError, match="exactly one"):
        RedisTokenStore(key=KEY)
