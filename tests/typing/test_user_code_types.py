"""user_code.py type-checks: its assert_type lines hold and each ``# type: ignore[...]`` line is an error.

mypy (the project's pinned one, --strict, so warn_unused_ignores) always runs; pyright runs when it is
installed (``npm i -g pyright``; it is not on PyPI without a Node download) and is skipped otherwise.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).parent
ROOT = HERE.parents[1]
USER_CODE = HERE / "user_code.py"
IGNORE = re.compile(r"\s*# type: ignore\[([\w-]+)\].*$")


def mypy(path: Path, cache: Path) -> subprocess.CompletedProcess[str]:
    cmd = [sys.executable, "-m", "mypy", "--strict", "--warn-unused-ignores", "--no-error-summary"]
    cmd += ["--cache-dir", str(cache), str(path)]
    return subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=600, check=False)


@pytest.fixture(scope="module")
def cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One mypy cache for the module: the generated packages are analysed once."""
    return tmp_path_factory.mktemp("mypy-cache")


@pytest.mark.slow
def test_mypy_accepts_user_code(cache: Path) -> None:
    result = mypy(USER_CODE, cache)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.slow
def test_every_ignored_line_is_the_error_it_names(tmp_path: Path, cache: Path) -> None:
    """Without its ignore comments the file has exactly those errors, with those codes, on those lines."""
    lines = USER_CODE.read_text(encoding="utf-8").splitlines()
    expected = {i + 1: m.group(1) for i, line in enumerate(lines) if (m := IGNORE.search(line))}
    assert len(expected) >= 10
    bare = tmp_path / "user_code_bare.py"
    bare.write_text("\n".join(IGNORE.sub("", line) for line in lines) + "\n", encoding="utf-8")
    result = mypy(bare, cache)
    found: dict[int, set[str]] = {}
    for m in re.finditer(r"user_code_bare\.py:(\d+): error: .*\[([\w-]+)\]$", result.stdout, re.MULTILINE):
        found.setdefault(int(m.group(1)), set()).add(m.group(2))
    assert set(found) == set(expected), result.stdout
    assert all(expected[n] in found[n] for n in expected), result.stdout


@pytest.mark.slow
def test_pyright_agrees() -> None:
    pyright = shutil.which("pyright")
    if pyright is None:
        pytest.skip("pyright is not installed (npm i -g pyright); mypy checked the same file")
    cmd = [pyright, "--pythonpath", sys.executable, "--project", str(HERE / "pyrightconfig.json")]
    result = subprocess.run(cmd, cwd=HERE, capture_output=True, text=True, timeout=600, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 errors" in result.stdout, result.stdout
