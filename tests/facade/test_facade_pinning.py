"""Version pinning: argument, environment, errors that list known versions, unstable consent, laziness."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

import httpx
import pytest
from facade_support import TOKEN, registry_text

from flexport_facade import Flexport, VersionError


def test_explicit_version_wins_over_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FLEXPORT_API_VERSION", "2025-03")
    assert Flexport(version="2026-02", token=TOKEN).version == "2026-02"
    assert Flexport(token=TOKEN).version == "2025-03"


def test_no_pin_lists_known_versions() -> None:
    with pytest.raises(VersionError, match=r"no API version pinned.*FLEXPORT_API_VERSION.*2025-03, 2026-02"):
        Flexport(token=TOKEN)


def test_unknown_version_lists_known_ones_and_how_to_add_one() -> None:
    with pytest.raises(VersionError) as info:
        Flexport(version="2024-06", token=TOKEN)
    message = str(info.value)
    assert "unknown API version '2024-06'" in message and "2025-03, 2026-02, unstable" in message
    assert "versions.toml" in message and "make specs generate" in message


def test_unstable_needs_consent_and_warns(caplog: pytest.LogCaptureFixture) -> None:
    with pytest.raises(VersionError, match="allow_unstable=True"):
        Flexport(version="unstable", token=TOKEN)
    caplog.set_level(logging.WARNING, logger="flexport_facade")
    fx = Flexport(version="unstable", token=TOKEN, allow_unstable=True)
    assert fx.version == "unstable"
    assert any("may change without notice" in r.getMessage() for r in caplog.records)
    with pytest.raises(VersionError):
        Flexport(version="2026-02", token=TOKEN).at("unstable")


def test_registered_but_not_generated() -> None:
    with pytest.raises(
        VersionError,
        match=r"fxtest_not_installed.*not installed.*make generate.*fxtest-not-installed",
    ):
        Flexport(version="2027-01", token=TOKEN)


def test_known_versions_come_from_the_registry() -> None:
    fx = Flexport(version="2026-02", token=TOKEN)
    assert fx.known_versions() == ("2025-03", "2026-02", "unstable", "2027-01")
    assert fx.api_version.package == "fxtest_v2026_02"


def test_a_new_registry_row_needs_no_facade_change(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A hypothetical 2099-01 served by an existing package: only data changes.
    registry = tmp_path / "versions.toml"
    registry.write_text(registry_text({"2099-01": "fxtest_v2026_02"}))
    monkeypatch.setenv("FLEXPORT_VERSIONS_FILE", str(registry))
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.url.path)
        return httpx.Response(200, json=[])

    fx = Flexport(version="2099-01", token=TOKEN, transport=httpx.MockTransport(handler))
    fx.request("GET", "/warehouses/active")
    assert seen == ["/logistics/api/2099-01/warehouses/active"]


def test_missing_credentials_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(ValueError, match=r"no credentials.*FLEXPORT_TOKEN"):
        Flexport(version="2026-02")
    monkeypatch.setenv("FLEXPORT_TOKEN", TOKEN)
    assert Flexport(version="2026-02").version == "2026-02"


def test_pinning_imports_only_that_version_lazily(generated_root: Path) -> None:
    # A fresh interpreter, so other tests' imports do not count.
    code = (
        "import sys, httpx\n"
        "from flexport_facade import Flexport\n"
        "loaded = lambda: sorted(m for m in sys.modules if m.startswith('fxtest_'))\n"
        "t = httpx.MockTransport(lambda r: httpx.Response(200, json={'logisticsSku': 'D', 'name': 'n'}))\n"
        "fx = Flexport(version='2026-02', token='t0k3n-x', transport=t)\n"
        "print(loaded()); dir(fx.products); print(loaded())\n"
        "fx.products.get_product(logistics_sku='D'); print(loaded())\n"
    )
    env = {**os.environ, "PYTHONPATH": str(generated_root)}
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60, check=True
    ).stdout.splitlines()
    assert out[0] == "[]" and out[1] == "[]"  # constructing and listing read operations.json only
    imported = eval(out[2])
    assert "fxtest_v2026_02.api.products.get_product" in imported
    assert not any(m.startswith(("fxtest_v2025_03", "fxtest_unstable")) for m in imported)
    assert "fxtest_v2026_02.api.orders.create_order" not in imported
