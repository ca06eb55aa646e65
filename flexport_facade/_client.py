"""What ``Flexport`` and ``AsyncFlexport`` share: one pinned API version bound to one configured httpx client.

``AsyncFlexport`` is written in ``_async_client``; ``Flexport`` (``_sync_client``) is generated from it.

    fx = Flexport(version="2026-02", token=...)
    fx.products.get_product(logistics_sku="D0123456789")      # dynamic: any operation of the pin
    fx.call(get_product.sync_detailed, logistics_sku="D01", client=fx.client)  # typed for mypy
    fx.request("GET", "/warehouses/active")                   # any path under the pinned version
    fx.at("2025-03")                                          # same auth, retries and pool

The version is data (openapi/versions.toml + a generated package): nothing here names one.
"""

from __future__ import annotations

import logging
import os
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

import httpx

from flexport_facade._core.binding import BoundBase, GeneratedClient, Tag
from flexport_facade._core.families import auth_for, family_of
from flexport_facade._core.http import DEFAULT_BASE_URL
from flexport_facade._core.operations import OperationIndex, OperationMeta, index_for, package_dir
from flexport_facade._core.retry import RetryPolicy
from flexport_facade._core.versions import ApiVersion, known_versions, resolve_pin
from flexport_facade.auth._bearer import BearerAuth, TokenSource

if TYPE_CHECKING:  # each client module imports this one
    from flexport_facade._core._async_pipeline import AsyncPipeline
    from flexport_facade._core._sync_pipeline import Pipeline

from flexport_facade._constants import BASE_URL_ENV_VAR, TOKEN_ENV_VAR

log = logging.getLogger("flexport_facade")

T_co = TypeVar("T_co", covariant=True)


class DetailedResponse(Protocol[T_co]):
    """The part of a generated ``types.Response[T]`` the typed path reads.

    ``parsed`` is matched whole (``X | Problem | None``): mypy cannot infer ``T`` through
    ``T | None``, so the typed result keeps the generated union; narrow it with isinstance.
    """

    @property
    def parsed(self) -> T_co: ...


def pin(version: str | None, *, allow_unstable: bool, api: str = "logistics") -> ApiVersion:
    """Resolve the pin (a version of ``api``) and check its package is installed, without importing it."""
    chosen = resolve_pin(version, allow_unstable=allow_unstable, api=api)
    family_of(chosen)  # a row the client cannot bind fails here, naming its field
    if chosen.status == "unstable":
        log.warning("API version %r may change without notice; pin a dated version in production", chosen.id)
    if package_dir(chosen.package) is None:
        raise chosen.not_installed()
    return chosen


def _auth(token: TokenSource | None, auth: httpx.Auth | None, row: ApiVersion) -> httpx.Auth:
    """``auth=`` as given, else the token sent the way the row's family says (bearer for Logistics)."""
    if token is not None and auth is not None:
        raise ValueError("pass token= or auth=, not both")
    if auth is not None:
        return auth
    if row.api != "logistics":  # FLEXPORT_TOKEN is a Logistics token: never sent to another family's host
        if token is None:
            raise ValueError(f"no credentials for the {row.api} API: pass token= or auth=")
        return auth_for(family_of(row), token)
    token = token if token is not None else os.environ.get(TOKEN_ENV_VAR)
    if not token:
        raise ValueError(
            "no credentials: pass token= (Seller Portal -> Settings -> API Tokens), auth=, "
            f"or set {TOKEN_ENV_VAR}"
        )
    return BearerAuth(token)


def _base_url(explicit: str | None, client: httpx.Client | httpx.AsyncClient | None, row: ApiVersion) -> str:
    """``base_url=``, else an injected client's, else the row's host (the Logistics host by default)."""
    family = family_of(row)
    chosen = explicit or (str(client.base_url) if client is not None and str(client.base_url) else "")
    where = ""
    if not chosen and row.api == "logistics":  # $FLEXPORT_BASE_URL names a Logistics host only
        chosen = os.environ.get(BASE_URL_ENV_VAR, "").strip()
        where = f" (from ${BASE_URL_ENV_VAR})" if chosen else ""
    chosen = chosen or family.base_url
    if not chosen:
        raise ValueError(
            f"the {row.api} API's row {row.id!r} in versions.toml has no base_url: pass base_url='https://...'"
        )
    url = httpx.URL(chosen)
    if url.scheme not in ("http", "https") or not url.host:
        example = family.base_url or DEFAULT_BASE_URL
        raise ValueError(f"base_url must be an http(s) URL such as {example} (got {chosen!r}{where})")
    head = family.static_prefix.rstrip("/")
    if head and head in url.path:
        host = f"{url.scheme}://{url.netloc.decode()}"
        raise ValueError(f"base_url is the host only ({host}); the {head}/<version> part comes from version=")
    return chosen


