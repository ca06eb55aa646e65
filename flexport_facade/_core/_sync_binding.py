# Generated from flexport_facade/_core/_async_binding.py by scripts/unasync.py: do not edit by hand.
# Change the async source and run `make generate-sync`.
"""``BoundOperation`` (``fx.<tag>.<operation>``) and the httpx stand-in of ``fx.client``.

Building the request and parsing the answer live in ``binding``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import httpx

from flexport_facade._core._sync_pipeline import Pipeline
from flexport_facade._core.binding import BoundBase, prepare_operation, to_api_response
from flexport_facade._core.http import ApiResponse, IdempotencyKeyArg, TimeoutArg
from flexport_facade._core.operations import OperationMeta
from flexport_facade._core.retry import RetryPolicy


class BoundOperation(BoundBase):
    """A generated operation on a client: call it for the model, ``.raw(...)`` for the whole answer."""

    def __init__(self, pipeline: Pipeline, meta: OperationMeta) -> None:
        super().__init__(meta)
        self._pipeline = pipeline

    def raw(
        self,
        *args: Any,
        retry: RetryPolicy | None = None,
        timeout: TimeoutArg = None,
        idempotency_key: IdempotencyKeyArg = None,
        extra_headers: Mapping[str, str] | None = None,
        **kwargs: Any,
    ) -> ApiResponse[Any]:
        """The final answer after retries, whatever its status (``.error``/``.raise_for_status()``)."""
        module = self.module
        prepared = prepare_operation(
            self._pipeline,
            module,
            args,
            kwargs,
            timeout=timeout,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
        )
        response = self._pipeline.send(prepared, retry=retry)
        return to_api_response(module, response, self.meta.scopes)

    def _send(self, *args: Any, retry: RetryPolicy | None = None, **kwargs: Any) -> httpx.Response:
        """The final answer after retries, not parsed: the pager parses a page after asking for the next."""
        prepared = prepare_operation(
            self._pipeline, self.module, args, kwargs, timeout=None, idempotency_key=None, extra_headers=None
        )
        return self._pipeline.send(prepared, retry=retry)

    def __call__(
        self,
        *args: Any,
        retry: RetryPolicy | None = None,
        timeout: TimeoutArg = None,
        idempotency_key: IdempotencyKeyArg = None,
        extra_headers: Mapping[str, str] | None = None,
        **kwargs: Any,
    ) -> Any:
        """The parsed model of a 2xx answer; the typed ``errors.APIError`` otherwise."""
        # raw() + check() + model(), written out: this is the path of every plain call.
        module = self.module
        prepared = prepare_operation(
            self._pipeline,
            module,
            args,
            kwargs,
            timeout=timeout,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
        )
        response = self._pipeline.send(prepared, retry=retry)
        if not response.is_success:  # raises the typed error; the answer is not parsed
            self._pipeline.check(response, self.meta.scopes)
        return to_api_response(module, response, self.meta.scopes).model()


class HttpxShim:
    """What generated functions call on ``client.get_httpx_client()``: ``request(**kwargs)``."""

    def __init__(self, pipeline: Pipeline) -> None:
        self._pipeline = pipeline

    def request(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
        return self._pipeline.send(self._pipeline.prepare(method, url, **kwargs))
