"""RedisDeduper and PostgresDeduper keep the webhooks.Deduper contract on real servers."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import psycopg
import pytest
import redis

from flexport_facade.stores import PostgresDeduper, RedisDeduper
from flexport_facade.webhooks import Claim, Deduper, MemoryDeduper


@pytest.fixture(params=["memory", "redis", "postgres"])
def deduper(request: pytest.FixtureRequest) -> Iterator[Any]:
    """MemoryDeduper is the reference the shared ones must behave like."""
    if request.param == "memory":
        yield MemoryDeduper()
        return
    url = str(request.getfixturevalue("redis_url" if request.param == "redis" else "pg_url"))
    made: Any = RedisDeduper(url) if request.param == "redis" else PostgresDeduper(url)
    yield made
    made.close()


def fresh(claimed: object) -> bool:
    """A first claim: the shared stores answer True (the older bool contract the endpoint still takes),
    MemoryDeduper Claim.NEW (webhooks/_dedupe.py)."""
    return claimed is True or claimed is Claim.NEW


def seen(claimed: object) -> bool:
    return claimed is False or claimed in (Claim.IN_FLIGHT, Claim.DONE)


async def test_claim_release_contract_sync_and_async(deduper: Any) -> None:
    assert isinstance(deduper, Deduper)
    assert fresh(deduper.claim("evt-1"))
    assert seen(deduper.claim("evt-1"))
    deduper.release("evt-1")
    assert fresh(deduper.claim("evt-1"))
    deduper.release("never-claimed")  # releasing what was never claimed is harmless
    if hasattr(deduper, "aclaim"):
        assert await deduper.aclaim("evt-1") is False  # the sync claim is seen by the async path
        assert await deduper.aclaim("evt-2") is True
        await deduper.arelease("evt-2")
        assert deduper.claim("evt-2") is True
        await deduper.aclose()


def test_redis_claims_expire_with_the_ttl(redis_url: str) -> None:
    deduper = RedisDeduper(redis_url, ttl_seconds=3600, prefix="hooks:")
    assert deduper.claim("evt-1")
    with redis.Redis.from_url(redis_url) as client:
        assert 3590 <= client.ttl("hooks:evt-1") <= 3600
    with pytest.raises(ValueError, match="ttl_seconds"):
        RedisDeduper(redis_url, ttl_seconds=0)


def test_postgres_reuses_ids_past_retention_and_prunes_them(pg_url: str) -> None:
    deduper = PostgresDeduper(pg_url, retention_seconds=3600)
    assert deduper.claim("old") and deduper.claim("fresh")
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute(
            "UPDATE flexport_webhook_seen SET claimed_at = now() - interval '2 hours' WHERE event_id = 'old'"
        )
        indexes = [
            r[0]
            for r in conn.execute("SELECT indexdef FROM pg_indexes WHERE tablename = 'flexport_webhook_seen'")
        ]
    assert any("(claimed_at)" in definition for definition in indexes)  # retention reads an index
    assert deduper.claim("old") is True  # past retention: a new delivery, not a duplicate
    assert deduper.claim("fresh") is False
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute("UPDATE flexport_webhook_seen SET claimed_at = now() - interval '2 hours'")
    assert deduper.prune() == 2
    deduper.close()
    with pytest.raises(ValueError, match="plain SQL name"):
        PostgresDeduper(pg_url, table="seen; DROP TABLE x")


def test_a_redis_claim_resent_after_a_lost_reply_still_wins(redis_url: str) -> None:
    """redis-py re-sends a command when the connection drops before the reply: the re-sent claim
    carries the same claim id and must not find itself a duplicate (the event would be lost)."""
    from flexport_facade.stores._async_redis_dedupe import CLAIM

    with redis.Redis.from_url(redis_url) as client:
        claim = client.register_script(CLAIM)
        assert claim(keys=["k"], args=["claim-1", 60]) == 1
        assert claim(keys=["k"], args=["claim-1", 60]) == 1  # the same claim, re-sent
        assert claim(keys=["k"], args=["claim-2", 60]) == 0  # another delivery of the id: a duplicate
