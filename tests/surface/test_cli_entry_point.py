"""`flexport-facade` through its installed entry point: --version, operations, --json, serve."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from flexport_facade import Flexport, __version__

CLI = str(Path(sys.executable).with_name("flexport-facade"))


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([CLI, *args], capture_output=True, text=True, timeout=60, check=False)


def test_version_flag() -> None:
    done = run("--version")
    assert done.returncode == 0 and done.stdout.strip() == f"flexport-facade {__version__}"


def test_operations_table_and_json_agree_with_the_client() -> None:
    done = run("operations", "2026-02", "--json")
    assert done.returncode == 0, done.stderr
    rows = json.loads(done.stdout)
    fx = Flexport(version="2026-02", token="t")
    assert len(rows) == len(fx.operations)
    by_call = {r["call"]: r for r in rows}
    events = by_call["fx.events.get_events"]
    assert events == {
        "call": "fx.events.get_events",
        "generated": "events.get_events",
        "method": "GET",
        "path": "/events",
        "scopes": ["read_logistics_events"],
        "paging": "cursor",
    }
    assert by_call["fx.outbounds.create_order"]["generated"] == "outbounds.outbounds_create_order"
    assert by_call["fx.products.get_products"]["paging"] == "offset"
    for row in rows:  # every listed call resolves on a real client
        _, tag, name = row["call"].split(".")
        assert getattr(getattr(fx, tag), name).meta.path.endswith(row["path"])
    table = run("operations", "2026-02", "--tag", "oauth")
    lines = table.stdout.splitlines()
    assert lines[0].split() == ["call", "generated", "method", "path", "scopes", "paging"]
    assert [line.split()[0] for line in lines[1:]] == [
        "fx.oauth.authorization_redirect",
        "fx.oauth.token_exchange",
    ]


def test_versions_json() -> None:
    rows = json.loads(run("versions", "--json").stdout)
    assert {"2026-02", "unstable", "v1"} <= {r["version"] for r in rows}
    assert all(set(r) >= {"api", "status", "package", "snapshot"} for r in rows)


def test_bad_input_is_one_line_and_exit_2() -> None:
    done = run("operations", "2026-02", "--tag", "nope")
    assert done.returncode == 2 and "has no tag 'nope'" in done.stderr and "oauth" in done.stderr
    done = run("operations", "2099-01")
    assert done.returncode == 2 and "unknown API version '2099-01'" in done.stderr
    done = run("serve", "--faults", "bogus=1")
    assert done.returncode == 2 and "unknown fault switches: bogus" in done.stderr


def test_serve_with_faults_answers_until_interrupted() -> None:
    proc = subprocess.Popen(
        [CLI, "serve", "--version", "2025-03", "--port", "0", "--faults", "throttle_next=1,page_cap=5"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    try:
        assert proc.stdout is not None
        lines = [proc.stdout.readline() for _ in range(4)]
        base = next(line.split("=", 1)[1].strip() for line in lines if line.startswith("base_url="))
        token = next(line.rsplit(" ", 1)[1].strip() for line in lines if line.startswith("Token"))
        with Flexport(version="2025-03", token=token, base_url=base) as fx:
            first = httpx.get(
                f"{base}/logistics/api/2025-03/products", headers={"authorization": f"Bearer {token}"}
            )
            assert first.status_code == 429  # throttle_next=1 from the command line
            for i in range(8):
                fx.products.create_product(body={"name": f"P{i}", "merchantSku": f"P{i}"})
            assert len(fx.request("GET", "/products", params={"limit": 50}).json()) == 5  # page_cap=5
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            pytest.fail("serve did not stop on SIGINT")
    assert proc.returncode == 0
