"""OAuth pieces that need no server: the authorization URL, scope checks, state checks, token stores."""

from __future__ import annotations

import os
import stat
import threading
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest

from flexport_facade.auth import (
    FileTokenStore,
    FlexportOAuth,
    MemoryTokenStore,
    OAuthStateError,
    ScopeError,
    Token,
)

SECRET = "partner-secret-value-123"


def make_oauth(version: str = "2026-02", **kw: object) -> FlexportOAuth:
    args: dict[str, object] = dict(
        client_id="app-123",
        client_secret=SECRET,
        redirect_uri="https://app.example/callback",
        version=version,
    )
    args.update(kw)
    return FlexportOAuth(**args)  # type: ignore[arg-type]


def token(account: str, **kw: object) -> Token:
    args: dict[str, object] = dict(
        access_token=f"tok-{account}",
        logistics_account_id=account,
        scopes=("read_logistics_orders",),
        obtained_at=datetime.now(UTC),
    )
    args.update(kw)
    return Token(**args)  # type: ignore[arg-type]


def test_authorization_url_has_every_parameter_and_plus_separated_scopes() -> None:
    url, state = make_oauth().authorization_url(["read_logistics_orders", "write_logistics_orders"])
    parts = urlsplit(url)
    assert parts.path == "/logistics/api/2026-02/oauth/authorize"
    assert "scope=read_logistics_orders+write_logistics_orders" in parts.query
    q = parse_qs(parts.query)
    assert q["response_type"] == ["code"]
    assert q["client_id"] == ["app-123"]
    assert q["redirect_uri"] == ["https://app.example/callback"]
    assert q["state"] == [state] and len(state) >= 32


def test_each_url_gets_a_fresh_state_unless_one_is_given() -> None:
    oauth = make_oauth()
    _, a = oauth.authorization_url(["read_logistics_orders"])
    _, b = oauth.authorization_url(["read_logistics_orders"])
    assert a != b
    assert oauth.authorization_url(["read_logistics_orders"], state="mine")[1] == "mine"


@pytest.mark.parametrize(
    ("version", "scopes", "needle"),
    [
        ("2026-02", ["read_logistics_everything"], "no version knows it"),
        ("2024-04", ["read_logistics_orders_b2b"], "available from 2024-07"),
        ("2024-07", ["read_logistics_warehouses"], "available from 2025-03"),
        ("2026-02", ["read_logistics_freight"], "available from unstable"),
        ("2026-02", ["read_logistics_orders+write_logistics_orders"], "separator"),
        ("2026-02", ["read_logistics_orders,write_logistics_orders"], "separator"),
        ("2026-02", [], "no scopes"),
    ],
)
def test_bad_scopes_fail_before_any_request(version: str, scopes: list[str], needle: str) -> None:
    with pytest.raises(ScopeError, match=needle):
        make_oauth(version).authorization_url(scopes)


def test_scope_string_instead_of_list_is_refused() -> None:
    with pytest.raises(ScopeError, match="list"):
        make_oauth().authorization_url("read_logistics_orders")


def test_versions_before_oauth_and_identity_redirects_are_refused() -> None:
    with pytest.raises(ValueError, match="2024-01"):
        make_oauth("2023-10")
    with pytest.raises(ValueError, match=r"deliverr\.com"):
        FlexportOAuth(client_id="identity", version="2026-02", redirect_uri="https://app.example/cb")


@pytest.mark.parametrize(
    "callback",
    ["https://app.example/callback?code=abc", "code=abc&state=other", {"code": "abc", "state": ""}],
)
def test_missing_or_wrong_state_is_refused_before_exchange(callback: object) -> None:
    oauth = make_oauth(base_url="http://127.0.0.1:9")  # nothing listens: an exchange would fail differently
    with pytest.raises(OAuthStateError):
        oauth.complete(callback, expected_state="expected")  # type: ignore[arg-type]


def test_secret_absent_from_repr() -> None:
    oauth = make_oauth()
    assert SECRET not in repr(oauth)
    assert "tok-acct" not in repr(token("acct"))


def test_merchant_tokens_expire_after_a_year_partner_tokens_never() -> None:
    old = datetime.now(UTC) - timedelta(days=366)
    assert not token("m", kind="merchant", obtained_at=old).is_usable()
    assert token("p", kind="partner", obtained_at=old).is_usable()


