"""``AsyncPipeline``: send with retries, check the answer, tell the auth object about a 401.

Building requests, attempt logging and error mapping live in ``http``.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, cast

import httpx

from flexport_facade import errors
from flexport_facade._core import _concurrency
from flexport_facade._core.http import PipelineBase, Prepared, unlink_stream
from flexport_facade._core.logs import log_retry
from flexport_facade._core.retry import RetryPolicy, next_delay, retry_after_of
from flexport_facade.auth._bearer import unauthorized_hook

if TYPE_CHECKING:
    from flexport_facade._core.rate_budget import AsyncRateLimiter

log = logging.getLogger("flexport_facade")


async def anotify_unauthorized(auth: httpx.Auth | None, error: errors.Unauthorized) -> None:
    """Run the auth object's ``on_unauthorized`` hook, if any; what it raises is logged and dropped."""
    hook = unauthorized_hook(auth)
    if hook is None:
        return
    try:
        await _concurrency.async_settle(hook(error), "on_unauthorized")
    except Exception as exc:
        log.warning("on_unauthorized hook failed: %s", type(exc).__name__)


class AsyncPipeline(PipelineBase):
    @property
    def client(self) -> httpx.AsyncClient:
        return cast(httpx.AsyncClient, self._slot.get())

    rate_limiter: AsyncRateLimiter | None

    async def send(self, prepared: Prepared, *, retry: RetryPolicy | None = None) -> httpx.Response:
        """Send with retries; the last answer whatever its status; TransportError if none came."""
        policy = retry or self.retry
        request = prepared.request
        client, auth, limiter = self.client, self.auth, self.rate_limiter
        started = policy.clock()
        attempt = 0
        while True:
            attempt += 1
            t0 = policy.clock()
            response: httpx.Response | None = None
            error: httpx.TransportError | None = None
            if limiter is not None:  # a budget shared with other workers (_core/rate_budget.py)
                await limiter.acquire()
            try:
                if auth:
                    response = unlink_stream(await client.send(request, auth=auth))
                else:
                    response = unlink_stream(await client.send(request))
            except httpx.TransportError as exc:
                error = exc
            if limiter is not None and response is not None and response.status_code == 429:
                await limiter.penalize(retry_after_of(response))
            if log.isEnabledFor(logging.DEBUG):
                self._log_attempt(request, attempt, policy, t0, response, error)
            if response is not None and response.status_code not in policy.statuses:
                return response  # what next_delay says for any such answer: the common case, decided here
            delay = next_delay(
                policy,
                attempt=attempt,
                method=request.method,
                keyed=prepared.keyed,
                elapsed=policy.clock() - started,
                response=response,
                error=error,
            )
            if delay is None:
                if error is not None:
                    raise self.transport_error(request, error) from error
                assert response is not None
                return response
            event = self._event(request, attempt, delay, response, error)
            log_retry(event)  # the INFO line (FLEXPORT_LOG=info)
            if policy.on_retry is not None:
                policy.on_retry(event)
            if response is not None:
                await response.aclose()
            await _concurrency.async_sleeper(policy)(delay)

    async def check(self, response: httpx.Response, scopes: tuple[str, ...] = ()) -> None:
        """Raise the typed error for a non-2xx answer, telling the auth object about a 401 first."""
        err = self.api_error(response, scopes)
        if err is None:
            return
        if isinstance(err, errors.Unauthorized):
            await anotify_unauthorized(self.auth, err)
        raise err

    async def aclose(self) -> None:
        if self.owns_client and self._slot.built:  # a client never used was never built
            await self.client.aclose()
