"""The request pipeline every call goes through: build, send with retries, log, map errors.

One pipeline (``Pipeline`` in ``_sync_pipeline``, generated from ``AsyncPipeline`` in
``_async_pipeline``) holds what a client and its ``at()`` views share (httpx client, auth, default
retry policy and timeout). The retry loop wraps ``client.send`` rather than the transport, so
per-call policies need no side channel and every attempt still crosses the (vcrpy-patchable) transport.
"""

from __future__ import annotations

import copy
import logging
from collections.abc import Callable, Mapping
from dataclasses import field
from typing import TYPE_CHECKING, Any, Generic, Literal, Self, TypeVar

import httpx

from flexport_facade import errors
from flexport_facade._constants import LOGISTICS_BASE_URL, LOGISTICS_TIMEOUT
from flexport_facade._core._records import record
from flexport_facade._core.redact import check_header_values, redact_text, scrub_exception
from flexport_facade._core.retry import (
    IDEMPOTENCY_HEADER,
    KEYED_METHODS,
    REPLAYED_HEADER,
    RetryEvent,
    RetryPolicy,
    new_idempotency_key,
    retry_after_of,
)

if TYPE_CHECKING:  # annotations only: the limiter protocols are for type checkers and stores/
    from flexport_facade._core.rate_budget import AsyncRateLimiter, RateLimiter

log = logging.getLogger("flexport_facade")

# The gateway cuts a request at about 29 s and answers 504; the longer read timeout lets that typed
# answer (which says "ask for less") arrive instead of a bare client-side timeout.
DEFAULT_BASE_URL = LOGISTICS_BASE_URL
DEFAULT_TIMEOUT = LOGISTICS_TIMEOUT

TimeoutArg = float | httpx.Timeout | None
IdempotencyKeyArg = str | Literal[False] | None
T = TypeVar("T")

# The request-building keys a generated ``_get_kwargs`` may return, besides method and url.
_REQUEST_KEYS = ("params", "json", "content", "data", "files", "headers", "cookies")


@record
class ApiResponse(Generic[T]):
    """A whole answer: what the raw variants return. ``parsed`` is set for 2xx answers only."""

    status_code: int
    headers: httpx.Headers = field(repr=False)
    content: bytes = field(repr=False)  # can be large: shown as its length in the repr
    parsed: T | None
    http: httpx.Response = field(repr=False)
    required_scopes: tuple[str, ...] = field(default=(), repr=False)
    parse_error: Exception | None = field(default=None, repr=False)  # a 2xx body the model could not read

    def __init__(  # written out (the fields above, in order): one is made for every call
        self,
        status_code: int,
        headers: httpx.Headers,
        content: bytes,
        parsed: T | None,
        http: httpx.Response,
        required_scopes: tuple[str, ...] = (),
        parse_error: Exception | None = None,
    ) -> None:
        self.status_code = status_code
        self.headers = headers
        self.content = content
        self.parsed = parsed
        self.http = http
        self.required_scopes = required_scopes
        self.parse_error = parse_error

    def __repr__(self) -> str:
        return (
            f"ApiResponse(status_code={self.status_code}, parsed={type(self.parsed).__name__}, "
            f"content=<{len(self.content)} bytes>, correlation_id={self.correlation_id!r})"
        )

    @property
    def ok(self) -> bool:
        return 200 <= self.status_code < 300

    @property
    def replayed(self) -> bool:
        """True when the server answered from its idempotency store (a repeat of an earlier call)."""
        return REPLAYED_HEADER in self.headers

    @property
    def correlation_id(self) -> str | None:
        value = self.headers.get("x-correlation-id")
        return str(value) if value is not None else None

    @property
    def error(self) -> errors.APIError | None:
        return (
            None if self.ok else errors.error_from_response(self.http, required_scopes=self.required_scopes)
        )

    def raise_for_status(self) -> None:
        if (err := self.error) is not None:
            raise err

    def model(self) -> T | None:
        """The parsed model of a 2xx answer; ``errors.UnexpectedResponse`` if its body did not parse."""
        if self.parse_error is not None:
            raise errors.UnexpectedResponse(
                "answer does not match the pinned version's model", response=self.http, cause=self.parse_error
            )
        return self.parsed


