"""Issue 16 item 8: FileTokenStore trusts only what this user owns, parses strictly, and imports
(with the rest of the package) where fcntl does not exist."""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from flexport_facade.auth import FileTokenStore, Token

ROOT = Path(__file__).resolve().parents[2]


def token(account: str, secret: str | None = None) -> Token:
    return Token(
        access_token=secret or f"tok-{account}-0123456789",
        logistics_account_id=account,
        scopes=("read_logistics_orders",),
        obtained_at=datetime.now(UTC),
    )


def record(account: str, **changes: Any) -> str:
    data = token(account).to_json()
    data.update(changes)
    return json.dumps(data)


def test_a_symlink_to_another_accounts_file_is_refused(tmp_path: Path, caplog: Any) -> None:
    store = FileTokenStore(tmp_path / "t")
    store.put(token("victim", "victim-SECRET-abcdef"))
    (tmp_path / "t" / "attacker.json").symlink_to(tmp_path / "t" / "victim.json")
    with pytest.raises(ValueError, match="symbolic link") as info:
        store.get("attacker")
    assert "victim-SECRET" not in str(info.value)
    with caplog.at_level(logging.WARNING):
        listed = store.list()
    assert [t.logistics_account_id for t in listed] == ["victim"]
    assert "symbolic link" in caplog.text


def test_a_file_holding_another_account_is_refused(tmp_path: Path) -> None:
    store = FileTokenStore(tmp_path / "t")
    (tmp_path / "t" / "mallory.json").write_text(record("victim"))
    with pytest.raises(ValueError, match="another account"):
        store.get("mallory")


def test_a_folder_owned_by_another_user_is_refused(tmp_path: Path, monkeypatch: Any) -> None:
    folder = tmp_path / "theirs"
    folder.mkdir(mode=0o700)
    if os.geteuid() == 0:
        os.chown(folder, 4321, 4321)  # really someone else's
    else:
        monkeypatch.setattr(os, "getuid", lambda: os.stat(folder).st_uid + 1)
    with pytest.raises(ValueError, match="belongs to another user"):
        FileTokenStore(folder)


def test_a_folder_others_can_write_is_refused(tmp_path: Path) -> None:
    store = FileTokenStore(tmp_path / "t")
    store.put(token("a"))
    os.chmod(tmp_path / "t", 0o777)
    with pytest.raises(ValueError, match="writable by other users"):
        FileTokenStore(tmp_path / "t")


@pytest.mark.parametrize(
    ("changes", "needle"),
    [
        ({"active": "false"}, "active must be a JSON true or false"),
        ({"active": 0}, "active must be a JSON true or false"),
        ({"scopes": "read_logistics_orders"}, "scopes must be a JSON list"),
        ({"scopes": [1]}, "scopes must be a list of strings"),
        ({"kind": "admin"}, "kind must be"),
        ({"obtained_at": "yesterday"}, "obtained_at is not an ISO 8601 time"),
        ({"obtained_at": "2026-02-01T00:00:00"}, "timezone-aware"),
        ({"extra": 1}, "unknown member"),
        ({"access_token": 12345678}, "access_token must be a JSON string"),
    ],
)
def test_stored_files_are_parsed_strictly(tmp_path: Path, changes: dict[str, Any], needle: str) -> None:
    store = FileTokenStore(tmp_path / "t")
    (tmp_path / "t" / "a.json").write_text(record("a", **changes))
    with pytest.raises(ValueError, match=needle):
        store.get("a")


def test_an_inactive_token_stays_inactive_through_a_file(tmp_path: Path) -> None:
    store = FileTokenStore(tmp_path / "t")
    store.put(token("a"))
    store.mark_inactive("a", "401 at noon")
    got = FileTokenStore(tmp_path / "t").get("a")
    assert got is not None and got.active is False and not got.is_usable()


def test_a_directory_named_like_a_token_file_is_skipped_by_list(tmp_path: Path, caplog: Any) -> None:
    store = FileTokenStore(tmp_path / "t")
    store.put(token("a"))
    (tmp_path / "t" / "x.json").mkdir()
    os.mkfifo(tmp_path / "t" / "fifo.json")  # opening it for reading would block
    with caplog.at_level(logging.WARNING):
        assert [t.logistics_account_id for t in store.list()] == ["a"]
    assert "not a regular file" in caplog.text


def test_the_package_imports_and_the_file_store_works_without_fcntl(tmp_path: Path) -> None:
    code = (
        "import sys; sys.modules['fcntl'] = None\n"  # as on Windows: `import fcntl` raises
        "from datetime import UTC, datetime\n"
        "from flexport_facade.auth import FileTokenStore, MemoryTokenStore, Token\n"
        "t = Token(access_token='tok-abcdefgh', logistics_account_id='a', scopes=(),\n"
        "          obtained_at=datetime.now(UTC))\n"
        "MemoryTokenStore().put(t)\n"
        f"s = FileTokenStore({str(tmp_path / 'nofcntl')!r}); s.put(t); s.mark_inactive('a', 'x')\n"
        "print(s.get('a').active)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "False"
