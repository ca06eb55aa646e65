"""The stores are optional extras: the base install imports none of their drivers, and a missing
driver is an error naming the extra to install."""

from __future__ import annotations

import subprocess
import sys

import pytest


def run(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )


def test_the_facade_and_webhooks_load_no_store_driver() -> None:
    done = run(
        "import sys, flexport_facade, flexport_facade.webhooks, flexport_facade.stores\n"
        "from flexport_facade import Flexport\n"
        "loaded = [m for m in ('redis', 'psycopg', 'psycopg_pool', 'cryptography') if m in sys.modules]\n"
        "print(loaded)"
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


@pytest.mark.parametrize(
    ("blocked", "construct", "extra"),
    [
        ("redis", "RedisDeduper('redis://127.0.0.1:1/0').claim('x')", "flexport-facade[redis]"),
        ("psycopg", "PostgresDeduper('postgresql://u@127.0.0.1:1/db')", "flexport-facade[postgres]"),
        ("psycopg_pool", "PostgresTokenStore('postgresql://u@127.0.0.1:1/db', plaintext=True)", "[postgres]"),
    ],
)
def test_a_missing_driver_names_the_extra(blocked: str, construct: str, extra: str) -> None:
    done = run(
        f"import sys; sys.modules[{blocked!r}] = None\nfrom flexport_facade.stores import *\n{construct}"
    )
    assert done.returncode != 0
    assert "ImportError" in done.stderr and extra in done.stderr
