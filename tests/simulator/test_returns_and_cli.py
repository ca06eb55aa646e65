"""Returns (create, get, cancel, cursor list), warehouses, the snapshot loader and the serve CLI."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx

from flexport_facade.testing import run_simulator, snapshot_path
from flexport_facade.testing.cursors import decode_page_info


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


def test_serve_cli_prints_url_and_token_and_answers() -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "flexport_facade.testing", "serve", "--version", "2026-02", "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        lines = [proc.stdout.readline() for _ in range(3)]
        base = re.search(r"at (http://127\.0\.0\.1:\d+\S*)", lines[0])
        token = re.search(r"Token \(simulator only\): (\S+)", lines[2])
        assert base and token, lines
        response = httpx.get(
            f"{base.group(1)}/warehouses/active",
            headers={"authorization": f"Bearer {token.group(1)}"},
            timeout=5,
        )
        assert response.status_code == 200
    finally:
        proc.terminate()
        proc.wait(timeout=10)
