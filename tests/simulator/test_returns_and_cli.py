"""Returns (create, get, cancel, cursor list), warehouses, the snapshot loader and the serve CLI."""

from __future__ import annotations

import queue
import re
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import httpx
import pytest

from flexport_facade import Flexport
from flexport_facade.testing import __main__ as serve_module
from flexport_facade.testing import run_simulator, snapshot_path
from flexport_facade.testing._cursors import decode_page_info
from flexport_facade.v1 import FlexportV1


def return_body(n: int) -> dict[str, Any]:
    return {
        "externalReturnId": f"R-{n}",
        "rma": f"RMA-{n}",
        "returnItems": [{"identifier": "SKU-1", "type": "SKU", "quantity": 1}],
    }


def test_create_get_cancel(api: httpx.Client, conforms: Any) -> None:
    created = conforms(api.post("/returns", json=return_body(1)))
    return_id = created.json()["id"]
    assert conforms(api.get(f"/returns/{return_id}")).json()["status"] == "CREATED"
    assert api.post("/returns", json=return_body(1)).status_code == 409
    assert api.post(f"/returns/{return_id}/cancel").status_code in (200, 204)
    assert api.get(f"/returns/{return_id}").json()["status"] == "CANCELLED"


def test_list_walks_an_incrementing_cursor() -> None:
    # Only unstable lists returns (GET /returns); the stable releases have create/get/cancel.
    with run_simulator("unstable") as unstable:
        headers = {"authorization": f"Bearer {unstable.token}"}
        with httpx.Client(base_url=unstable.api_url, headers=headers, timeout=10) as api:
            _walk_returns(api)


def _walk_returns(api: httpx.Client) -> None:
    for n in range(5):
        api.post("/returns", json=return_body(n))
    seen: list[int] = []
    params: dict[str, Any] = {"limit": 2}
    while True:
        page = api.get("/returns", params=params)
        seen += [r["id"] for r in page.json()]
        found = re.search(r'<([^>]*)>;\s*rel="next"', page.headers.get("link", ""))
        if not found:
            break
        page_info = httpx.URL(found.group(1)).params["page_info"]
        assert "id" in decode_page_info(page_info)
        params = {"limit": 2, "page_info": page_info}
    assert len(seen) == 5 and seen == sorted(seen)


def test_warehouses(api: httpx.Client) -> None:
    assert api.get("/warehouses/active", params={"countryCode": "US"}).json() == ["ATL1", "LAX2", "RNO1"]


def test_snapshot_loader_finds_the_checkout_copy() -> None:
    assert snapshot_path("2026-02") == Path(__file__).resolve().parents[2] / "openapi/logistics/2026-02.json"


def first_lines(proc: subprocess.Popen[str], count: int, timeout: float = 30.0) -> list[str]:
    """The first ``count`` lines of ``proc``'s stdout, or as many as came within ``timeout``."""
    assert proc.stdout is not None
    stdout = proc.stdout
    lines: queue.Queue[str] = queue.Queue()

    def pump() -> None:
        for line in stdout:
            lines.put(line)

    threading.Thread(target=pump, daemon=True).start()
    got: list[str] = []
    deadline = time.monotonic() + timeout
    while len(got) < count:
        try:
            got.append(lines.get(timeout=max(0.0, deadline - time.monotonic())))
        except queue.Empty:
            break
    return got + [""] * (count - len(got))


def test_serve_cli_prints_url_base_url_and_token_and_answers() -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "flexport_facade.testing", "serve", "--version", "2026-02", "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        lines = first_lines(proc, 4)
        api = re.search(r"at (http://127\.0\.0\.1:\d+\S*)", lines[0])
        base = re.fullmatch(r"base_url=(http://127\.0\.0\.1:\d+)\n", lines[1])
        token = re.search(r"Token \(simulator only\): (\S+)", lines[3])
        assert api and base and token, lines
        assert api.group(1) == f"{base.group(1)}/logistics/api/2026-02"
        response = httpx.get(
            f"{api.group(1)}/warehouses/active",
            headers={"authorization": f"Bearer {token.group(1)}"},
            timeout=5,
        )
        assert response.status_code == 200
        # The base_url line is what the facade takes: it adds /logistics/api/<version> itself.
        with Flexport("2026-02", token=token.group(1), base_url=base.group(1)) as fx:
            assert fx.request("GET", "/warehouses/active").json() == response.json()
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@pytest.mark.parametrize(
    ("argv", "said"),
    [
        (["--version", "2026-2"], "unknown Logistics API version '2026-2'; known: 2023-04, "),
        (["--version", "v1"], "'v1' is the v1 API: pass --api v1"),
        (["--api", "v1", "--version", "2023-04"], "--version '2023-04' is not for --api v1"),
    ],
)
def test_serve_cli_refuses_a_version_it_cannot_serve(
    argv: list[str], said: str, capsys: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    def must_not_serve(args: Any) -> int:
        raise AssertionError(f"went on to serve {args}")

    monkeypatch.setattr(serve_module, "_serve", must_not_serve)
    with pytest.raises(SystemExit) as exited:
        serve_module.main(["serve", *argv])
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert "error: " in err and said in err and "Traceback" not in err
    if "2026-2" in argv:
        assert "2026-02" in err and "unstable" in err  # every known Logistics version is listed


def test_serve_cli_v1_prints_the_base_url_flexport_v1_takes() -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "flexport_facade.testing", "serve", "--api", "v1", "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        lines = first_lines(proc, 3)
        base = re.fullmatch(r"base_url=(http://127\.0\.0\.1:\d+)\n", lines[1])
        token = re.search(r"Token \(simulator only\): (\S+)", lines[2])
        assert base and token, lines
        with FlexportV1(token=token.group(1), base_url=base.group(1)) as v1:
            assert v1.currency_codes.list()
    finally:
        proc.terminate()
        proc.wait(timeout=10)
