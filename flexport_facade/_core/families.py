"""How a registry row is reached: its host, its path prefix, where the version goes, how the token is sent.

Logistics is one API family among others. Its rows leave the optional fields empty and get the
defaults below (the logistics-api host, ``/logistics/api/{id}/``, bearer). A row of another family
sets ``base_url``, ``path_prefix``, ``version_in`` and ``auth`` (documented at the top of
openapi/versions.toml) and ``Flexport(api=..., version=...)`` binds it with no code change.
"""

from __future__ import annotations

import httpx

from flexport_facade._constants import LOGISTICS_BASE_URL
from flexport_facade._core._records import record
from flexport_facade._core.lazy import lazy_pattern
from flexport_facade._core.versions import ApiVersion
from flexport_facade._exceptions import VersionError
from flexport_facade.auth._bearer import BearerAuth, TokenSource

# The forms each field takes; the error for any other value lists them.
VERSION_IN_FORMS = ('"path"', '"header:<Name>"', '"query:<name>"', '"accept:<media type>"', '"" (not sent)')
AUTH_FORMS = ('"bearer"', '"token"', '"header:<Name>"')

_TOKEN_RE = lazy_pattern(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+")  # an HTTP field name (RFC 9110 token)
_QUERY_NAME_RE = lazy_pattern(r"[A-Za-z0-9_.~-]+")  # both for rows with a named field only


@record(frozen=True)
class Family:
    """One row, as the client needs it: what every request of that version carries."""

    api: str
    version: str
    base_url: str  # the row's host ("" when it names none)
    prefix: str  # every path starts with it, version filled in ("" for none)
    headers: tuple[tuple[str, str], ...]  # sent with every request: the version, when it travels in a header
    params: tuple[tuple[str, str], ...]  # added to every query: the version, when it travels there
    auth: str  # "bearer" | "token" | "header:<Name>"
    static_prefix: str = ""  # the prefix's part before "{id}": shared by every version of the family

    def path(self, path: str) -> str:
        """``/orders/1`` -> ``<prefix>orders/1``; a full URL or a path already under the prefix is kept."""
        if path.startswith(("http://", "https://")):
            return path
        head = self.static_prefix.rstrip("/")
        if head and (path == head or path.startswith(head + "/")):
            return path
        if not self.prefix:
            return path if path.startswith("/") else f"/{path}"
        return f"{self.prefix.rstrip('/')}/{path.lstrip('/')}"


def _bad(row: ApiVersion, field: str, value: str, forms: tuple[str, ...]) -> VersionError:
    return VersionError(
        f"versions.toml row {row.id!r} (api {row.api!r}): {field} = {value!r} is not one of "
        f"{', '.join(forms)}; the fields are documented at the top of versions.toml"
    )


def _named(row: ApiVersion, field: str, value: str, kind: str, forms: tuple[str, ...]) -> str:
    """The <Name> of a ``kind:<Name>`` field value, checked."""
    name = value[len(kind) + 1 :].strip()
    pattern = _QUERY_NAME_RE if kind == "query" else _TOKEN_RE
    if not pattern().fullmatch(name):
        raise _bad(row, field, value, forms)
    return name


def family_of(row: ApiVersion) -> Family:
    """The binding of one registry row; a VersionError naming the field for a value it cannot use."""
    prefix = row.paths_start_with or ""
    template = row.path_prefix or ("/logistics/api/{id}/" if row.api == "logistics" else "")
    headers: list[tuple[str, str]] = []
    params: list[tuple[str, str]] = []
    placement = row.version_in.strip()
    kind = placement.split(":", 1)[0]
    if placement == "path":
        if "{id}" not in row.path_prefix and row.api != "logistics":
            raise VersionError(
                f'versions.toml row {row.id!r} (api {row.api!r}): version_in = "path" needs a '
                'path_prefix containing "{id}" (e.g. "/' + row.api + '/{id}/")'
            )
    elif kind in ("header", "query") and ":" in placement:
        name = _named(row, "version_in", placement, kind, VERSION_IN_FORMS)
        (headers if kind == "header" else params).append((name, row.id))
    elif kind == "accept" and placement[len("accept:") :].strip():
        headers.append(("Accept", placement[len("accept:") :].strip().replace("{id}", row.id)))
    elif placement:
        raise _bad(row, "version_in", row.version_in, VERSION_IN_FORMS)

    auth = row.auth.strip() or "bearer"
    if auth.startswith("header:"):
        auth = "header:" + _named(row, "auth", auth, "header", AUTH_FORMS)
    elif auth not in ("bearer", "token"):
        raise _bad(row, "auth", row.auth, AUTH_FORMS)

    base_url = row.base_url.strip() or (LOGISTICS_BASE_URL if row.api == "logistics" else "")
    static = template.split("{id}", 1)[0]
    return Family(row.api, row.id, base_url, prefix, tuple(headers), tuple(params), auth, static)


def auth_for(family: Family, token: TokenSource) -> httpx.Auth:
    """The httpx auth sending ``token`` (a string or a callable returning one) the way the row says."""
    if family.auth == "bearer":
        return BearerAuth(token)
    from flexport_facade.auth._header import HeaderAuth  # rows of other families only

    if family.auth == "token":
        return HeaderAuth("Authorization", token, template='Token token="{token}"')
    return HeaderAuth(family.auth.split(":", 1)[1], token)
