"""One bounded GET for `make specs`: size (declared, on the wire, decoded) and wall time are capped.

A vendor answer is untrusted input. Every refusal names the limit and how to raise it:

- ``--max-bytes`` / $FLEXPORT_SPEC_MAX_BYTES: the Content-Length, the bytes received and the bytes after
  gzip/deflate decoding may each not exceed it (a decompression bomb stops at the limit, not at MemoryError).
- ``--deadline`` / $FLEXPORT_SPEC_DEADLINE: seconds from connect to the last body byte. The per-read
  ``--timeout`` alone lets a server trickle one byte per second forever; a watchdog shuts the socket down
  when the deadline passes, so even a read blocked mid-trickle returns at once.
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
import zlib
from dataclasses import dataclass, field
from typing import Any

import httpx

MAX_BYTES_ENV = "FLEXPORT_SPEC_MAX_BYTES"
DEADLINE_ENV = "FLEXPORT_SPEC_DEADLINE"
# The same variable and default as the spec loader (flexport_facade/_core/spec_loader.py) bounds a parse by.
DEFAULT_MAX_BYTES = 64 * 1024 * 1024
DEFAULT_DEADLINE = 120.0
RETRYABLE = {429, 500, 502, 503, 504}


class FetchError(Exception):
    """Why one version's answer was not accepted (one line, shown to the user)."""


class Unreachable(FetchError):
    """No attempt could connect to the host."""


class LimitExceeded(FetchError):
    """The answer broke a size or time limit; retrying would not help."""


@dataclass
class Http:
    timeout: float
    attempts: int
    backoff: float
    max_bytes: int = DEFAULT_MAX_BYTES
    deadline: float = DEFAULT_DEADLINE
    unreachable: set[str] = field(default_factory=set)  # hosts no attempt could connect to


@dataclass
class Answer:
    body: bytes
    content_type: str


def size_refusal(what: str, limit: int) -> LimitExceeded:
    return LimitExceeded(
        f"{what} is over the {limit} byte limit; if the spec really is that large, raise it with "
        f"--max-bytes N or {MAX_BYTES_ENV}=N"
    )


def make_client(http: Http) -> httpx.Client:
    # No keep-alive: every request opens its own connection, which the watchdog can see and cut.
    return httpx.Client(
        timeout=httpx.Timeout(http.timeout, connect=min(http.timeout, http.deadline)),
        follow_redirects=True,
        limits=httpx.Limits(max_keepalive_connections=0),
    )


class Watchdog:
    """Shuts down every socket of one request when its deadline passes (blocked reads return at once)."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.expired = threading.Event()
        self._lock = threading.Lock()
        self._sockets: list[socket.socket] = []
        self._timer = threading.Timer(seconds, self._fire)
        self._timer.daemon = True

    def __enter__(self) -> Watchdog:
        self._timer.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._timer.cancel()

    def trace(self, event: str, info: dict[str, Any]) -> None:
        """httpcore's trace hook: remember each socket as soon as it is connected."""
        if event in ("connection.connect_tcp.complete", "connection.start_tls.complete"):
            sock = info.get("return_value")
            raw = sock.get_extra_info("socket") if sock is not None else None
            if isinstance(raw, socket.socket):
                with self._lock:
                    self._sockets.append(raw)
                    if self.expired.is_set():
                        self._shutdown(raw)

    def _fire(self) -> None:
        with self._lock:
            self.expired.set()
            for raw in self._sockets:
                self._shutdown(raw)

    @staticmethod
    def _shutdown(raw: socket.socket) -> None:
        with contextlib.suppress(OSError):  # already closed
            raw.shutdown(socket.SHUT_RDWR)

    def refusal(self) -> LimitExceeded:
        return LimitExceeded(
            f"no complete answer within the {self.seconds:g}s deadline per request; for a slow mirror, "
            f"raise it with --deadline SECONDS or {DEADLINE_ENV}=SECONDS"
        )


