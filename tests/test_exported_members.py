"""Each public package exports exactly its ``__all__``: nothing public is left out, nothing listed is missing.

Modelled on httpx's tests/test_exported_members.py. Lazily loaded names (PEP 562 ``__getattr__``) count
as exported when they resolve; submodules are not exports.
"""

from __future__ import annotations

import importlib
import types

import pytest

PUBLIC = [
    "flexport_facade",
    "flexport_facade.auth",
    "flexport_facade.errors",
    "flexport_facade.pagination",
    "flexport_facade.webhooks",
    "flexport_facade.v1",
    "flexport_facade.testing",
    "flexport_facade.releases",
]


@pytest.mark.parametrize("name", PUBLIC)
def test_all_is_exactly_what_the_package_exports(name: str) -> None:
    module = importlib.import_module(name)
    declared = set(module.__all__)
    eager = {
        member
        for member, value in vars(module).items()
        if not member.startswith("_")
        and not isinstance(value, types.ModuleType)
        and member not in {"annotations", "TYPE_CHECKING"}
    }
    missing_from_all = eager - declared
    assert not missing_from_all, f"{name} exports names not in __all__: {sorted(missing_from_all)}"
    for member in sorted(declared):
        assert getattr(module, member, None) is not None, (
            f"{name}.__all__ lists {member}: it does not resolve"
        )
    assert len(module.__all__) == len(declared), f"{name}.__all__ lists a name twice"


@pytest.mark.parametrize("name", PUBLIC)
def test_every_public_package_says_what_it_owns(name: str) -> None:
    doc = importlib.import_module(name).__doc__
    assert doc and len(doc.strip()) > 20


def test_every_error_the_package_defines_is_a_flexport_error() -> None:
    from flexport_facade import _exceptions, errors

    classes = [v for v in vars(_exceptions).values() if isinstance(v, type) and issubclass(v, BaseException)]
    assert len(classes) > 40
    assert all(issubclass(c, errors.FlexportError) for c in classes), [
        c.__name__ for c in classes if not issubclass(c, errors.FlexportError)
    ]
    assert issubclass(errors.VersionError, ValueError)  # kept for callers that caught ValueError


def test_the_package_version_has_one_source() -> None:
    import flexport_facade
    from flexport_facade import _constants

    assert flexport_facade.__version__ in _constants.USER_AGENT
