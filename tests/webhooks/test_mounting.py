"""Issue 16 item 3: the endpoint inside Starlette and FastAPI: deliveries arrive, shutdown drains
(bounded), and the mounting code type-checks."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
import warnings
from pathlib import Path
from typing import Any

import pytest

with warnings.catch_warnings():  # starlette 1.x prefers httpx2 for its test client; httpx works
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

from flexport_facade.webhooks import Claim, MemoryDeduper, NoAuth, Receiver
from tests.webhooks import mounting_example

HERE = Path(__file__).parent
ROOT = HERE.parents[1]


class Raw:
    @classmethod
    def from_dict(cls, payload: dict[str, Any]) -> dict[str, Any]:
        return payload


def body(event_id: str) -> bytes:
    return json.dumps(
        {
            "logisticsAccountId": "a",
            "logisticsEventId": event_id,
            "logisticsEventType": "Order.Shipped",
            "logisticsEventTime": "2026-02-01T00:00:00Z",
        }
    ).encode()


def receiver(dedupe: MemoryDeduper) -> Receiver:
    return Receiver(version="2026-02", auth=NoAuth(), dedupe=dedupe, models={"Order.Shipped": Raw})


@pytest.mark.parametrize("build", [mounting_example.starlette_app, mounting_example.fastapi_app])
def test_deliveries_arrive_at_the_exact_path_with_no_redirect(build: Any) -> None:
    got: list[str] = []

    async def handle(event: dict[str, Any]) -> None:
        got.append(event["logisticsEventId"])

    hooks = receiver(MemoryDeduper()).asgi(handle)
    with TestClient(build(hooks)) as client:
        answer = client.post("/flexport/hooks", content=body("e1"), follow_redirects=False)
        wrong_method = client.get("/flexport/hooks", follow_redirects=False)
    assert (answer.status_code, answer.json()["detail"]) == (200, "ok")
    assert wrong_method.status_code == 405
    assert got == ["e1"]


def test_mount_serves_below_its_path_and_redirects_the_bare_path() -> None:
    """Why the README says route(): Starlette answers the bare mount path with a 307 itself."""
    got: list[Any] = []
    hooks = receiver(MemoryDeduper()).asgi(got.append)
    with TestClient(mounting_example.mounted_app(hooks)) as client:
        bare = client.post("/flexport/hooks", content=body("e1"), follow_redirects=False)
        below = client.post("/flexport/hooks/", content=body("e2"), follow_redirects=False)
    assert bare.status_code == 307
    assert below.status_code == 200 and len(got) == 1


@pytest.mark.parametrize("build", [mounting_example.starlette_app, mounting_example.fastapi_app])
def test_host_shutdown_drains_handlers_and_is_bounded_when_one_hangs(build: Any) -> None:
    dedupe = MemoryDeduper()
    finished: list[str] = []

    async def handle(event: dict[str, Any]) -> None:
        if event["logisticsEventId"] == "hung":
            await asyncio.Event().wait()  # never returns
        await asyncio.sleep(0.2)
        finished.append(event["logisticsEventId"])

    # handler_timeout below the handlers' time: both answers are 503 and both handlers run on.
    hooks = receiver(dedupe).asgi(handle, handler_timeout=0.01, shutdown_timeout=1.0)
    with TestClient(build(hooks)) as client:
        slow = client.post("/flexport/hooks", content=body("slow"))
        hung = client.post("/flexport/hooks", content=body("hung"))
    # Leaving the block ran the host's lifespan: the slow handler finished, the hung one was
    # cancelled at shutdown_timeout and its event released for the sender's retry.
    assert (slow.status_code, hung.status_code) == (503, 503)
    assert finished == ["slow"]
    assert dedupe.claim("slow") is Claim.DONE
    assert dedupe.claim("hung") is Claim.NEW


def test_the_mounting_code_type_checks() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", str(HERE / "mounting_example.py")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout + result.stderr
