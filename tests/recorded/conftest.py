"""Cassette-backed tests: replay by default with the network blocked; ``make record`` re-records.

Every test here runs unchanged in three modes (see ``rec_target``): replaying tests/cassettes/,
recording against a simulator ``scripts/record.py`` started, or recording against the real API.
Markers: ``faults(**switches)`` sets the simulator's faults before the test (recording only);
``simulator_only`` tests need those faults or admin calls and are skipped when recording live
(their cassettes are kept); ``replay_only`` tests check the replay machinery itself.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from rec_match import MATCH_ON, stable_body, stable_query
from rec_retries import Retries
from rec_scrub import before_record_request, before_record_response
from rec_target import CASSETTES, VERSION, Mode, SimControl, Target, current_target, new_run_id
from vcr import VCR
from vcr.cassette import Cassette

from flexport_facade import AsyncFlexport, Flexport
from flexport_facade._constants import USER_AGENT

HERE = Path(__file__).parent
_TARGET = current_target()


def pytest_configure(config: pytest.Config) -> None:
    for line in (
        "faults(**switches): simulator faults for this test while recording",
        "simulator_only: needs simulator faults or admin calls; skipped when recording live",
        "replay_only: checks replay itself; skipped when recording",
    ):
        config.addinivalue_line("markers", line)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        if not item.path.is_relative_to(HERE):
            continue  # this hook sees the whole session's items
        # Replay must never reach a socket; pytest-recording lifts the block while recording.
        item.add_marker(pytest.mark.block_network)
        if _TARGET.mode.recording and item.get_closest_marker("replay_only"):
            item.add_marker(pytest.mark.skip(reason="checks replay; nothing to record"))
        if _TARGET.mode is Mode.LIVE and item.get_closest_marker("simulator_only"):
            item.add_marker(pytest.mark.skip(reason="needs simulator faults; its cassette is kept"))


def pytest_recording_configure(config: pytest.Config, vcr: VCR) -> None:
    vcr.register_matcher("stable_query", stable_query)
    vcr.register_matcher("stable_body", stable_body)


@pytest.fixture(scope="session")
def target() -> Target:
    return _TARGET


@pytest.fixture(scope="module")
def vcr_cassette_dir(request: pytest.FixtureRequest) -> str:
    """tests/cassettes/<module without test_rec_>/<test>.yaml."""
    name = Path(str(request.node.fspath)).stem.removeprefix("test_rec_").removeprefix("test_")
    return str(CASSETTES / name)


@pytest.fixture
def vcr_config() -> dict[str, Any]:
    return {
        "match_on": MATCH_ON,
        "before_record_request": before_record_request,
        "before_record_response": before_record_response,
        "decode_compressed_response": True,  # scrubbing needs readable bodies
    }


@pytest.fixture
def cassette_path(vcr_cassette_dir: str, default_cassette_name: str) -> Path:
    return Path(vcr_cassette_dir) / f"{default_cassette_name}.yaml"


@pytest.fixture
def run_id(target: Target, cassette_path: Path) -> str:
    return new_run_id(target.mode, cassette_path)


@pytest.fixture
def sim(target: Target) -> SimControl:
    return SimControl(target)


@pytest.fixture(autouse=True)
def _fresh_world(vcr: Cassette | None, sim: SimControl, request: pytest.FixtureRequest) -> None:
    """Each recorded test starts on an empty simulator world with its ``faults`` marker applied.

    Only cassette tests: the others run with the network blocked even while recording.
    """
    if vcr is not None:
        marker = request.node.get_closest_marker("faults")
        sim.reset(**(marker.kwargs if marker else {}))


@pytest.fixture(autouse=True)
def _every_exchange_played(target: Target, vcr: Cassette | None) -> Iterator[None]:
    """On replay, an exchange left unplayed means the code now asks less than it did (e.g. no retry)."""
    yield
    if target.mode is Mode.REPLAY and vcr is not None and len(vcr):
        unplayed = [r.uri for i, (r, _) in enumerate(vcr.data) if not vcr.play_counts[i]]
        assert not unplayed, f"recorded but not replayed: {unplayed}"


@pytest.fixture
def retries() -> Retries:
    return Retries()


@pytest.fixture
def sent() -> list[httpx.Request]:
    """Every request the client sent (each retry attempt too), replayed or not."""
    return []


MakeFx = Callable[..., Flexport]


@pytest.fixture
def make_fx(target: Target, retries: Retries, sent: list[httpx.Request]) -> Iterator[MakeFx]:
    """Clients on the target, closed after the test; ``token=``/``auth=`` override the target's token."""
    opened: list[httpx.Client] = []

    def make(**options: Any) -> Flexport:
        if "auth" not in options:
            options.setdefault("token", target.token)
        http = httpx.Client(
            timeout=30, headers={"User-Agent": USER_AGENT}, event_hooks={"request": [sent.append]}
        )
        opened.append(http)  # an injected client is ours to close, not Flexport's
        return Flexport(
            VERSION, base_url=target.base_url, retry=retries.policy(), http_client=http, **options
        )

    yield make
    for http in opened:
        http.close()


@pytest.fixture
def fx(make_fx: MakeFx) -> Flexport:
    return make_fx()


@pytest.fixture
async def afx(target: Target, retries: Retries, sent: list[httpx.Request]) -> AsyncIterator[AsyncFlexport]:
    async def record(request: httpx.Request) -> None:
        sent.append(request)

    hooks: dict[str, list[Any]] = {"request": [record]}
    async with (
        httpx.AsyncClient(timeout=30, headers={"User-Agent": USER_AGENT}, event_hooks=hooks) as http,
        AsyncFlexport(
            VERSION, token=target.token, base_url=target.base_url, retry=retries.policy(), http_client=http
        ) as client,
    ):
        yield client
