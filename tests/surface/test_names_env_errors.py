"""What a new user meets first: FLEXPORT_BASE_URL, readable names, the Timeout rename, v1's
User-Agent and with_options, and errors that give advice a wheel user can follow."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from flexport_facade import Flexport, FlexportV1, RetryPolicy, VersionError, errors
from flexport_facade._core import versions
from flexport_facade._core.aliases import operation_aliases, readable_tag, tag_aliases
from flexport_facade._core.operations import index_for
from flexport_facade._version import __version__
from flexport_facade.testing import run_simulator

GENERATED = Path(__file__).resolve().parents[2] / "generated"
PACKAGES = sorted(p.parent.name for p in GENERATED.glob("flexport_logistics_*/operations.json"))


# -- FLEXPORT_BASE_URL -------------------------------------------------------------------------
def test_base_url_comes_from_the_environment_unless_given(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FLEXPORT_BASE_URL", "https://sandbox.example")
    assert "https://sandbox.example" in repr(Flexport(version="2026-02", token="t"))
    explicit = Flexport(version="2026-02", token="t", base_url="https://other.example")
    assert "https://other.example" in repr(explicit)
    monkeypatch.setenv("FLEXPORT_BASE_URL", "sandbox.example")  # no scheme
    with pytest.raises(ValueError, match=r"from \$FLEXPORT_BASE_URL"):
        Flexport(version="2026-02", token="t")


def test_a_client_reaches_the_simulator_through_flexport_base_url(monkeypatch: pytest.MonkeyPatch) -> None:
    with run_simulator("2026-02") as sim:
        monkeypatch.setenv("FLEXPORT_BASE_URL", sim.url)
        monkeypatch.setenv("FLEXPORT_TOKEN", sim.token)
        with Flexport(version="2026-02") as fx:
            assert fx.request("GET", "/warehouses/active").status_code == 200


# -- readable tag and operation names ----------------------------------------------------------
def test_readable_aliases_reach_the_generated_operations() -> None:
    fx = Flexport(version="2026-02", token="t")
    assert fx.oauth is fx.o_auth
    assert fx.outbounds.create_order is fx.outbounds.outbounds_create_order
    assert fx.returns.get_order.meta.operation_id == "ReturnsGetOrder"
    assert {"oauth", "o_auth"} <= set(dir(fx))
    assert {"create_order", "outbounds_create_order"} <= set(dir(fx.outbounds))
    with pytest.raises(AttributeError, match="create_order"):  # the message lists the alias too
        fx.outbounds.no_such_operation  # noqa: B018


def test_an_alias_sends_the_same_request() -> None:
    with (
        run_simulator("2026-02") as sim,
        Flexport(version="2026-02", token=sim.token, base_url=sim.url) as fx,
    ):
        with pytest.raises(errors.NotFound) as by_alias:
            fx.outbounds.get_order(order_id="B999")
        with pytest.raises(errors.NotFound) as by_name:
            fx.outbounds.outbounds_get_order(order_id="B999")
        assert by_alias.value.path == by_name.value.path


@pytest.mark.parametrize("package", PACKAGES)
def test_aliases_never_hide_a_generated_name(package: str) -> None:
    index = index_for(package)
    for alias, tag in index.tag_aliases.items():
        assert alias not in index.by_tag and tag in index.by_tag
    for tag, aliases in index.operation_aliases.items():
        for alias, function in aliases.items():
            assert alias not in index.by_tag[tag] and function in index.by_tag[tag]


words = st.from_regex(r"[a-z]{1,6}", fullmatch=True)
names = st.lists(words, min_size=1, max_size=4).map("_".join)


# No deadline or speed check: the suite shares 2 cores, and these properties are about names, not time.
RELAXED = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@RELAXED
@given(st.sets(names, max_size=12))
def test_tag_aliases_are_unique_and_free(tags: set[str]) -> None:
    aliases = tag_aliases(tags)
    assert not set(aliases) & tags
    assert all(readable_tag(tag) == alias for alias, tag in aliases.items())


@RELAXED
@given(words, st.sets(names, max_size=12))
def test_operation_aliases_drop_only_the_tag_prefix(tag: str, rests: set[str]) -> None:
    functions = {f"{tag}_{r}" for r in rests} | rests
    aliases = operation_aliases(tag, functions)
    assert not set(aliases) & functions
    assert all(function.endswith(alias) for alias, function in aliases.items())


# -- errors.Timeout -> errors.RequestTimeout ---------------------------------------------------
def test_request_timeout_does_not_shadow_httpx_timeout() -> None:
    namespace: dict[str, object] = {"Timeout": httpx.Timeout}
    exec("from flexport_facade.errors import *", namespace)
    assert namespace["Timeout"] is httpx.Timeout
    assert namespace["RequestTimeout"] is errors.RequestTimeout
    with pytest.warns(DeprecationWarning, match="RequestTimeout"):
        assert errors.Timeout is errors.RequestTimeout


def test_a_read_timeout_raises_request_timeout() -> None:
    def slow(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("no answer", request=request)

    fx = Flexport(
        version="2026-02", token="t", transport=httpx.MockTransport(slow), retry=RetryPolicy(attempts=1)
    )
    with pytest.raises(errors.RequestTimeout, match="no answer within the timeout"):
        fx.request("GET", "/warehouses/active")


# -- FlexportV1: User-Agent and with_options -----------------------------------------------------
def test_v1_sends_our_user_agent_and_with_options_changes_only_the_view() -> None:
    seen: list[httpx.Request] = []

    def busy(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(503, json={"errors": [{"message": "busy"}]})

    fast = RetryPolicy(attempts=3, backoff_base=0.0, backoff_cap=0.0, sleep=lambda _: None)
    v1 = FlexportV1(token="k", transport=httpx.MockTransport(busy), retry=fast)
    with pytest.raises(errors.APIError):
        v1.request("GET", "/ports")
    assert len(seen) == 3
    assert seen[0].headers["user-agent"] == f"flexport-facade/{__version__} httpx/{httpx.__version__}"
    once = v1.with_options(retry=RetryPolicy(attempts=1))
    seen.clear()
    with pytest.raises(errors.APIError):
        once.ports.search(q="SFO")
    assert len(seen) == 1 and seen[0].headers["accept"] == "application/vnd.flexport.v1"
    seen.clear()
    with pytest.raises(errors.APIError):
        v1.ports.search(q="SFO")  # the original keeps its policy
    assert len(seen) == 3


# -- advice a wheel user can act on ---------------------------------------------------------------
def test_unknown_version_advice_depends_on_where_the_package_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(VersionError, match="make specs generate"):
        Flexport(version="2025-04", token="t")
    monkeypatch.setattr(versions, "in_checkout", lambda: False)
    with pytest.raises(VersionError) as info:
        Flexport(version="2025-04", token="t")
    message = str(info.value)
    assert "make" not in message and "versions.toml" not in message
    assert f"flexport-facade {__version__}" in message and "pip install --upgrade flexport-facade" in message


def test_a_missing_package_names_its_distribution_to_a_wheel_user(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    registry = tmp_path / "versions.toml"
    rows = (GENERATED.parent / "openapi" / "versions.toml").read_text()
    registry.write_text(
        rows + '\n[[version]]\nid = "2099-01"\napi = "logistics"\nstatus = "stable"\nreleased = "2099-01"\n'
        'snapshot = "logistics/2099-01.json"\npackage = "flexport_logistics_v2099_01"\nsource_url = ""\n'
    )
    monkeypatch.setenv("FLEXPORT_VERSIONS_FILE", str(registry))
    monkeypatch.setattr(versions, "in_checkout", lambda: False)
    with pytest.raises(
        VersionError,
        match=r"not installed; install its distribution: pip install flexport-logistics-v2099-01$",
    ):
        Flexport(version="2099-01", token="t")