def _check_options(timeout: object, retry: object) -> None:
    """Wrong types fail here, naming the argument, rather than deep inside the first request."""
    if (timeout is not None and not isinstance(timeout, int | float | httpx.Timeout)) or isinstance(
        timeout, bool
    ):
        raise TypeError(
            f"timeout must be seconds (a number) or an httpx.Timeout, not {type(timeout).__name__}"
        )
    if retry is not None and not isinstance(retry, RetryPolicy):
        raise TypeError(
            f"retry must be a RetryPolicy (e.g. RetryPolicy(attempts=2)), not {type(retry).__name__}"
        )


class _Facade:
    """What both clients share: the pin, the operation index and path handling."""

    _pipeline: Pipeline | AsyncPipeline

    def _setup(self, version: ApiVersion, pipeline: Pipeline | AsyncPipeline) -> None:
        self._version = version
        self._family = family_of(version)
        # Each view has its own (derived) pipeline, so the version it sends is its own.
        pipeline.pinned_headers, pipeline.pinned_params = self._family.headers, self._family.params
        self._pipeline = pipeline
        self._index: OperationIndex | None = None
        self._tags: dict[str, Tag] = {}
        # Typed Any: it stands in for any version's generated Client in ``fx.call(..., client=fx.client)``.
        self.client: Any = self._generated_client()

    def _generated_client(self) -> GeneratedClient:
        """``fx.client``: the sync or async httpx stand-in over this client's pipeline."""
        raise NotImplementedError

    def _bind(self, meta: OperationMeta) -> BoundBase:
        """One operation of a tag, bound to this client's pipeline (sync or async)."""
        raise NotImplementedError

    @property
    def version(self) -> str:
        return self._version.id

    @property
    def api_version(self) -> ApiVersion:
        return self._version

    @property
    def api(self) -> str:
        """The API family of the pin: "logistics", or another family of versions.toml."""
        return self._version.api

    @staticmethod
    def known_versions() -> tuple[str, ...]:
        return tuple(v.id for v in known_versions())

    @property
    def operations(self) -> tuple[OperationMeta, ...]:
        index = self._operation_index()
        return tuple(op for tag in index.tags for op in index.by_tag[tag].values())

    def _operation_index(self) -> OperationIndex:
        if self._index is None:
            self._index = index_for(self._version.package)
        return self._index

    def _scopes_for(self, response: httpx.Response) -> tuple[str, ...]:
        """For a 403 on ``request()``: the scopes of the spec operation that path and method match."""
        if response.status_code != 403:
            return ()
        meta = self._operation_index().match(response.request.method, response.request.url.path)
        return meta.scopes if meta is not None else ()

    def tag(self, name: str) -> Tag:
        """The operations of one tag; the same object ``fx.<name>`` returns."""
        if name in self._tags:
            return self._tags[name]
        index = self._operation_index()
        real = index.resolve_tag(name)  # a readable alias (oauth) names the generated tag (o_auth)
        if real not in index.by_tag:
            known = ", ".join(index.tags + sorted(index.tag_aliases)) or "(none)"
            raise AttributeError(f"API version {self.version} has no tag {name!r}; it has: {known}")
        if real not in self._tags:
            self._tags[real] = Tag(real, index.by_tag[real], self._bind, index.operation_aliases[real])
        self._tags[name] = self._tags[real]
        return self._tags[name]

    def __getattr__(self, name: str) -> Tag:
        if name.startswith("_"):
            raise AttributeError(name)
        tag = self.tag(name)
        self.__dict__[name] = tag  # later fx.<name> lookups find it without coming here
        return tag

    def __dir__(self) -> list[str]:
        index = self._operation_index()
        return sorted(set(super().__dir__()) | set(index.tags) | set(index.tag_aliases))

    def path(self, path: str) -> str:
        """``/warehouses/active`` -> ``/logistics/api/<pinned version>/warehouses/active`` (another
        family: under its row's path_prefix)."""
        return self._family.path(path)

    def __repr__(self) -> str:
        api = "" if self.api == "logistics" else f"api={self.api!r}, "
        return f"{type(self).__name__}({api}version={self.version!r}, base_url={self._pipeline.base_url!r})"
