"""The simulator's third-party dependencies come with the ``[testing]`` extra; say so when they are missing.

Without this a user who installed plain ``flexport-facade`` meets a bare
``ModuleNotFoundError: No module named 'starlette'`` from deep inside the simulator.
"""

from __future__ import annotations

import importlib.util

# import name -> distribution name, as the [testing] extra in pyproject.toml lists them.
TESTING_MODULES = {
    "starlette": "starlette",
    "uvicorn": "uvicorn",
    "openapi_core": "openapi-core",
    "yaml": "pyyaml",
}
INSTALL_HINT = "pip install 'flexport-facade[testing]'"


class MissingTestingExtra(ModuleNotFoundError):
    """The simulator needs packages that only the ``[testing]`` extra installs."""


def require_testing_extra() -> None:
    """Raise ``MissingTestingExtra`` naming every missing package and the extra that brings them."""
    missing = [dist for module, dist in TESTING_MODULES.items() if importlib.util.find_spec(module) is None]
    if missing:
        raise MissingTestingExtra(
            f"flexport_facade.testing (the local simulator) needs {', '.join(missing)}, which come with "
            f"the [testing] extra: {INSTALL_HINT}",
            name=next(m for m, d in TESTING_MODULES.items() if d == missing[0]),
        )
