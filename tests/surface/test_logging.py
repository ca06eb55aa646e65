"""FLEXPORT_LOG: INFO per retry (method, path, attempt, delay, cause), DEBUG per attempt with timing,
never the token; the switch works from the environment alone."""

from __future__ import annotations

import logging
import os
import subprocess
import sys

import pytest

from flexport_facade import Flexport, RetryPolicy
from flexport_facade.testing import Faults, run_simulator

FAST = RetryPolicy(backoff_base=0.01, backoff_cap=0.02, retry_after_cap=0.05)


def test_one_info_line_per_retry(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="flexport_facade")
    with run_simulator("2026-02", faults=Faults(throttle_next=2, throttle_retry_after=None)) as sim:
        with Flexport(version="2026-02", token=sim.token, base_url=sim.url, retry=FAST) as fx:
            fx.request("GET", "/warehouses/active")
            sim.faults(throttle_next=1, throttle_retry_after=1)
            fx.request("GET", "/products", params={"limit": 5})
        token = sim.token
    lines = [r.getMessage() for r in caplog.records if r.levelno == logging.INFO]
    assert len(lines) == 3, lines
    first = lines[0]
    assert first.startswith(
        "retrying GET /logistics/api/2026-02/warehouses/active: attempt 1 failed with 429"
    )
    assert "next attempt in" in first and lines[1].count("attempt 2 failed with 429") == 1
    assert "429 (Retry-After 1 s); next attempt in 0.05 s" in lines[2]  # capped by the policy
    assert "limit=5" not in lines[2]  # no query strings in logs
    assert all(token not in r.getMessage() for r in caplog.records)


SCRIPT = """
from flexport_facade import Flexport, RetryPolicy
from flexport_facade.testing import Faults, run_simulator
with run_simulator("2026-02", faults=Faults(throttle_next=1, throttle_retry_after=None)) as sim:
    print("TOKEN", sim.token, flush=True)
    fast = RetryPolicy(backoff_base=0.01, backoff_cap=0.02)
    with Flexport(version="2026-02", token=sim.token, base_url=sim.url, retry=fast) as fx:
        fx.request("GET", "/warehouses/active")
"""


def run_with(level: str) -> tuple[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "FLEXPORT_LOG"} | {"FLEXPORT_LOG": level}
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=60, env=env, check=False
    )
    assert done.returncode == 0, done.stderr
    token = done.stdout.split()[1]
    return token, done.stderr


def test_flexport_log_info_from_the_environment() -> None:
    token, err = run_with("info")
    assert "INFO flexport_facade] retrying GET /logistics/api/2026-02/warehouses/active" in err
    assert "DEBUG" not in err and token not in err


def test_flexport_log_debug_adds_each_attempt_with_timing() -> None:
    token, err = run_with("DEBUG")
    attempts = [line for line in err.splitlines() if "DEBUG" in line and "attempt" in line]
    assert len(attempts) == 2
    assert "attempt 1/4 -> 429 in" in attempts[0] and attempts[0].endswith("ms")
    assert "attempt 2/4 -> 200 in" in attempts[1]
    assert token not in err


def test_an_unknown_level_is_reported_not_fatal() -> None:
    env = {**os.environ, "FLEXPORT_LOG": "loud"}
    done = subprocess.run(
        [sys.executable, "-c", "import flexport_facade._core.http"],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        check=False,
    )
    assert done.returncode == 0
    assert "FLEXPORT_LOG='loud' is not one of info, debug" in done.stderr
