"""The ASGI endpoint a Receiver serves; it answers 2xx only for an event that was handled.

The contract (deliveries come at least once; the sender retries a non-2xx answer and gives up on
one that takes longer than about 5 s):

- **200 "ok"** only after ``handler(event)`` returned within ``handler_timeout``; the event id is
  then recorded as done. To do slow work, make the handler hand the event to a durable queue of
  yours and return: the 200 then means "queued".
- **500** when the handler raised: the id is released, so the sender's retry is handled again.
- **503 + Retry-After** when the handler is still running at ``handler_timeout`` (it goes on, and
  keeps the claim: a retry arriving meanwhile gets 503 too, one arriving after it finished gets
  200 "duplicate" or, if it failed, is handled anew), when the same event is in flight in another
  worker, and when the de-duplication store does not answer in time.
- **200 "duplicate"** for an event handled before. A duplicate arriving while this endpoint is
  handling the first waits for it (within ``handler_timeout``) and reports its outcome; it never
  reports success for an event whose handling then fails.
- 400 / 401 / 405 / 413 for deliveries we refuse, with a one-line reason.

Nothing that waits runs on the event loop: de-duplication store calls are batched and made on
worker threads (``webhooks._store_calls``; a ``SQLiteDeduper`` batch runs on the loop only in a
transaction that never waits), and a sync handler runs on its own pool (``handler_threads``).
So a request with a wrong token is answered even while the store is locked.

Mounting in Starlette or FastAPI: use ``app.route(path)`` (a Starlette ``Route`` for POST at exactly
``path``) and pass ``lifespan=app.lifespan`` (or enter ``app.lifespan()`` in your own lifespan),
so start-up imports the event models off the loop (``Receiver.preload``) and shutdown drains
running handlers, bounded by ``shutdown_timeout``:

    hooks = receiver.asgi(handle)
    api = Starlette(routes=[hooks.route("/flexport/hooks")], lifespan=hooks.lifespan)
    api = FastAPI(lifespan=hooks.lifespan); api.router.routes.append(hooks.route("/flexport/hooks"))

``Mount("/flexport/hooks", hooks)`` only receives ``/flexport/hooks/...``: Starlette answers a POST to
``/flexport/hooks`` itself with a 307 redirect, which webhook senders do not follow. A mounted app's
own lifespan never runs, hence ``lifespan`` for the host app.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import functools
import inspect
import json
import logging
import types
from collections.abc import AsyncIterator, Awaitable, Callable, Generator, MutableMapping
from typing import TYPE_CHECKING, Any, TypeVar

from flexport_facade._constants import (
    DEDUPE_STORE_TIMEOUT,
    WEBHOOK_HANDLER_THREADS,
    WEBHOOK_HANDLER_TIMEOUT,
    WEBHOOK_MAX_BODY,
    WEBHOOK_RETRY_AFTER,
    WEBHOOK_SHUTDOWN_TIMEOUT,
)
from flexport_facade._core.redact import printable
from flexport_facade._exceptions import WebhookError
from flexport_facade.webhooks._dedupe import Claim
from flexport_facade.webhooks._receiver import Delivery, Receiver
from flexport_facade.webhooks._store_calls import StoreCalls

if TYPE_CHECKING:
    from starlette.routing import Route

log = logging.getLogger("flexport_facade.webhooks")

# The ASGI types, spelled as Starlette spells them, so the app type-checks where Starlette,
# FastAPI or any ASGI server expects an application.
Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
Handler = Callable[[Any], Awaitable[None] | None]
T = TypeVar("T")

_STORE_THREADS = 8


class _StoreTimeout(Exception):
    pass


class _TypingFailed(Exception):
    """Building the event's model raised something unexpected (a bug of ours, not a bad delivery)."""


