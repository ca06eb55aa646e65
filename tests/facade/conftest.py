"""Fixture versions: the small spec in this directory, generated at test time for three versions
(2025-03, 2026-02 with an extra tag, unstable) into a temp dir, with a temp versions.toml."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import pytest
from both_clients import Flavour, close
from facade_support import TOKEN, FakeClock, LocalServer, registry_text

from flexport_facade import Flexport, RetryPolicy

HERE = Path(__file__).parent
BIN = Path(sys.executable).parent
VERSIONS = {"2025-03": "fxtest_v2025_03", "2026-02": "fxtest_v2026_02", "unstable": "fxtest_unstable"}

_SCOPES = {
    "get_product": ["read_logistics_products"],
    "get_products": ["read_logistics_products"],
    "create_order": ["write_logistics_orders"],
    "get_events": ["read_logistics_events"],
    "get_active_warehouses": ["read_logistics_warehouses"],
}


def fixture_spec(version: str) -> dict[str, object]:
    spec = json.loads((HERE / "spec_template.json").read_text().replace("{VERSION}", version))
    if version != "2025-03":  # the newer versions add a tag, as real releases do
        spec["paths"][f"/logistics/api/{version}/warehouses/active"] = {
            "get": {
                "operationId": "GetActiveWarehouses",
                "tags": ["Warehouses"],
                "responses": {
                    "200": {
                        "description": "OK",
                        "content": {
                            "application/json": {"schema": {"type": "array", "items": {"type": "string"}}}
                        },
                    }
                },
            }
        }
    return spec


def operations_json(version: str, package: str) -> dict[str, object]:
    base = f"/logistics/api/{version}"
    ops = [
        (
            "GetProduct",
            "products",
            "get_product",
            "GET",
            f"{base}/products/{{logisticsSku}}",
            [],
            ["logisticsSku"],
            False,
            None,
        ),
        (
            "GetProducts",
            "products",
            "get_products",
            "GET",
            f"{base}/products",
            ["limit", "offset"],
            [],
            False,
            "offset",
        ),
        ("CreateOrder", "orders", "create_order", "POST", f"{base}/orders", [], [], True, None),
        (
            "GetEvents",
            "events",
            "get_events",
            "GET",
            f"{base}/events",
            ["limit", "page_info"],
            [],
            False,
            "cursor",
        ),
    ]
    if version != "2025-03":
        ops.append(
            (
                "GetActiveWarehouses",
                "warehouses",
                "get_active_warehouses",
                "GET",
                f"{base}/warehouses/active",
                [],
                [],
                False,
                None,
            )
        )
    return {
        "version": version,
        "package": package,
        "operations": [
            {
                "operation_id": op_id,
                "tag": tag,
                "function": fn,
                "method": method,
                "path": path,
                "scopes": _SCOPES[fn],
                "query": query,
                "path_params": path_params,
                "has_body": has_body,
                "pagination": pagination,
            }
            for op_id, tag, fn, method, path, query, path_params, has_body, pagination in ops
        ],
    }


@pytest.fixture(scope="session")
def generated_root(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    root = tmp_path_factory.mktemp("generated")
    env = {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}"}
    for version, package in VERSIONS.items():
        work = root / f"_{package}"
        work.mkdir()
        (work / "spec.json").write_text(json.dumps(fixture_spec(version)))
        (work / "config.json").write_text(
            json.dumps({"package_name_override": package, "project_name_override": package})
        )
        subprocess.run(
            [str(BIN / "openapi-python-client"), "generate", "--path", str(work / "spec.json"),
             "--meta", "none", "--output-path", str(root / package), "--config", str(work / "config.json")],
            check=True, env=env, capture_output=True, timeout=120,
        )  # fmt: skip
        shutil.rmtree(root / package / ".ruff_cache", ignore_errors=True)
        (root / package / "operations.json").write_text(json.dumps(operations_json(version, package)))
    rows = {**VERSIONS, "2027-01": "fxtest_not_installed"}
    (root / "versions.toml").write_text(registry_text(rows))
    sys.path.insert(0, str(root))
    yield root
    sys.path.remove(str(root))


@pytest.fixture(autouse=True)
def fixture_registry(generated_root: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("FLEXPORT_VERSIONS_FILE", str(generated_root / "versions.toml"))
    monkeypatch.delenv("FLEXPORT_API_VERSION", raising=False)
    monkeypatch.delenv("FLEXPORT_TOKEN", raising=False)
    return generated_root


@pytest.fixture
def server() -> Iterator[LocalServer]:
    srv = LocalServer().start()
    yield srv
    srv.stop()


@pytest.fixture
def fake_clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def policy(fake_clock: FakeClock) -> RetryPolicy:
    """The default policy with no jitter and a fake clock: no real sleeping."""
    return RetryPolicy(
        clock=fake_clock.clock, sleep=fake_clock.sleep, async_sleep=fake_clock.async_sleep, rand=lambda: 0.0
    )


@pytest.fixture
def fx(server: LocalServer, policy: RetryPolicy) -> Iterator[Flexport]:
    client = Flexport(version="2026-02", token=TOKEN, base_url=server.url, retry=policy)
    yield client
    client.close()


@pytest.fixture
async def any_fx(server: LocalServer, policy: RetryPolicy, flavour: Flavour) -> AsyncIterator[Any]:
    """``fx`` as a ``Flexport`` or an ``AsyncFlexport`` (the ``flavour`` fixture runs the test with each)."""
    client = flavour.Flexport(version="2026-02", token=TOKEN, base_url=server.url, retry=policy)
    yield client
    await close(client)