@pytest.mark.parametrize("make_store", [MemoryTokenStore, "file"])
def test_store_protocol_roundtrip(make_store: object, tmp_path: object) -> None:
    store = FileTokenStore(tmp_path) if make_store == "file" else MemoryTokenStore()  # type: ignore[arg-type]
    store.put(token("acct-1"))
    store.put(token("acct-2"))
    assert [t.logistics_account_id for t in store.list()] == ["acct-1", "acct-2"]
    store.mark_inactive("acct-1", "401 seen")
    got = store.get("acct-1")
    assert got is not None and not got.active and got.inactive_reason == "401 seen"
    store.delete("acct-2")
    assert store.get("acct-2") is None


def test_file_store_files_are_private_and_never_half_written(tmp_path: object) -> None:
    store = FileTokenStore(tmp_path / "tokens")  # type: ignore[operator]
    store.put(token("acct-1"))
    directory = store.directory
    assert stat.S_IMODE(os.stat(directory).st_mode) == 0o700
    for path in directory.glob("*.json"):
        assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    # Only complete files: no temp files left beside them.
    assert sorted(p.name for p in directory.iterdir()) == [".flexport-token-store", ".lock", "acct-1.json"]


def test_file_store_rejects_account_ids_that_escape_the_directory(tmp_path: object) -> None:
    store = FileTokenStore(tmp_path)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="cannot name a file"):
        store.put(token("../evil"))


def test_two_threads_store_tokens_for_different_accounts_at_once(tmp_path: object) -> None:
    store = FileTokenStore(tmp_path)  # type: ignore[arg-type]
    barrier = threading.Barrier(2)

    def work(prefix: str) -> None:
        barrier.wait()
        for i in range(50):
            store.put(token(f"{prefix}-{i}"))
            store.mark_inactive(f"{prefix}-{i}", "test")

    threads = [threading.Thread(target=work, args=(p,)) for p in ("a", "b")]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=30)
    tokens = store.list()
    assert len(tokens) == 100
    assert all(not t.active for t in tokens)


def _mark_many(directory: str, account: str) -> None:
    store = FileTokenStore(directory)
    for i in range(30):
        store.put(token(account, scopes=(f"s{i}",)))


def test_two_processes_writing_one_store_leave_every_file_readable(tmp_path: object) -> None:
    import multiprocessing

    ctx = multiprocessing.get_context("spawn")
    procs = [ctx.Process(target=_mark_many, args=(str(tmp_path), acct)) for acct in ("p1", "p2")]
    for p in procs:
        p.start()
    for p in procs:
        p.join(timeout=60)
        assert p.exitcode == 0
    store = FileTokenStore(tmp_path)  # type: ignore[arg-type]
    assert {t.logistics_account_id: t.scopes for t in store.list()} == {"p1": ("s29",), "p2": ("s29",)}


def test_a_directory_another_process_adopted_meanwhile_opens(tmp_path: Any, monkeypatch: Any) -> None:
    # Two processes open one new, empty directory: the second looks for the marker before the
    # first writes it, then finds the first one's files. It must open the store, not refuse it.
    from pathlib import Path

    FileTokenStore(tmp_path).put(token("p1"))
    real_exists, looked = Path.exists, []

    def marker_not_there_yet(path: Path) -> bool:
        if path.name == ".flexport-token-store" and not looked:
            looked.append(path)
            return False
        return real_exists(path)

    monkeypatch.setattr(Path, "exists", marker_not_there_yet)
    store = FileTokenStore(tmp_path)
    assert looked and store.get("p1") is not None


def test_an_existing_folder_of_the_users_is_never_chmodded_or_adopted(tmp_path: Any) -> None:
    os.chmod(tmp_path, 0o755)
    (tmp_path / "notes.txt").write_text("mine")
    with pytest.raises(ValueError, match="already holds other files"):
        FileTokenStore(tmp_path)
    assert stat.S_IMODE(os.stat(tmp_path).st_mode) == 0o755
    with pytest.raises(ValueError, match="directory of its own"):
        FileTokenStore("")


def test_an_empty_existing_folder_is_adopted_and_reopened(tmp_path: Any) -> None:
    folder = tmp_path / "tokens"
    folder.mkdir(mode=0o755)
    FileTokenStore(folder).put(token("acct-1"))
    assert stat.S_IMODE(os.stat(folder).st_mode) == 0o700
    assert [t.logistics_account_id for t in FileTokenStore(folder).list()] == ["acct-1"]  # reopened


def test_a_damaged_token_file_is_a_clear_error_and_list_skips_it(tmp_path: Any) -> None:
    store = FileTokenStore(tmp_path / "tokens")
    store.put(token("acct-1"))
    (store.directory / "acct-2.json").write_text("{not json")
    with pytest.raises(ValueError, match=r"acct-2\.json is not a stored token"):
        store.get("acct-2")
    assert [t.logistics_account_id for t in store.list()] == ["acct-1"]
