"""flexport-facade: typed, version-pinned clients for the Flexport Logistics API and API v1."""

from __future__ import annotations

from flexport_facade import errors
from flexport_facade.versions import ApiVersion, VersionError, known_versions

__all__ = ["ApiVersion", "VersionError", "errors", "known_versions"]
