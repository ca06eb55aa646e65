"""Two hosts' worth of receivers (8 processes each, every process with its own connections) on one
Redis and on one PostgreSQL, and 16 processes of one host on one SQLite file (whose endpoint makes
its batches on the event loop while the file is free, and on its worker while another process
writes): 50 concurrent copies of each of 20 event ids."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from tests.stores import workers

ORDER_SHIPPED = Path(__file__).parents[1] / "webhooks" / "payloads" / "2026-02" / "Order.Shipped.json"
PROCESSES = 16  # 8 per host x 2 hosts
IDS = [f"evt-{n:02d}" for n in range(20)]
COPIES = 50


def _deliveries() -> list[bytes]:
    template = json.loads(ORDER_SHIPPED.read_text())
    return [json.dumps({**template, "logisticsEventId": event_id}).encode() for event_id in IDS]


def _shares(rounds: list[int]) -> list[list[list[bytes]]]:
    """Per process, per round, the deliveries it gets: dealt round-robin over (copy + id)."""
    bodies = _deliveries()
    shares: list[list[list[bytes]]] = [[[] for _ in rounds] for _ in range(PROCESSES)]
    for r, copies in enumerate(rounds):
        for copy in range(copies):
            for n, body in enumerate(bodies):
                shares[(copy + n) % PROCESSES][r].append(body)
    return shares


def _run(
    mp: Any, backend: str, url: str, tmp: Path, fail_dir: Path | None, rounds: list[int]
) -> list[dict[str, Any]]:
    """``rounds``: copies of each id per round; every round's deliveries are dealt round-robin over
    the processes (with 50 copies each process gets copies of every id) and sent all at once."""
    shares = _shares(rounds)
    barrier = mp.Barrier(PROCESSES)
    outs = [tmp / f"receiver-{i}.json" for i in range(PROCESSES)]
    procs = [
        mp.Process(
            target=workers.receive_deliveries,
            args=(backend, url, share, str(fail_dir) if fail_dir else None, str(out), barrier),
        )
        for share, out in zip(shares, outs, strict=True)
    ]
    for proc in procs:
        proc.start()
    for proc in procs:
        proc.join(120)
        assert proc.exitcode == 0, f"a receiver process failed (exit {proc.exitcode})"
    return [json.loads(out.read_text()) for out in outs]


def _url(backend: str, request: pytest.FixtureRequest, tmp: Path) -> str:
    if backend == "sqlite":
        return str(tmp / "seen.db")
    return str(request.getfixturevalue("redis_url" if backend == "redis" else "pg_url"))


@pytest.mark.parametrize("backend", ["redis", "postgres", "sqlite"])
def test_each_event_is_handled_exactly_once_across_processes(
    backend: str, mp: Any, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    results = _run(mp, backend, _url(backend, request, tmp_path), tmp_path, None, [COPIES])
    handled = Counter(event_id for r in results for event_id in r["handled"])
    statuses = Counter(status for r in results for status in r["statuses"])
    assert handled == Counter(dict.fromkeys(IDS, 1))
    assert statuses == {200: len(IDS) * COPIES}  # duplicates are acknowledged too, never retried
    # every one of the 16 processes claimed its own share (which of them wins an id is a race)
    assert [len(r["statuses"]) for r in results] == [len(rounds[0]) for rounds in _shares([COPIES])]


@pytest.mark.parametrize("backend", ["redis", "postgres", "sqlite"])
def test_a_handler_that_fails_once_is_handled_once_after_redelivery(
    backend: str, mp: Any, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    url = _url(backend, request, tmp_path)
    fail_dir = tmp_path / "failed-once"
    fail_dir.mkdir()
    # round 2 is the sender's redelivery: a few more copies of every id, again over all the processes
    results = _run(mp, backend, url, tmp_path, fail_dir, [COPIES, PROCESSES // 4])
    failed = Counter(event_id for r in results for event_id in r["failed"])
    handled = Counter(event_id for r in results for event_id in r["handled"])
    assert failed == Counter(dict.fromkeys(IDS, 1))
    assert handled == Counter(dict.fromkeys(IDS, 1))
