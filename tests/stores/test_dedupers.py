"""RedisDeduper and PostgresDeduper keep the webhooks.Deduper three-state contract on real servers."""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import psycopg
import pytest
import redis

from flexport_facade.stores import PostgresDeduper, RedisDeduper
from flexport_facade.webhooks import Claim, CompletingDeduper, MemoryDeduper

LEASE = 0.5  # seconds: short, so a lease can run out inside a test


def _make(kind: str, request: pytest.FixtureRequest, **kwargs: Any) -> Any:
    if kind == "memory":
        return MemoryDeduper(**kwargs)
    url = str(request.getfixturevalue("redis_url" if kind == "redis" else "pg_url"))
    return RedisDeduper(url, **kwargs) if kind == "redis" else PostgresDeduper(url, **kwargs)


@pytest.fixture(params=["memory", "redis", "postgres"])
def kind(request: pytest.FixtureRequest) -> str:
    """MemoryDeduper is the reference the shared ones must behave like."""
    return str(request.param)


@pytest.fixture
def deduper(kind: str, request: pytest.FixtureRequest) -> Iterator[Any]:
    made = _make(kind, request)
    yield made
    if hasattr(made, "close"):
        made.close()


def test_claim_states(deduper: Any) -> None:
    assert isinstance(deduper, CompletingDeduper)
    assert deduper.claim("evt-1") is Claim.NEW
    assert deduper.claim("evt-1") is Claim.IN_FLIGHT  # held by a request still in flight: retry later
    deduper.complete("evt-1")
    assert deduper.claim("evt-1") is Claim.DONE  # handled: a true duplicate
    deduper.release("evt-1")
    assert deduper.claim("evt-1") is Claim.NEW  # released: the redelivery is handled
    deduper.release("evt-1")
    assert deduper.claim("evt-1") is Claim.NEW  # releasing an in-flight claim frees it too
    deduper.release("never-claimed")  # releasing what was never claimed is harmless


def test_an_expired_lease_is_taken_over(kind: str, request: pytest.FixtureRequest) -> None:
    """The holder died mid-handler: once its lease ends, the next delivery owns the event."""
    deduper = _make(kind, request, lease_seconds=LEASE)
    assert deduper.claim("evt-1") is Claim.NEW
    assert deduper.claim("evt-1") is Claim.IN_FLIGHT
    deduper.complete("evt-2")
    time.sleep(LEASE * 3)
    assert deduper.claim("evt-1") is Claim.NEW
    assert deduper.claim("evt-1") is Claim.IN_FLIGHT  # the new holder's lease starts afresh
    assert deduper.claim("evt-2") is Claim.DONE  # a lease bounds a claim, never a handled id


@pytest.mark.parametrize("kind", ["redis", "postgres"])  # MemoryDeduper has no async calls
async def test_the_async_calls_share_the_state_of_the_sync_ones(
    kind: str, request: pytest.FixtureRequest
) -> None:
    deduper = _make(kind, request)
    assert deduper.claim("evt-1") is Claim.NEW
    assert await deduper.aclaim("evt-1") is Claim.IN_FLIGHT  # the sync claim is seen by the async path
    await deduper.acomplete("evt-1")
    assert deduper.claim("evt-1") is Claim.DONE
    assert await deduper.aclaim("evt-2") is Claim.NEW
    await deduper.arelease("evt-2")
    assert deduper.claim("evt-2") is Claim.NEW
    await deduper.aclose()
    deduper.close()


def test_bad_leases_are_refused(redis_url: str, pg_url: str) -> None:
    with pytest.raises(ValueError, match="lease_seconds"):
        RedisDeduper(redis_url, lease_seconds=0)
    with pytest.raises(ValueError, match="lease_seconds"):
        PostgresDeduper(pg_url, lease_seconds=-1)