class BoundedDecoder:
    """Content-Encoding identity, gzip or deflate, decoded incrementally and never past ``limit`` bytes."""

    def __init__(self, encoding: str, limit: int) -> None:
        self.encoding = encoding.strip().lower() or "identity"
        self.limit = limit
        self.parts: list[bytes] = []
        self.size = 0
        self._raw_deflate_tried = False
        if self.encoding == "identity":
            self._z: Any = None
        elif self.encoding in ("gzip", "x-gzip"):
            self._z = zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif self.encoding == "deflate":
            self._z = zlib.decompressobj()
        else:  # we ask for gzip or deflate only; stacked or other codings are refused, not guessed
            raise FetchError(f"unsupported Content-Encoding {encoding!r} (asked for gzip or deflate)")

    def _add(self, data: bytes) -> None:
        self.size += len(data)
        if self.size > self.limit:
            raise size_refusal(f"the answer decoded from {self.encoding}", self.limit)
        if data:
            self.parts.append(data)

    def feed(self, chunk: bytes) -> None:
        if self._z is None:
            self._add(chunk)
            return
        data = chunk
        while data:
            try:
                # max_length caps what one call may produce: a bomb yields at most limit+1 bytes.
                out = self._z.decompress(data, self.limit - self.size + 1)
            except zlib.error as exc:
                if self.encoding == "deflate" and not self._raw_deflate_tried and not self.size:
                    # "deflate" is sent both zlib-wrapped (RFC 9110) and raw; retry the raw form.
                    self._raw_deflate_tried = True
                    self._z = zlib.decompressobj(-zlib.MAX_WBITS)
                    continue
                raise FetchError(f"the {self.encoding} body does not decode ({exc})") from exc
            self._add(out)
            data = self._z.unconsumed_tail

    def finish(self) -> bytes:
        if self._z is not None:
            self._add(self._z.flush())
            if not self._z.eof:
                raise FetchError(f"the {self.encoding} body ends early (truncated?)")
        return b"".join(self.parts)


def _read_body(response: httpx.Response, http: Http, watchdog: Watchdog) -> bytes:
    declared = response.headers.get("content-length", "").strip()
    if declared.isdigit() and int(declared) > http.max_bytes:
        raise size_refusal(f"the declared Content-Length ({declared} bytes)", http.max_bytes)
    decoder = BoundedDecoder(response.headers.get("content-encoding", ""), http.max_bytes)
    received = 0
    for chunk in response.iter_raw():
        received += len(chunk)
        if received > http.max_bytes:
            raise size_refusal("the answer", http.max_bytes)
        decoder.feed(chunk)
        if watchdog.expired.is_set():
            raise watchdog.refusal()
    return decoder.finish()


def get_once(client: httpx.Client, url: str, http: Http) -> tuple[int, Answer]:
    """One bounded attempt: (status, answer); the body is read only for a 200."""
    with Watchdog(http.deadline) as watchdog:
        try:
            with client.stream(
                "GET", url, headers={"Accept-Encoding": "gzip, deflate"}, extensions={"trace": watchdog.trace}
            ) as response:
                if response.status_code != 200:
                    return response.status_code, Answer(b"", "")
                body = _read_body(response, http, watchdog)
                return 200, Answer(body, response.headers.get("content-type", ""))
        except (httpx.TransportError, FetchError):
            if watchdog.expired.is_set():  # the watchdog cut the socket: that is the real cause
                raise watchdog.refusal() from None
            raise


def download(client: httpx.Client, url: str, http: Http) -> Answer:
    """GET with a few retries on network errors, timeouts, 429 and 5xx; other statuses fail at once."""
    host = httpx.URL(url).host
    if host in http.unreachable:
        # Every attempt of an earlier version failed to connect: fail fast instead of waiting again.
        raise Unreachable(f"cannot connect to {host} (see above), not retried")
    last = ""
    connect_failures = 0
    for attempt in range(http.attempts):
        if attempt:
            time.sleep(http.backoff * 2 ** (attempt - 1))
        try:
            status, answer = get_once(client, url, http)
        except httpx.ConnectTimeout:
            # A blackholed host never answers the handshake: as unreachable as a refused one.
            connect_failures += 1
            last = f"cannot connect: no answer within {min(http.timeout, http.deadline):g}s"
            continue
        except httpx.TimeoutException:
            last = f"timed out after {http.timeout:g}s"
            continue
        except httpx.ConnectError as exc:
            connect_failures += 1
            last = f"cannot connect: {exc or type(exc).__name__}"
            continue
        except httpx.TransportError as exc:
            last = f"network error: {exc or type(exc).__name__}"
            continue
        except LimitExceeded as exc:
            raise LimitExceeded(f"{exc} ({url})") from None
        if status == 200:
            return answer
        last = f"HTTP {status}"
        if status not in RETRYABLE:
            break
    if connect_failures == http.attempts:
        http.unreachable.add(host)
    retried = http.attempts > 1 and not last.startswith("HTTP 4")
    raise FetchError(f"{last} from {url}" + (f" (after {http.attempts} attempts)" if retried else ""))