class Prepared:
    """A built request and whether it carries an idempotency-key (one per call, so a plain class)."""

    __slots__ = ("keyed", "request")

    def __init__(self, request: httpx.Request, keyed: bool) -> None:
        self.request = request
        self.keyed = keyed


def _origin(url: str) -> tuple[str, str, int | None]:
    parsed = httpx.URL(url)
    return parsed.scheme, parsed.host, parsed.port


def _to_timeout(value: TimeoutArg) -> httpx.Timeout | None:
    if value is None or isinstance(value, httpx.Timeout):
        return value
    return httpx.Timeout(value)


AnyClient = httpx.Client | httpx.AsyncClient


def unlink_stream(response: httpx.Response) -> httpx.Response:
    """Break httpx's response <-> stream reference cycle once the body is read and the stream closed:
    the answer and its body are then freed with the last reference to it, not at the next cyclic
    collection (a pager at concurrency 8 otherwise kept about three bodies per request alive)."""
    if response.is_closed and response.is_stream_consumed:
        response.stream = httpx.ByteStream(response.content)
    return response


class ClientSlot:
    """The pipeline's httpx client, built on first use when the facade makes it: constructing a
    client loads the certificate store and httpcore, which a client that never sends should not
    pay for. Views (``derive``) share the slot, so they share one client however late it is built."""

    __slots__ = ("_client", "_factory")

    def __init__(self, client: AnyClient | Callable[[], AnyClient]) -> None:
        self._client: AnyClient | None = None
        self._factory: Callable[[], AnyClient] | None = None
        if isinstance(client, httpx.Client | httpx.AsyncClient):
            self._client = client
        else:
            self._factory = client

    @property
    def built(self) -> bool:
        return self._client is not None

    def get(self) -> AnyClient:
        if self._client is None:
            assert self._factory is not None
            self._client = self._factory()
        return self._client


