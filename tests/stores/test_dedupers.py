"""RedisDeduper and PostgresDeduper keep the webhooks.Deduper three-state contract on real servers
(beside MemoryDeduper and SQLiteDeduper, which must behave alike)."""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import psycopg
import pytest
import redis

from flexport_facade.stores import PostgresDeduper, RedisDeduper
from flexport_facade.webhooks import Claim, CompletingDeduper, MemoryDeduper, SQLiteDeduper

LEASE = 0.5  # seconds: short, so a lease can run out inside a test
LONG_LEASE = 60.0  # seconds: a lease that must not run out inside a test, however slow the machine

# (store, holders): the holders of one event id are one store instance (one process: MemoryDeduper's
# only case) or separate instances on the same SQLite file, Redis or PostgreSQL (other processes).
TAKEOVERS = [
    ("memory", "one instance"),
    ("sqlite", "one instance"),
    ("sqlite", "two instances"),
    ("redis", "one instance"),
    ("redis", "two instances"),
    ("postgres", "one instance"),
    ("postgres", "two instances"),
]


def _make(kind: str, request: pytest.FixtureRequest, **kwargs: Any) -> Any:
    if kind == "memory":
        return MemoryDeduper(**kwargs)
    if kind == "sqlite":  # every instance of one test on the same file
        return SQLiteDeduper(request.getfixturevalue("tmp_path") / "seen.db", **kwargs)
    url = str(request.getfixturevalue("redis_url" if kind == "redis" else "pg_url"))
    return RedisDeduper(url, **kwargs) if kind == "redis" else PostgresDeduper(url, **kwargs)


def _lengthen_lease(*dedupers: Any) -> None:
    """From now on these instances use LONG_LEASE: RedisDeduper for the expiry (PX) of its next
    claims, the others when they judge whether a claim's lease has run out."""
    for deduper in dedupers:
        deduper.lease_seconds = LONG_LEASE
        if isinstance(deduper, RedisDeduper):
            deduper.lease_ms = int(LONG_LEASE * 1000)


def _holders(kind: str, holders: str, request: pytest.FixtureRequest) -> tuple[Any, Any, Any]:
    """A, B and C for one event id, each with a lease of LEASE: one instance, or three."""
    a = _make(kind, request, lease_seconds=LEASE)
    if holders == "one instance":
        return a, a, a
    return a, _make(kind, request, lease_seconds=LEASE), _make(kind, request, lease_seconds=LEASE)


def _outlive_the_lease(b: Any) -> None:
    """A's handler runs past its lease. B's claim, made next, must outlive the rest of the test
    however slow the machine: LONG_LEASE for its PX on Redis (for the others, after it is made)."""
    time.sleep(LEASE * 3)
    if isinstance(b, RedisDeduper):
        _lengthen_lease(b)


def _take_over(a: Any, b: Any, c: Any) -> None:
    """A claims; its handler runs past its lease; B takes the event over and is handling it."""
    assert a.claim("evt-1") is Claim.NEW
    _outlive_the_lease(b)
    assert b.claim("evt-1") is Claim.NEW
    _lengthen_lease(a, b, c)


def _close(*dedupers: Any) -> None:
    for deduper in {id(d): d for d in dedupers}.values():
        if hasattr(deduper, "close"):
            deduper.close()


@pytest.fixture(params=["memory", "sqlite", "redis", "postgres"])
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
        token = client.get("hooks:evt-1").removeprefix(b"inflight:")
        deduper.complete("evt-1")
        assert client.get("hooks:evt-1") == b"done:" + token  # its completer may still release it
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


# -- release undoes only a claim its caller still holds ---------------------------------------------


@pytest.mark.parametrize(("kind", "holders"), TAKEOVERS)
def test_a_release_by_a_holder_whose_lease_was_taken_over_leaves_the_new_claim(
    kind: str, holders: str, request: pytest.FixtureRequest
) -> None:
    """A's handler outlives its lease, B takes over, A's handler fails and A releases: B still holds
    the event, so a third delivery C must be told IN_FLIGHT, not handle it beside B."""
    a, b, c = _holders(kind, holders, request)
    _take_over(a, b, c)
    a.release("evt-1")
    assert c.claim("evt-1") is Claim.IN_FLIGHT
    b.release("evt-1")  # B's handler fails too: B holds the claim, so its release frees the id
    assert c.claim("evt-1") is Claim.NEW  # the redelivery is handled
    _close(a, b, c)


