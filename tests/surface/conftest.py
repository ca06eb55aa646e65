"""The shipped pytest plugin, as a user's conftest enables it (its marker is used by docs snippets)."""

from flexport_facade.testing.pytest_plugin import flexport_simulator, pytest_configure  # noqa: F401