class WebhookApp:
    """The ASGI endpoint ``Receiver.asgi`` returns (the module docstring states its contract).

    ``await app.drain()`` waits for handlers still running; lifespan shutdown (standalone) or
    ``app.lifespan`` (mounted) does the same, at most ``shutdown_timeout`` seconds, then cancels
    what is left and releases those events, so their redeliveries are handled. Either then waits for
    the store writes still queued (``complete`` is not awaited before the 200).
    """

    def __init__(
        self,
        receiver: Receiver,
        handler: Handler,
        *,
        max_body: int = WEBHOOK_MAX_BODY,
        handler_timeout: float = WEBHOOK_HANDLER_TIMEOUT,
        shutdown_timeout: float = WEBHOOK_SHUTDOWN_TIMEOUT,
        handler_threads: int = WEBHOOK_HANDLER_THREADS,
        store_timeout: float = DEDUPE_STORE_TIMEOUT,
    ) -> None:
        if not callable(handler):
            raise TypeError(f"handler must be a function taking the event, not {type(handler).__name__}")
        for name, value in (
            ("handler_timeout", handler_timeout),
            ("shutdown_timeout", shutdown_timeout),
            ("store_timeout", store_timeout),
        ):
            if not value > 0:
                raise ValueError(f"{name} must be a positive number of seconds, not {value!r}")
        if handler_threads < 1:
            raise ValueError("handler_threads must be >= 1")
        self.receiver = receiver
        self.handler = handler
        self.max_body = max_body
        self.handler_timeout = handler_timeout
        self.shutdown_timeout = shutdown_timeout
        self.store_timeout = store_timeout
        self.handler_threads = handler_threads
        self._async_handler = _is_async(handler)
        self._tasks: set[asyncio.Task[bool]] = set()
        self._inflight: dict[str, asyncio.Task[bool]] = {}
        self._store_calls: StoreCalls | None = None
        self._handler_pool: concurrent.futures.ThreadPoolExecutor | None = None
        # Bound once: each delivery would otherwise allocate these method objects anew, and they
        # live until the store batch runs, which the garbage collector counts against it.
        self._claim_typed = self._claim_and_type
        self._complete = receiver.complete
        self._on_complete_error = self._complete_failed

    def __repr__(self) -> str:
        return f"WebhookApp({self.receiver!r}, running={len(self._tasks)})"

    # -- mounting and shutdown ------------------------------------------------------------------

    def route(self, path: str) -> Route:
        """A Starlette ``Route`` serving deliveries POSTed to exactly ``path`` (needs starlette)."""
        from starlette.routing import Route

        return Route(path, endpoint=self, methods=["POST"])

    @contextlib.asynccontextmanager
    async def lifespan(self, app: object = None) -> AsyncIterator[None]:
        """For the host app's ``lifespan=``: at start-up, import the event models (``Receiver.preload``,
        off the loop); on shutdown, drain handlers (bounded) and stop the pools."""
        await asyncio.to_thread(self.receiver.preload)
        try:
            yield
        finally:
            await self.drain()
            self.close()

    async def drain(self, timeout: float | None = None) -> None:
        """Wait for running handlers, at most ``timeout`` (default ``shutdown_timeout``) seconds;
        then cancel the rest (their events are released, so redeliveries are handled). Last, wait for
        the store writes still queued (each handled event's ``complete``), so none is lost at exit."""
        limit = self.shutdown_timeout if timeout is None else timeout
        loop = asyncio.get_running_loop()
        deadline = loop.time() + limit
        try:
            await self._drain_handlers(loop, deadline, limit)
        finally:
            await self._drain_store(max(deadline - loop.time(), self.store_timeout))

    async def _drain_store(self, timeout: float) -> None:
        if self._store_calls is None:
            return
        left = await self._store_calls.settle(timeout)
        if left:
            log.warning(
                "%d de-duplication store write(s) still queued after %.1f s; their ids stay claimed "
                "until their lease ends",
                left,
                timeout,
            )

    async def _drain_handlers(self, loop: asyncio.AbstractEventLoop, deadline: float, limit: float) -> None:
        while self._tasks:
            remaining = deadline - loop.time()
            if remaining <= 0:
                pending = set(self._tasks)
                for task in pending:
                    task.cancel()
                await asyncio.wait(pending, timeout=1.0)
                log.warning(
                    "%d webhook handler(s) still running after %.1f s were cancelled; their events "
                    "were released, so the sender's retries are handled",
                    len(pending),
                    limit,
                )
                return
            await asyncio.wait(set(self._tasks), timeout=remaining)

    def close(self) -> None:
        """Stop the thread pools (threads still running a handler finish on their own)."""
        if self._store_calls is not None:
            self._store_calls.close()
        if self._handler_pool is not None:
            self._handler_pool.shutdown(wait=False, cancel_futures=True)
        self._store_calls, self._handler_pool = None, None

    # -- off the loop ---------------------------------------------------------------------------

    def _handlers(self) -> concurrent.futures.ThreadPoolExecutor:
        if self._handler_pool is None:
            self._handler_pool = concurrent.futures.ThreadPoolExecutor(
                self.handler_threads, "flexport-webhook-handler"
            )
        return self._handler_pool

    def _calls(self) -> StoreCalls:
        if self._store_calls is None:
            # A store that batches (one SQLite transaction) wants one writer; others, parallel calls.
            dedupe = self.receiver.dedupe
            threads = 1 if callable(getattr(dedupe, "batch", None)) else _STORE_THREADS
            self._store_calls = StoreCalls(dedupe, threads=threads)
        return self._store_calls

    async def _store(self, fn: Callable[[], T]) -> T:
        """``fn()`` as the store's calls run (``webhooks._store_calls``), bounded by ``store_timeout``."""
        future = self._calls().call(fn)
        if not await _within(future, self.store_timeout):
            future.add_done_callback(_retrieve)  # abandoned: its outcome is never read
            raise _StoreTimeout
        return future.result()

    def _claim_and_type(self, delivery: Delivery) -> tuple[Claim, Any]:
        claim = self.receiver.claim(delivery.key)
        if claim is not Claim.NEW:
            return claim, None
        try:
            return claim, self.receiver.typed(delivery)  # imports the model module on first use
        except Exception as exc:
            self.receiver.release(delivery.key)
            raise _TypingFailed from exc

    def _release_late(self, future: asyncio.Future[tuple[Claim, Any]], key: str) -> None:
        if not future.cancelled() and future.exception() is None and future.result()[0] is Claim.NEW:
            self._calls().submit(self.receiver.release, key)

    # -- handling -------------------------------------------------------------------------------

    async def _handle(self, event: Any, key: str) -> bool:
        """Run the handler; complete the claim on success, release it on failure or cancellation."""
        try:
            try:
                if self._async_handler:
                    await self.handler(event)  # type: ignore[misc]
                else:
                    loop = asyncio.get_running_loop()
                    result = await loop.run_in_executor(self._handlers(), self.handler, event)
                    if inspect.isawaitable(result):
                        await result
            except asyncio.CancelledError:  # shutdown: give the event back for the sender's retry
                released = self._calls().call(self.receiver.release, key)
                released.add_done_callback(_retrieve)  # awaited only until store_timeout
                await asyncio.wait({released}, timeout=self.store_timeout)
                raise
            except Exception:
                log.exception(
                    "webhook handler failed for %s %s; its claim was released, so the retry is handled",
                    type(event).__name__,
                    printable(key),
                )
                await self._settle(self.receiver.release, key)
                return False
            # Recorded without waiting (it joins the next batch of claims): if that write is lost the
            # id stays claimed until its lease ends and a redelivery is handled again; nothing is lost.
            self._calls().submit(self._complete, key, self._on_complete_error)
            return True
        finally:  # here rather than in a done callback: one turn of the loop less per delivery
            task = asyncio.current_task()
            self._tasks.discard(task)
            if self._inflight.get(key) is task:
                del self._inflight[key]

    async def _settle(self, fn: Callable[[str], None], key: str) -> None:
        try:
            await self._store(lambda: fn(key))
        except Exception as exc:
            self._settle_failed(fn.__name__, key, exc)

    def _complete_failed(self, key: str, exc: BaseException) -> None:
        self._settle_failed("complete", key, exc)

    @staticmethod
    def _settle_failed(what: str, key: str, exc: BaseException) -> None:
        # The lease frees the id later; nothing else is lost.
        log.error(
            "de-duplication store failed to record %s for %s (%s); it stays claimed until its lease ends",
            what,
            printable(key),
            type(exc).__name__,
        )

    def _start(self, event: Any, key: str) -> asyncio.Task[bool]:
        task = asyncio.ensure_future(self._handle(event, key))  # it forgets itself when it ends
        self._tasks.add(task)
        self._inflight[key] = task
        return task

    async def _deliver(self, delivery: Delivery, send: Send) -> None:
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.handler_timeout
        for _ in range(2):  # a second round only after a local first attempt failed and released
            try:  # the claim, awaited here rather than in a coroutine of its own (one object fewer)
                future = self._calls().call(self._claim_typed, delivery)
                if not await _within(future, self.store_timeout):
                    # Answered 503; should the claim still succeed, give it back so the retry is handled.
                    future.add_done_callback(functools.partial(self._release_late, key=delivery.key))
                    raise _StoreTimeout
                claim, event = future.result()
            except _StoreTimeout:
                log.warning("de-duplication store did not answer within %.1f s", self.store_timeout)
                await _reply(send, 503, "de-duplication store is slow; retry later", retry=True)
                return
            except WebhookError as exc:
                await _reply(send, exc.status, str(exc), retry=exc.status == 503)
                return
            except _TypingFailed:
                raise
            except Exception as exc:
                log.error("de-duplication store failed: %s", type(exc).__name__)
                await _reply(send, 503, "de-duplication store unavailable; retry later", retry=True)
                return
            if claim is Claim.DONE:
                await _reply(send, 200, "duplicate")
                return
            if claim is Claim.NEW:
                task = self._start(event, delivery.key)
            else:
                first = self._inflight.get(delivery.key)
                if first is None:  # handled by another worker right now
                    await _reply(send, 503, "this event is being handled; retry later", retry=True)
                    return
                task = first
            if not await _within(task, max(0.0, deadline - loop.time())):
                await _reply(send, 503, "the handler is still running; retry later", retry=True)
                return
            succeeded = not task.cancelled() and task.result()
            if claim is Claim.NEW:
                if succeeded:
                    await _reply(send, 200, "ok")
                else:
                    await _reply(send, 500, "the handler failed; the event was released, retry it")
                return
            if succeeded:
                await _reply(send, 200, "duplicate")
                return
            # The first attempt failed and released the id: claim it again and handle it here.
        await _reply(send, 503, "the event could not be handled; retry later", retry=True)

    # -- ASGI -----------------------------------------------------------------------------------

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            while True:
                message = await receive()
                if message["type"] == "lifespan.startup":
                    try:
                        await asyncio.to_thread(self.receiver.preload)
                    except Exception as exc:  # the server reports it and does not start
                        await send({"type": "lifespan.startup.failed", "message": printable(exc, 2000)})
                        return
                    await send({"type": "lifespan.startup.complete"})
                elif message["type"] == "lifespan.shutdown":
                    await self.drain()
                    self.close()
                    await send({"type": "lifespan.shutdown.complete"})
                    return
        if scope["type"] != "http":
            return
        if scope["method"] != "POST":
            await _reply(send, 405, "deliveries are POSTed")
            return
        body = await self._body(receive)
        if body is None:  # deliveries are small; do not buffer whatever arrives
            await _reply(send, 413, f"delivery larger than {self.max_body} bytes")
            return
        # Read and parsed in helpers: their lists and dicts are gone before the delivery is handled,
        # so the garbage collector has fewer objects to trace while this frame waits.
        delivery = self._identify(scope, body)
        if not isinstance(delivery, Delivery):
            await _reply(send, *delivery)
            return
        try:
            await self._deliver(delivery, send)
        except _TypingFailed:  # a bug of ours, as in _identify; the id was released
            log.exception("webhook delivery could not be parsed")
            await _reply(send, 400, "delivery could not be parsed")

    async def _body(self, receive: Receive) -> bytes | None:
        """The request body, or None once it passes ``max_body``."""
        chunks, size = [], 0
        while True:
            message = await receive()
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_body:
                return None
            chunks.append(chunk)
            if not message.get("more_body"):
                return b"".join(chunks)

    def _identify(self, scope: Scope, body: bytes) -> Delivery | tuple[int, str]:
        """The verified delivery, or the (status, reason) to refuse it with. On the loop: a
        constant-time compare and a JSON decode of at most ``max_body`` bytes."""
        headers = {k.decode("latin-1"): v.decode("latin-1") for k, v in scope.get("headers", [])}
        try:
            return self.receiver.identify(body=body, headers=headers)
        except WebhookError as exc:
            log.info("webhook delivery refused (%d): %s", exc.status, printable(exc))
            return exc.status, str(exc)
        except Exception:  # a bug of ours must not turn into a 500 retry storm
            log.exception("webhook delivery could not be parsed")
            return 400, "delivery could not be parsed"