@pytest.mark.parametrize(("kind", "holders"), TAKEOVERS)
def test_a_complete_by_a_holder_whose_lease_was_taken_over_still_counts(
    kind: str, holders: str, request: pytest.FixtureRequest
) -> None:
    """A did handle the event: it is done, and B's later release (its handler failed) cannot undo that."""
    a, b, c = _holders(kind, holders, request)
    _take_over(a, b, c)
    a.complete("evt-1")
    assert c.claim("evt-1") is Claim.DONE
    b.release("evt-1")
    assert c.claim("evt-1") is Claim.DONE
    _close(a, b, c)


def test_a_release_by_the_holder_frees_the_id_for_its_redelivery(deduper: Any) -> None:
    assert deduper.claim("evt-1") is Claim.NEW
    deduper.release("evt-1")  # the handler failed
    assert deduper.claim("evt-1") is Claim.NEW  # the redelivery is handled
    deduper.complete("evt-1")
    deduper.release("evt-1")  # Receiver.receive completes first; its caller's handling then failed
    assert deduper.claim("evt-1") is Claim.NEW
    deduper.release("evt-1")
    deduper.release("evt-1")  # a second release, of a claim no longer held: changes nothing
    assert deduper.claim("evt-1") is Claim.NEW


@pytest.mark.parametrize("kind", ["sqlite", "redis", "postgres"])
def test_a_release_by_an_instance_that_never_claimed_the_id_changes_nothing(
    kind: str, request: pytest.FixtureRequest
) -> None:
    holder, other = _make(kind, request), _make(kind, request)
    assert holder.claim("evt-1") is Claim.NEW
    other.release("evt-1")
    assert other.claim("evt-1") is Claim.IN_FLIGHT
    holder.complete("evt-1")
    other.release("evt-1")
    assert other.claim("evt-1") is Claim.DONE
    holder.release("evt-1")  # its completer's release does forget it
    assert other.claim("evt-1") is Claim.NEW
    _close(holder, other)


@pytest.mark.parametrize(("kind", "holders"), [t for t in TAKEOVERS if t[0] in ("redis", "postgres")])
async def test_the_async_release_also_leaves_a_claim_taken_over(
    kind: str, holders: str, request: pytest.FixtureRequest
) -> None:
    a, b, c = _holders(kind, holders, request)
    assert await a.aclaim("evt-1") is Claim.NEW
    _outlive_the_lease(b)
    assert await b.aclaim("evt-1") is Claim.NEW
    _lengthen_lease(a, b, c)
    await a.arelease("evt-1")
    assert await c.aclaim("evt-1") is Claim.IN_FLIGHT
    assert c.claim("evt-1") is Claim.IN_FLIGHT  # the sync calls see the same state
    await b.arelease("evt-1")
    assert await c.aclaim("evt-1") is Claim.NEW
    await c.arelease("evt-1")  # the sync and async calls of one instance share what it holds
    assert c.claim("evt-1") is Claim.NEW
    for d in {id(d): d for d in (a, b, c)}.values():
        await d.aclose()
    _close(a, b, c)


def test_a_postgres_table_without_the_token_column_is_upgraded_in_place(pg_url: str) -> None:
    """The release-by-id version's table (a state, no token): the column is added, NULL on its rows."""
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute(
            "CREATE TABLE flexport_webhook_seen (event_id text PRIMARY KEY, claimed_at timestamptz NOT NULL, "
            "state text NOT NULL DEFAULT 'done')"
        )
        conn.execute("INSERT INTO flexport_webhook_seen VALUES ('handled', now(), 'done')")
        conn.execute(
            "INSERT INTO flexport_webhook_seen VALUES ('held-by-an-old-receiver', now(), 'inflight')"
        )
    deduper = PostgresDeduper(pg_url)
    assert deduper.claim("handled") is Claim.DONE
    assert deduper.claim("held-by-an-old-receiver") is Claim.IN_FLIGHT
    deduper.release("held-by-an-old-receiver")  # not this instance's claim: left to its lease
    assert deduper.claim("held-by-an-old-receiver") is Claim.IN_FLIGHT
    assert deduper.claim("evt-new") is Claim.NEW
    deduper.release("evt-new")
    assert deduper.claim("evt-new") is Claim.NEW
    deduper.close()
    with psycopg.connect(pg_url, autocommit=True) as conn:
        tokens = dict(conn.execute("SELECT event_id, token FROM flexport_webhook_seen").fetchall())
    assert tokens["handled"] is None and tokens["held-by-an-old-receiver"] is None
    assert tokens["evt-new"] is not None
    again = PostgresDeduper(pg_url)  # a second start on the upgraded table changes nothing
    assert again.claim("handled") is Claim.DONE
    again.close()