def test_redis_keys_expire_with_the_lease_then_the_ttl(redis_url: str) -> None:
    deduper = RedisDeduper(redis_url, ttl_seconds=3600, prefix="hooks:", lease_seconds=60)
    assert deduper.claim("evt-1") is Claim.NEW
    with redis.Redis.from_url(redis_url) as client:
        assert 50_000 <= client.pttl("hooks:evt-1") <= 60_000  # in flight: held for the lease only
        deduper.complete("evt-1")
        assert client.get("hooks:evt-1") == b"done"
        assert 3590 <= client.ttl("hooks:evt-1") <= 3600  # handled: remembered for the ttl
    with pytest.raises(ValueError, match="ttl_seconds"):
        RedisDeduper(redis_url, ttl_seconds=0)


def test_redis_keys_of_the_claim_release_version_read_as_done(redis_url: str) -> None:
    """That version stored a bare claim token for each id it had handled."""
    with redis.Redis.from_url(redis_url) as client:
        client.set("hooks:evt-old", "3f9a0c1d2e4b5a69", ex=3600)
    deduper = RedisDeduper(redis_url, prefix="hooks:")
    assert deduper.claim("evt-old") is Claim.DONE


def test_postgres_reuses_ids_past_retention_and_prunes_them(pg_url: str) -> None:
    deduper = PostgresDeduper(pg_url, retention_seconds=3600)
    assert deduper.claim("old") is Claim.NEW and deduper.claim("fresh") is Claim.NEW
    deduper.complete("old")
    deduper.complete("fresh")
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute(
            "UPDATE flexport_webhook_seen SET claimed_at = now() - interval '2 hours' WHERE event_id = 'old'"
        )
        indexes = [
            r[0]
            for r in conn.execute("SELECT indexdef FROM pg_indexes WHERE tablename = 'flexport_webhook_seen'")
        ]
    assert any("(claimed_at)" in definition for definition in indexes)  # retention reads an index
    assert deduper.claim("old") is Claim.NEW  # past retention: a new delivery, not a duplicate
    assert deduper.claim("fresh") is Claim.DONE
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute("UPDATE flexport_webhook_seen SET claimed_at = now() - interval '2 hours'")
    assert deduper.prune() == 2
    deduper.close()
    with pytest.raises(ValueError, match="plain SQL name"):
        PostgresDeduper(pg_url, table="seen; DROP TABLE x")


def test_a_postgres_table_of_the_claim_release_version_is_upgraded_in_place(pg_url: str) -> None:
    """The older version's table had no state column; every row in it was a handled id."""
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute(
            "CREATE TABLE flexport_webhook_seen (event_id text PRIMARY KEY, claimed_at timestamptz NOT NULL)"
        )
        conn.execute("INSERT INTO flexport_webhook_seen VALUES ('handled-before', now())")
    deduper = PostgresDeduper(pg_url)
    assert deduper.claim("handled-before") is Claim.DONE
    assert deduper.claim("evt-new") is Claim.NEW
    assert deduper.claim("evt-new") is Claim.IN_FLIGHT
    deduper.complete("evt-new")
    assert deduper.claim("evt-new") is Claim.DONE
    deduper.close()
    with psycopg.connect(pg_url, autocommit=True) as conn:
        rows = dict(conn.execute("SELECT event_id, state FROM flexport_webhook_seen").fetchall())
    assert rows == {"handled-before": "done", "evt-new": "done"}
    again = PostgresDeduper(pg_url)  # a second start on the upgraded table changes nothing
    assert again.claim("handled-before") is Claim.DONE
    again.close()


def test_a_redis_claim_resent_after_a_lost_reply_still_wins(redis_url: str) -> None:
    """redis-py re-sends a command when the connection drops before the reply: the re-sent claim
    carries the same token and must not find itself in flight (the event would wait out the lease)."""
    from flexport_facade.stores._async_redis_dedupe import CLAIM

    with redis.Redis.from_url(redis_url) as client:
        claim = client.register_script(CLAIM)
        assert claim(keys=["k"], args=["claim-1", 60_000]) == b"new"
        assert claim(keys=["k"], args=["claim-1", 60_000]) == b"new"  # the same claim, re-sent
        assert claim(keys=["k"], args=["claim-2", 60_000]) == b"in_flight"  # another delivery of the id
        client.set("k", "done")
        assert claim(keys=["k"], args=["claim-3", 60_000]) == b"done"
