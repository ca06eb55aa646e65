"""`make demo` end to end: both with the field's faults and on a well-behaved sandbox."""

from __future__ import annotations

import subprocess
import sys

import pytest


@pytest.mark.parametrize("flags", [[], ["--no-faults"]], ids=["faults", "no-faults"])
def test_demo_runs_the_sandbox_workflow_to_the_end(flags: list[str]) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "flexport_facade.demo", "--products", "30", *flags],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    out = done.stdout
    for step in range(1, 9):
        assert f"[{step}/8]" in out
    assert "the server holds exactly one order" in out
    assert "OrderShippedEvent x1" in out
    assert "inventory rows    30" in out
    assert "simulator and receiver stopped" in out
    if not flags:
        assert "retry 1 of POST" in out and "replayed by the server" in out
        assert "duplicate(s) dropped" in out and "0 duplicate(s)" not in out
