from __future__ import annotations

from collections.abc import Iterator

import pytest

from flexport_facade._core.retry import RetryPolicy
from flexport_facade.testing._v1 import V1Simulator, run_v1_simulator
from flexport_facade.v1 import FlexportV1

KEY = "41a08de1c61033008bb1998ae0c66ed3"  # the reference's sample key shape; a test value


class Sleeps(list[float]):
    def __call__(self, seconds: float) -> None:
        self.append(seconds)


@pytest.fixture
def sleeps() -> Sleeps:
    return Sleeps()


@pytest.fixture
def policy(sleeps: Sleeps) -> RetryPolicy:
    # Real decisions, no real waiting.
    return RetryPolicy(attempts=3, sleep=sleeps, rand=lambda: 0.0)


@pytest.fixture
def sim() -> Iterator[V1Simulator]:
    with run_v1_simulator(KEY) as server:
        yield server


@pytest.fixture
def v1(sim: V1Simulator, policy: RetryPolicy) -> Iterator[FlexportV1]:
    with FlexportV1(token=KEY, base_url=sim.base_url, retry=policy, timeout=5.0) as client:
        yield client
