"""The registry of API versions, read from openapi/versions.toml, and pin resolution.

The registry is data: adding a release is a row in versions.toml plus a generated package,
with no code here touched. The file ships inside the wheel as ``flexport_facade/versions.toml``;
in a checkout (editable install) it is read from ``openapi/versions.toml``.
"""

from __future__ import annotations

import functools
import importlib
import os
from pathlib import Path
from types import ModuleType

from flexport_facade._constants import REGISTRY_ENV_VAR, VERSION_ENV_VAR
from flexport_facade._core.registry_file import FIELDS, RegistryFileError, RegistryRow, read_rows
from flexport_facade._exceptions import VersionError
from flexport_facade._version import __version__

ENV_VAR = VERSION_ENV_VAR


@functools.cache
def _own_files() -> tuple[Path, Path]:
    """The registry shipped in the wheel and a checkout's copy (resolved once, on first use)."""
    here = Path(__file__).resolve()
    return here.parents[1] / "versions.toml", here.parents[2] / "openapi" / "versions.toml"


def in_checkout() -> bool:
    """True in a source checkout (``openapi/`` beside the package), False from an installed wheel."""
    return _own_files()[1].is_file()


def fix_hint(*, user: str, maintainer: str) -> str:
    """The advice an error gives: make targets only where they can run (a checkout), else what a
    user of the installed package can do."""
    return maintainer if in_checkout() else user


REINSTALL = f"reinstall flexport-facade (pip install --force-reinstall flexport-facade=={__version__})"


class ApiVersion(RegistryRow):
    """A registry row (its fields: ``registry_file.RegistryRow``) with what the facade does with it."""

    @property
    def is_stable(self) -> bool:
        return self.status == "stable"

    @property
    def distribution(self) -> str:
        """The distribution that installs this version's package (scripts/build_dists.py builds it)."""
        return self.package.replace("_", "-")

    def not_installed(self) -> VersionError:
        """The error for a version whose generated package is missing: it names what to install."""
        return VersionError(
            f"version {self.id!r} is known but its client package {self.package!r} is not installed; "
            + fix_hint(
                user=f"install its distribution: pip install {self.distribution}",
                maintainer=f"run `make generate` (a wheel user installs {self.distribution})",
            )
        )

    def import_package(self) -> ModuleType:
        """Import this version's generated package (only when a caller pins it)."""
        try:
            return importlib.import_module(self.package)
        except ModuleNotFoundError as exc:
            if exc.name != self.package:
                raise
            raise self.not_installed() from exc


def registry_path() -> Path:
    """Where the registry is read from: $FLEXPORT_VERSIONS_FILE (tests, custom builds), else the
    checkout's copy (so edits show at once), else the one shipped in the wheel."""
    override = os.environ.get(REGISTRY_ENV_VAR, "").strip()
    if override:
        return Path(override)
    packaged, checkout = _own_files()
    return checkout if checkout.is_file() else packaged


def load_registry(path: Path | None = None) -> tuple[ApiVersion, ...]:
    # Cached per file, so switching $FLEXPORT_VERSIONS_FILE takes effect without a cache reset.
    return _load_registry((path or registry_path()).resolve())


@functools.cache
def _load_registry(source: Path) -> tuple[ApiVersion, ...]:
    try:
        rows = read_rows(source)  # imports tomllib on first use, not with the facade
    except RegistryFileError as exc:
        raise VersionError(str(exc)) from None
    return tuple(ApiVersion(**{name: getattr(row, name) for name in FIELDS}) for row in rows)


def known_versions(api: str | None = "logistics") -> tuple[ApiVersion, ...]:
    """Registered versions, in registry order; ``api=None`` includes every API."""
    return tuple(v for v in load_registry() if api is None or v.api == api)


def known_apis() -> tuple[str, ...]:
    """The API families of the registry, in registry order (v1 included: it has its own client)."""
    return tuple(dict.fromkeys(v.api for v in load_registry()))


def _check_api(api: str) -> None:
    """``api`` must be a family ``Flexport`` binds: in the registry, and not v1 (``FlexportV1``)."""
    if api == "v1":
        raise VersionError("the v1 API has its own client: use FlexportV1 (or AsyncFlexportV1) for it")
    apis = [a for a in known_apis() if a != "v1"]
    if api not in apis:
        raise VersionError(
            f"unknown API {api!r}; known: {', '.join(apis)} (and v1, through FlexportV1). An API family "
            "is [[version]] rows in openapi/versions.toml with that api"
        )


def get_version(version_id: str, api: str | None = None) -> ApiVersion:
    for v in load_registry():
        if v.id == version_id and (api is None or v.api == api):
            return v
    other = next((v for v in load_registry() if v.id == version_id), None)
    if other is not None:  # registered, but for another API
        client = "FlexportV1" if other.api == "v1" else f"Flexport(api={other.api!r})"
        raise VersionError(f"{version_id!r} is a version of the {other.api} API: use {client} for it")
    known = [v.id for v in known_versions(api)]
    import difflib  # only on the error path

    close = difflib.get_close_matches(version_id, known, n=1, cutoff=0.6)
    hint = f"did you mean {close[0]!r}? " if close else ""
    family = "" if api in (None, "logistics") else f" of the {api} API"
    advice = fix_hint(
        user=f"flexport-facade {__version__} knows these; a newer release may know more "
        "(pip install --upgrade flexport-facade; see its CHANGELOG)",
        maintainer="to add a new release, add a [[version]] row to openapi/versions.toml, then run "
        "`make specs generate`",
    )
    raise VersionError(
        f"unknown API version {version_id!r}{family}; {hint}known: {', '.join(known)}. {advice}"
    )


def resolve_pin(explicit: str | None, *, allow_unstable: bool = False, api: str = "logistics") -> ApiVersion:
    """Pick the version of ``api``: explicit argument, else (Logistics only) $FLEXPORT_API_VERSION."""
    _check_api(api)
    from_env = os.environ.get(ENV_VAR, "").strip() if api == "logistics" else ""
    chosen = (explicit or "").strip() or from_env or None
    if chosen is None:
        known = ", ".join(v.id for v in known_versions(api))
        if api == "logistics":
            raise VersionError(
                f"no API version pinned: pass version='...' or set {ENV_VAR}; known versions: {known}"
            )
        raise VersionError(
            f"no version of the {api} API pinned: pass version='...' ({ENV_VAR} names a Logistics version "
            f"and is not read for it); known versions: {known}"
        )
    version = get_version(chosen, api=api)
    if version.status == "unstable" and not allow_unstable:
        raise VersionError(
            f"version {chosen!r} may change without notice; pass allow_unstable=True to use it"
        )
    return version
