"""Without the [testing] extra, importing the simulator says which extra to install."""

from __future__ import annotations

import subprocess
import sys

# Hide one of the extra's packages from the import system, as a plain `pip install flexport-facade` would.
BLOCK = """
import importlib.abc, sys
class Hide(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split('.')[0] in {'starlette', 'uvicorn'}:
            raise ModuleNotFoundError(name)
        return None
sys.meta_path.insert(0, Hide())
import importlib.util
_real = importlib.util.find_spec
importlib.util.find_spec = lambda n, *a: None if n in {'starlette', 'uvicorn'} else _real(n, *a)
"""


def run(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", BLOCK + code], capture_output=True, text=True, timeout=60, check=False
    )


def test_importing_the_simulator_names_the_extra() -> None:
    done = run("import flexport_facade.testing")
    assert done.returncode == 1
    last = done.stderr.strip().splitlines()[-1]
    assert last.startswith("flexport_facade.testing._requirements.MissingTestingExtra:")
    assert "starlette, uvicorn" in last and "pip install 'flexport-facade[testing]'" in last


def test_the_client_itself_needs_no_extra() -> None:
    done = run(
        "import flexport_facade; print(flexport_facade.Flexport(version='2026-02', token='t').version)"
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "2026-02"


def test_the_error_is_still_a_module_not_found_error() -> None:
    done = run(
        "try:\n    import flexport_facade.testing\nexcept ModuleNotFoundError as exc:\n"
        "    print(type(exc).__name__, exc.name)"
    )
    assert done.stdout.split() == ["MissingTestingExtra", "starlette"]
