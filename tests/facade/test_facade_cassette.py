"""A vcrpy cassette goes through the real retry path: each attempt is one recorded exchange."""

from __future__ import annotations

from pathlib import Path

import vcr
from facade_support import TOKEN, FakeClock, LocalServer, Reply

from flexport_facade import Flexport, RetryEvent, RetryPolicy

PATH = "/logistics/api/2026-02/products/D1"
PRODUCT = {"logisticsSku": "D1", "name": "Mug"}


def fetch(base_url: str, clock: FakeClock, events: list[RetryEvent]) -> str:
    policy = RetryPolicy(clock=clock.clock, sleep=clock.sleep, rand=lambda: 0.0, on_retry=events.append)
    with Flexport("2026-02", token=TOKEN, base_url=base_url, retry=policy) as fx:
        return str(fx.products.get_product(logistics_sku="D1").name)


def test_record_429_then_200_and_replay_offline(tmp_path: Path) -> None:
    cassette = tmp_path / "retry_429.yaml"
    recorder = vcr.VCR(record_mode="all", filter_headers=["authorization"])

    server = LocalServer().start()
    try:
        server.queue("GET", PATH, Reply(429, {"message": "Too Many Requests"}, headers={"Retry-After": "2"}))
        server.queue("GET", PATH, Reply(200, PRODUCT))
        recorded: list[RetryEvent] = []
        with recorder.use_cassette(str(cassette)) as cass:
            assert fetch(server.url, FakeClock(), recorded) == "Mug"
        assert len(cass) == 2 and [s.path for s in server.seen] == [PATH, PATH]
    finally:
        server.stop()
    assert TOKEN not in cassette.read_text()

    # Offline: the server is gone; playback must serve both exchanges through the retry loop.
    player = vcr.VCR(record_mode="none")
    clock, replayed = FakeClock(), []
    with player.use_cassette(str(cassette)) as cass:
        assert fetch(server.url, clock, replayed) == "Mug"
        assert cass.play_count == 2 and cass.all_played
    assert [(e.status, e.delay) for e in replayed] == [(429, 2.0)] and clock.sleeps == [2.0]