class PipelineBase:
    """What the sync and async pipelines share: building requests, logging attempts, mapping errors.

    ``client``: an httpx client, or a callable that makes one on the first request.
    """

    # What every request of the pinned version carries besides its path: the version, for API
    # families that send it in a header or the query (``_core.families``). Set per view by the client.
    pinned_headers: tuple[tuple[str, str], ...] = ()
    pinned_params: tuple[tuple[str, str], ...] = ()

    def __init__(
        self,
        *,
        client: AnyClient | Callable[[], AnyClient],
        base_url: str,
        auth: httpx.Auth | None,
        retry: RetryPolicy,
        timeout: httpx.Timeout | None,
        owns_client: bool,
        rate_limiter: RateLimiter | AsyncRateLimiter | None = None,
    ) -> None:
        self.rate_limiter = rate_limiter  # asked before every attempt, told about every 429
        self._slot = ClientSlot(client)
        self.base_url = base_url.rstrip("/")
        self.auth = auth
        self.retry = retry
        self.timeout = timeout
        self.owns_client = owns_client

    @property
    def client(self) -> AnyClient:
        return self._slot.get()

    def derive(self, *, retry: RetryPolicy | None = None, timeout: TimeoutArg = None) -> Self:
        """A view sharing this client and auth with other defaults; closing it closes nothing."""
        view = copy.copy(self)
        view.retry = retry or self.retry
        view.timeout = _to_timeout(timeout) or self.timeout
        view.owns_client = False
        return view

    def prepare(
        self,
        method: str,
        url: str,
        *,
        timeout: TimeoutArg = None,
        idempotency_key: IdempotencyKeyArg = None,
        extra_headers: Mapping[str, str] | None = None,
        **request_kwargs: Any,
    ) -> Prepared:
        """Build the request once; every attempt re-sends it, so a generated key is reused by all."""
        method = method.upper()
        raw_headers = request_kwargs.pop("headers", None) or {}
        keyed_here = isinstance(idempotency_key, str)
        # A plain GET (no headers of its own, no key, no version header) builds no Headers of its own.
        headers: httpx.Headers | None = None
        if raw_headers or extra_headers or keyed_here:
            given = {**dict(raw_headers), **(extra_headers or {})}
            if keyed_here:
                given[IDEMPOTENCY_HEADER] = idempotency_key
            check_header_values(given)  # a clear error now, not a UnicodeEncodeError inside httpx
            headers = httpx.Headers(raw_headers)
            if extra_headers:
                headers.update(extra_headers)
        if self.pinned_headers:
            headers = headers if headers is not None else httpx.Headers()
            headers.update(self.pinned_headers)  # after the caller's: the pin decides the version
        if method in KEYED_METHODS and idempotency_key is not False:
            headers = headers if headers is not None else httpx.Headers()
            key = idempotency_key or headers.get(IDEMPOTENCY_HEADER) or new_idempotency_key()
            headers[IDEMPOTENCY_HEADER] = key
        elif isinstance(idempotency_key, str):
            assert headers is not None  # made above for a str key
            headers[IDEMPOTENCY_HEADER] = idempotency_key
        chosen = self.timeout if timeout is None else _to_timeout(timeout)
        kwargs = {k: v for k, v in request_kwargs.items() if k in _REQUEST_KEYS and v is not None}
        if self.pinned_params:
            kwargs["params"] = httpx.QueryParams(kwargs.get("params")).merge(dict(self.pinned_params))
        absolute = url.startswith(("http://", "https://"))
        full = url if absolute else f"{self.base_url}{url}"
        # Only a full URL can point elsewhere; paths are joined to base_url (parsing costs ~10 us).
        if absolute and _origin(full) != _origin(self.base_url):
            # The token must never travel to a host the client was not configured for.
            raise ValueError(
                f"{redact_text(url)} is not under base_url {self.base_url}; pass a path, or build a "
                "client for that host"
            )
        client = self._slot.get()
        target: str | httpx.URL = full
        params = kwargs.pop("params", None)
        if params is not None:
            if "?" in full:  # httpx (0.28) replaces a URL's query with params: keep both, params last
                full, _, own = full.partition("?")
                params = httpx.QueryParams(own).merge(params)
            if client.params:
                kwargs["params"] = params  # httpx puts the client's own params under them
            else:  # joined here, so the URL is parsed once (httpx would parse it twice, ~25 us)
                target = httpx.URL(full, params=params)
        build = client.build_request
        request = (
            build(method, target, headers=headers, timeout=chosen, **kwargs)
            if chosen is not None
            else build(method, target, headers=headers, **kwargs)
        )
        return Prepared(request, keyed=IDEMPOTENCY_HEADER in request.headers)

    def _log_attempt(
        self,
        request: httpx.Request,
        attempt: int,
        policy: RetryPolicy,
        started: float,
        response: httpx.Response | None,
        error: Exception | None,
    ) -> None:
        """The DEBUG line of one attempt; the send loops call it only when DEBUG is enabled."""
        outcome = str(response.status_code) if response is not None else type(error).__name__
        extra = (
            " (idempotent-replayed)" if response is not None and REPLAYED_HEADER in response.headers else ""
        )
        # Only method, URL (redacted) and status: headers carry the token and are never logged.
        log.debug(
            "%s %s attempt %d/%d -> %s in %.1f ms%s",
            request.method,
            redact_text(str(request.url)),
            attempt,
            policy.attempts,
            outcome,
            (policy.clock() - started) * 1000,
            extra,
        )

    def _event(
        self,
        request: httpx.Request,
        attempt: int,
        delay: float,
        response: httpx.Response | None,
        error: Exception | None,
    ) -> RetryEvent:
        return RetryEvent(
            attempt=attempt,
            delay=delay,
            method=request.method,
            path=request.url.path,
            status=response.status_code if response is not None else None,
            error=type(error).__name__ if error is not None else None,
            retry_after=retry_after_of(response) if response is not None else None,
        )

    @staticmethod
    def transport_error(request: httpx.Request, exc: httpx.TransportError) -> errors.TransportError:
        # ``exc`` becomes the error's __cause__: its request (token included) is swapped for a clean copy.
        scrub_exception(exc)
        method, path = request.method, request.url.path
        if isinstance(exc, httpx.TimeoutException):
            return errors.RequestTimeout(
                f"no answer within the timeout ({type(exc).__name__}); raise timeout= or ask for less",
                method=method,
                path=path,
            )
        return errors.ConnectionFailed(f"{type(exc).__name__}: {exc}", method=method, path=path)

    @staticmethod
    def api_error(response: httpx.Response, scopes: tuple[str, ...]) -> errors.APIError | None:
        if response.is_success:
            return None
        return errors.error_from_response(response, required_scopes=scopes)