@types.coroutine
def _within(future: asyncio.Future[Any], timeout: float) -> Generator[Any, None, bool]:
    """Whether ``future`` finished within ``timeout`` seconds; it is never cancelled. (A lighter
    ``asyncio.wait`` for one future, and a generator rather than a coroutine: one object a wait.)

    It first yields one turn of the loop: a store batch or a handler task queued in this turn runs
    before we resume, so a fast one is done by then and no timer is armed for it."""
    if future.done():
        return True
    yield  # one turn, as asyncio.sleep(0)
    if future.done():
        return True
    loop = asyncio.get_running_loop()
    waiter: asyncio.Future[None] = loop.create_future()

    def wake(_: object = None) -> None:
        if not waiter.done():
            waiter.set_result(None)

    future.add_done_callback(wake)
    timer = loop.call_later(timeout, wake)
    try:
        yield from waiter
    finally:
        timer.cancel()
        future.remove_done_callback(wake)
    return future.done()


def _retrieve(future: asyncio.Future[Any]) -> None:
    """Mark an abandoned call's outcome as seen (asyncio warns about unread exceptions)."""
    if not future.cancelled():
        future.exception()


def _is_async(handler: Callable[..., Any]) -> bool:
    call = getattr(handler, "__call__", None)  # noqa: B004 - an object with an async __call__ counts
    return inspect.iscoroutinefunction(handler) or inspect.iscoroutinefunction(call)


async def _reply(send: Send, status: int, text: str, *, retry: bool = False) -> None:
    body, headers = _answer(status, text, retry)
    await send({"type": "http.response.start", "status": status, "headers": list(headers)})
    await send({"type": "http.response.body", "body": body})


@functools.lru_cache(maxsize=64)  # the same few answers, over and over; rare texts fall out
def _answer(status: int, text: str, retry: bool) -> tuple[bytes, tuple[tuple[bytes, bytes], ...]]:
    body = json.dumps({"status": status, "detail": text}).encode()
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    if retry:
        headers.append((b"retry-after", str(WEBHOOK_RETRY_AFTER).encode()))
    return body, tuple(headers)
